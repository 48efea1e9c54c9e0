import * as z from 'zod/mini';
import type { Recipe } from './types';
import { isRecord } from './values';

/**
 * The recipe format as a zod schema, for recipes from outside (an imported
 * file, a shared link): strict objects, so a misspelt key is named rather
 * than silently ignored. References inside values are checked by `refIssues`;
 * rules on the values themselves (ids, statuses, inbox names, step count) by
 * `checkRecipe`, as for the shipped recipes. zod/mini and only the schema
 * kinds the first load already has: zod's core is shared with it, so each new
 * kind here would cost first-load bytes.
 */
const status = z.number();
const values = z.strictObject({
  params: z.record(z.string(), z.unknown()),
  body: z.optional(z.unknown()),
});
const text = z.string();

const inputSchema = z.union([
  z.strictObject({ name: text, label: text, kind: z.literal('unique-email') }),
  z.strictObject({ name: text, label: text, kind: z.literal('unique-name'), prefix: z.string() }),
  z.strictObject({
    name: text,
    label: text,
    kind: z.literal('inbox-url'),
    inbox: z.string(),
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
    equals: z.optional(z.record(z.string(), z.unknown())),
  }),
  creates: z.optional(z.strictObject({ label: text, path: text })),
});

const nextSchema = z.union([
  z.strictObject({ label: text, methodId: text, values: z.optional(values) }),
  z.strictObject({ label: text, guideId: text }),
]);

const recipeSchema = z.strictObject({
  id: text,
  title: text,
  summary: z.string(),
  description: z.string(),
  inputs: z.optional(z.array(inputSchema)),
  steps: z.array(stepSchema),
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
    default:
      return 'is not valid here';
  }
}
