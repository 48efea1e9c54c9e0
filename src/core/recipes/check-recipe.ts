import type { MethodDef } from '../catalog/types';
import { formFromValues } from '../form-model/raw-values';
import { unknownPaths } from '../form-model/json-body';
import { methodFormSchema } from '../form-model/to-zod';
import { defaultInputValue, type RecipeEnvironment } from './inputs';
import type { InputValues, Recipe, RecipeStep, RecipeValue, StepValues, ValueRef } from './types';
import {
  findRefs,
  hasEmbeddedToken,
  isRecord,
  isStepRef,
  leafPaths,
  pathSegments,
  replaceRefs,
  RESERVED_STEP_ID,
  valueAt,
} from './values';

/** Finds a catalog method by id: the registry in tests and the server, the lazily loaded chunks in the browser. */
export type MethodLookup = (id: string) => MethodDef | undefined;

/** One thing wrong with a recipe, found before anything is sent. */
export interface RecipeProblem {
  /** 0-based; absent for problems of the recipe as a whole. */
  stepIndex?: number;
  stepId?: string;
  /** Where in the step: `body.contactList.contact`, `params.id`, `check.fields`. */
  field?: string;
  message: string;
}

/** The problem as one line a person can act on: "Step 2 (add-to-list), body.contactList.contact: …". */
export function formatProblem(problem: RecipeProblem): string {
  const where = [
    problem.stepIndex !== undefined ? `Step ${problem.stepIndex + 1} (${problem.stepId ?? '?'})` : undefined,
    problem.field,
  ].filter(Boolean);
  return where.length > 0 ? `${where.join(', ')}: ${problem.message}` : problem.message;
}

const STEP_ID = /^[a-z0-9][a-z0-9-]*$/;
const INPUT_NAME = /^[A-Za-z0-9][A-Za-z0-9-]*$/;
const INBOX_NAME = /^[a-z0-9-]{1,40}$/;
const MAX_STEPS = 100;
/** Stands in for the explorer when a recipe is checked away from it (tests, import): only the shape matters. */
const SAMPLE_ENV: RecipeEnvironment = { origin: 'http://127.0.0.1:5173', suffix: 'sample' };

/**
 * Everything wrong with a recipe, before any call: unknown methods, references
 * to missing or later steps, paths the referenced step's documented answer
 * does not have, unknown inputs, and values that fail the method's own
 * validation (references stand in with their documented example). Empty when
 * the recipe can run.
 */
export function checkRecipe(recipe: Recipe, lookup: MethodLookup, inputs?: InputValues): RecipeProblem[] {
  const problems: RecipeProblem[] = [];
  if (!STEP_ID.test(recipe.id)) problems.push({ message: `The recipe id “${recipe.id}” must be kebab-case.` });
  if (recipe.title.trim() === '') problems.push({ message: 'The recipe needs a title.' });
  if (recipe.steps.length === 0) problems.push({ message: 'The recipe has no steps.' });
  if (recipe.steps.length > MAX_STEPS)
    problems.push({ message: `The recipe has ${recipe.steps.length} steps; at most ${MAX_STEPS} run.` });
  for (const input of recipe.inputs ?? []) {
    if (!INPUT_NAME.test(input.name))
      problems.push({ field: `inputs.${input.name}`, message: 'An input name is letters, digits and dashes.' });
    if (input.kind === 'inbox-url' && !INBOX_NAME.test(input.inbox)) {
      problems.push({
        field: `inputs.${input.name}`,
        message: `“${input.inbox}” cannot name an inbox: use 1–40 of a–z, 0–9 and -.`,
      });
    }
  }
  const inputNames = new Set((recipe.inputs ?? []).map((i) => i.name));
  const seen = new Set<string>();
  const methods = recipe.steps.map((s) => lookup(s.methodId));
  const context: Context = { recipe, methods, inputNames, inputs, problems };
  recipe.steps.forEach((step, index) => {
    const at = (field: string | undefined, message: string) =>
      problems.push({ stepIndex: index, stepId: step.id, ...(field ? { field } : {}), message });
    if (!STEP_ID.test(step.id) || step.id === RESERVED_STEP_ID) {
      at('id', `“${step.id}” cannot be a step id: use kebab-case (and not “${RESERVED_STEP_ID}”).`);
    }
    if (seen.has(step.id)) at('id', `Another step already has the id “${step.id}”.`);
    seen.add(step.id);
    const method = methods[index];
    if (!method) {
      at('methodId', `No catalog method has the id “${step.methodId}”.`);
      return;
    }
    checkValues(context, step.values, method, index, at);
    checkExpectations(context, step, method, index, at);
  });
  (recipe.next ?? []).forEach((next, i) => {
    if (!('methodId' in next)) return;
    const at = (field: string | undefined, message: string) =>
      problems.push({ field: `next.${i}${field ? `.${field}` : ''}`, message });
    const method = lookup(next.methodId);
    if (!method) at('methodId', `No catalog method has the id “${next.methodId}”.`);
    else if (next.values) checkValues(context, next.values, method, recipe.steps.length, at);
  });
  return problems;
}

interface Context {
  recipe: Recipe;
  methods: readonly (MethodDef | undefined)[];
  inputNames: ReadonlySet<string>;
  inputs: InputValues | undefined;
  problems: RecipeProblem[];
}

type Report = (field: string | undefined, message: string) => void;

/** References resolvable from step `index` (earlier steps and inputs), then the method's own validation. */
function checkValues(ctx: Context, values: StepValues, method: MethodDef, index: number, at: Report): void {
  const refs = [...findRefs(values.params as RecipeValue, 'params'), ...findRefs(values.body, 'body')];
  let sound = true;
  for (const { ref, field } of refs) {
    const problem = refProblem(ctx, ref, index);
    if (problem) {
      at(field, problem);
      sound = false;
    }
  }
  const known = new Set(method.params.map((p) => p.name));
  for (const name of Object.keys(values.params)) {
    if (!known.has(name)) {
      at(`params.${name}`, `${method.summary} has no parameter “${name}”.`);
      sound = false;
    }
  }
  for (const { field, text } of strings(values.params as RecipeValue, 'params').concat(strings(values.body, 'body'))) {
    if (hasEmbeddedToken(text)) {
      at(field, `“${text}” mixes text with a {{…}} reference: a reference must be the whole value.`);
      sound = false;
    }
  }
  const body = method.api === 'v3' ? method.body : undefined;
  if (values.body !== undefined && !body) {
    at('body', `${method.summary} takes no JSON body.`);
    sound = false;
  }
  if (!sound) return;
  // References stand in with a value of the documented shape, so the method's validation sees realistic types.
  const sample = (ref: ValueRef) => sampleOf(ctx, ref);
  const params = replaceRefs(values.params as RecipeValue, sample) as Record<string, unknown>;
  const sampleBody = replaceRefs(values.body, sample);
  if (body && sampleBody !== undefined) {
    for (const path of unknownPaths(body, sampleBody))
      at(`body.${path}`, `${method.summary} has no body field “${path}”.`);
  }
  const parsed = methodFormSchema(method, 'strict').safeParse(formFromValues(method, params, sampleBody));
  if (parsed.success) return;
  const reported = new Set<string>();
  for (const issue of parsed.error.issues) {
    const field = fieldName(method, issue.path);
    const line = `${field}\n${issue.message}`;
    if (reported.has(line)) continue;
    reported.add(line);
    at(field, issue.message);
  }
}

function refProblem(ctx: Context, ref: ValueRef, index: number): string | undefined {
  if (!isStepRef(ref)) {
    return ctx.inputNames.has(ref.$input)
      ? undefined
      : `refers to the input “${ref.$input}”, which the recipe does not declare.`;
  }
  const target = ctx.recipe.steps.findIndex((s) => s.id === ref.$ref);
  if (target < 0) return `refers to step “${ref.$ref}”, which this recipe does not have.`;
  if (target === index) return `refers to its own step “${ref.$ref}”: a step can only use answers of earlier steps.`;
  if (target > index) return `refers to step “${ref.$ref}”, which runs later (step ${target + 1}).`;
  if (!pathSegments(ref.path)) return `“${ref.path}” is not a path: write it dotted, like contact.id.`;
  const method = ctx.methods[target];
  if (!method) return undefined; // that step's unknown method is reported on its own
  if (documentedValue(method, ref.path) === undefined) {
    const hint = nearPaths(documentedPaths(method), ref.path).slice(0, 6).join(', ');
    return `“${ref.path}” is not in the documented answer of step ${target + 1} (${method.summary})${hint ? `; it has ${hint}…` : ''}.`;
  }
  return undefined;
}

/** The check's statuses are documented, its fields exist in the documented answer, `creates` names a real path. */
function checkExpectations(ctx: Context, step: RecipeStep, method: MethodDef, index: number, at: Report): void {
  const statuses = typeof step.check.status === 'number' ? [step.check.status] : step.check.status;
  if (statuses.length === 0) at('check.status', 'The check needs at least one expected status.');
  const documented = new Set(method.responses.map((r) => r.status));
  // Any status is a whole number the method documents: that also refuses 2.5 or 2010.
  for (const s of statuses) {
    if (!documented.has(s)) {
      at('check.status', `${s} is not a status ${method.summary} documents (${[...documented].join(', ')}).`);
    }
  }
  const paths = [
    ...(step.check.fields ?? []).map((p) => ({ field: 'check.fields', path: p })),
    ...Object.keys(step.check.equals ?? {}).map((p) => ({ field: 'check.equals', path: p })),
    ...(step.creates ? [{ field: 'creates.path', path: step.creates.path }] : []),
  ];
  for (const { field, path } of paths) {
    if (documentedValue(method, path) === undefined) {
      at(field, `“${path}” is not in the documented answer of ${method.summary}.`);
    }
  }
  for (const { ref, field } of findRefs(step.check.equals as RecipeValue | undefined, 'check.equals')) {
    const problem = refProblem(ctx, ref, index);
    if (problem) at(field, problem);
  }
}

/** The value at `path` in any documented success answer of the method (the first that has it). */
function documentedValue(method: MethodDef, path: string): unknown {
  for (const example of successExamples(method)) {
    const v = valueAt(example, path, true);
    if (v !== undefined) return v;
  }
  return undefined;
}

function documentedPaths(method: MethodDef): string[] {
  return [...new Set(successExamples(method).flatMap((e) => leafPaths(e)))];
}

/** Paths under the same root first, ids first among them: the likeliest meant. */
function nearPaths(paths: readonly string[], wrong: string): string[] {
  const root = wrong.split('.')[0];
  const score = (p: string) => (p.split('.')[0] === root ? 0 : 2) + (/(^|\.)id$/.test(p) ? 0 : 1);
  return [...paths].sort((a, b) => score(a) - score(b));
}

function successExamples(method: MethodDef): unknown[] {
  return method.responses
    .filter((r) => r.status >= 200 && r.status < 300 && r.example !== undefined)
    .map((r) => r.example);
}

function sampleOf(ctx: Context, ref: ValueRef): unknown {
  if (!isStepRef(ref)) {
    const input = ctx.recipe.inputs?.find((i) => i.name === ref.$input);
    return ctx.inputs?.[ref.$input] ?? (input ? defaultInputValue(input, SAMPLE_ENV) : undefined);
  }
  const index = ctx.recipe.steps.findIndex((s) => s.id === ref.$ref);
  const method = ctx.methods[index];
  const value = method ? documentedValue(method, ref.path) : undefined;
  // A documented null (an id not set in the example) still stands for an id at run time.
  return value === null ? '1' : value;
}

/** Every string in a value, with its field path (references are not strings). */
function strings(value: RecipeValue | undefined, prefix: string): { field: string; text: string }[] {
  if (typeof value === 'string') return [{ field: prefix, text: value }];
  if (Array.isArray(value)) return value.flatMap((v: RecipeValue, i) => strings(v, `${prefix}.${i}`));
  if (isRecord(value) && !('$ref' in value) && !('$input' in value)) {
    return Object.entries(value as Record<string, RecipeValue>).flatMap(([k, v]) => strings(v, `${prefix}.${k}`));
  }
  return [];
}

/** A form path from zod (`params.p3`, `body.contact.email`) as the step's field (`params.id`, `body.contact.email`). */
export function fieldName(method: MethodDef, path: readonly PropertyKey[]): string {
  const [root, first, ...rest] = path.map(String);
  if (root === 'params' && first !== undefined) {
    const param = method.params[Number(first.replace(/^p/, ''))];
    return [`params.${param?.name ?? first}`, ...rest].join('.');
  }
  return [root, first, ...rest].filter((p) => p !== undefined).join('.');
}
