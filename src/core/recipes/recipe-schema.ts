import * as z from 'zod/mini';
import type { Recipe } from './types';
import { isRecord } from './values';

/**
 * The recipe format as a zod schema, for recipes from outside (an imported
 * file, a shared link): strict objects, so a misspelt key is named rather
 * than silently ignored. References inside values are checked by `refIssues`.
 */
const status = z.number().check(z.int(), z.gte(100), z.lte(599));
const values = z.strictObject({
  params: z.record(z.string(), z.json()),
  body: z.optional(z.json()),
});
const text = z.string().check(z.minLength(1));

const inputSchema = z.discriminatedUnion('kind', [
  z.strictObject({ name: text, label: text, kind: z.literal('unique-email') }),
  z.strictObject({ name: text, label: text, kind: z.literal('unique-name'), prefix: z.string() }),
  z.strictObject({
    name: text,
    label: text,
    kind: z.literal('inbox-url'),
    inbox: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)),
  }),
  z.strictObject({ name: text, label: text, kind: z.literal('text'), default: z.string() }),
]);

const stepSchema = z.strictObject({
  id: text,
  methodId: text,
  does: z.string(),
  values,
  check: z.strictObject({
    status: z.union([status, z.array(status)]),
    fields: z.optional(z.array(text)),
    equals: z.optional(z.record(z.string(), z.json())),
  }),
  creates: z.optional(z.strictObject({ label: text, path: text })),
});

const nextSchema = z.union([
  z.strictObject({ label: text, methodId: text, values: z.optional(values) }),
  z.strictObject({ label: text, guideId: text }),
]);

export const recipeSchema = z.strictObject({
  id: text,
  title: text,
  summary: z.string(),
  description: z.string(),
  inputs: z.optional(z.array(inputSchema)),
  steps: z.array(stepSchema).check(z.minLength(1), z.maxLength(100)),
  next: z.optional(z.array(nextSchema)),
});

/** A problem found in untrusted recipe data, with the JSON path it is about. */
export interface SchemaProblem {
  path: (string | number)[];
  message: string;
  /** Where in the text to point, when not at `path` (an unknown key points at the key). */
  at?: (string | number)[];
}

/** Reads untrusted data as a recipe, or says what is wrong and where (every problem, in document order). */
export function parseRecipe(data: unknown): { ok: true; recipe: Recipe } | { ok: false; problems: SchemaProblem[] } {
  const parsed = recipeSchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => {
        const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
        const key = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
        return { path, message: describeIssue(issue), ...(key !== undefined ? { at: [...path, key] } : {}) };
      }),
    };
  }
  const refs = refIssues(parsed.data, []);
  // A valid shape with valid references is a Recipe: only `{ $ref, path }` and `{ $input }` objects carry meaning.
  return refs.length > 0 ? { ok: false, problems: refs } : { ok: true, recipe: parsed.data as Recipe };
}

/** Objects that look like references (`$ref`, `$input`) but are not well formed. */
function refIssues(value: unknown, path: (string | number)[]): SchemaProblem[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => refIssues(v, [...path, i]));
  if (!isRecord(value)) return [];
  if ('$ref' in value || '$input' in value) {
    const keys = Object.keys(value).sort().join(',');
    const ok =
      (keys === '$ref,path' && typeof value.$ref === 'string' && typeof value.path === 'string') ||
      (keys === '$input' && typeof value.$input === 'string');
    return ok
      ? []
      : [
          {
            path,
            message:
              'is not a reference: write { "$ref": "<step id>", "path": "<dotted path>" } or { "$input": "<name>" }',
          },
        ];
  }
  return Object.entries(value).flatMap(([k, v]) => refIssues(v, [...path, k]));
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  array: 'a list',
  object: 'an object',
  record: 'an object',
  boolean: 'true or false',
};

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'is missing' : `should be ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'unrecognized_keys':
      return `has ${issue.keys.length === 1 ? 'an unknown key' : 'unknown keys'}: ${issue.keys.map((k) => `“${k}”`).join(', ')}`;
    case 'invalid_value':
      return `should be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'invalid_union':
      return 'is not any of the forms this field takes';
    case 'too_small':
      return issue.origin === 'array' ? `needs at least ${String(issue.minimum)} item(s)` : 'should not be empty';
    case 'too_big':
      return `has more than ${String(issue.maximum)} items`;
    case 'invalid_format':
      return 'has characters this field does not allow';
    default:
      return 'is not valid here';
  }
}
