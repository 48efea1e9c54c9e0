import type { MethodDef } from '../catalog/types';
import { formFromValues } from '../form-model/raw-values';
import { methodFormSchema } from '../form-model/to-zod';
import type { MethodValues } from '../request/types';
import { fieldName } from './check-recipe';
import type { InputValues, Recipe, RecipeValue, StepValues, ValueRef } from './types';
import { findRefs, isStepRef, refToken, replaceRefs, valueAt } from './values';

/** What a run knows so far: the recipe's inputs and the parsed answer of every step that passed, by step id. */
export interface RunContext {
  recipe: Recipe;
  inputs: InputValues;
  answers: ReadonlyMap<string, unknown>;
}

export type Resolved = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * A reference's value in this run. A step that has not passed, or an answer
 * without a value at the path (absent or null), is an error that says which
 * step and which path, so the run can stop there with that message.
 */
export function resolveRef(ref: ValueRef, ctx: RunContext): Resolved {
  if (!isStepRef(ref)) {
    const value = ctx.inputs[ref.$input];
    return value === undefined
      ? { ok: false, message: `the input “${ref.$input}” has no value.` }
      : { ok: true, value };
  }
  const index = ctx.recipe.steps.findIndex((s) => s.id === ref.$ref);
  const name = `step ${index + 1} (${ref.$ref})`;
  if (!ctx.answers.has(ref.$ref)) {
    return {
      ok: false,
      message: `needs ${name} to have passed first: run it, or type a value in place of ${refToken(ref)}.`,
    };
  }
  const value = valueAt(ctx.answers.get(ref.$ref), ref.path);
  if (value === undefined || value === null) {
    return {
      ok: false,
      message: `should take ${ref.path} from the answer of ${name}, but that answer has no ${ref.path}.`,
    };
  }
  return { ok: true, value };
}

/** A reference's value when it can be known now, else `undefined` (for showing values, never for sending). */
export function knownValue(ref: ValueRef, ctx: RunContext): unknown {
  const r = resolveRef(ref, ctx);
  return r.ok ? r.value : undefined;
}

export type Bound = { ok: true; values: MethodValues } | { ok: false; field?: string; message: string };

/**
 * A step's values ready to send: every reference replaced by its value in
 * this run, then converted and validated by the method's own form schema
 * (so `"251"` from an answer becomes the integer the body wants). The first
 * reference that cannot be resolved, or the first invalid field, is the error.
 */
export function bindValues(values: StepValues, method: MethodDef, ctx: RunContext): Bound {
  for (const { ref, field } of [
    ...findRefs(values.params as RecipeValue, 'params'),
    ...findRefs(values.body, 'body'),
  ]) {
    const r = resolveRef(ref, ctx);
    if (!r.ok) return { ok: false, field, message: r.message };
  }
  const resolve = (ref: ValueRef) => knownValue(ref, ctx);
  const params = replaceRefs(values.params as RecipeValue, resolve) as Record<string, unknown>;
  const body = replaceRefs(values.body, resolve);
  const parsed = methodFormSchema(method, 'strict').safeParse(formFromValues(method, params, body));
  if (parsed.success) return { ok: true, values: parsed.data };
  const issue = parsed.error.issues[0];
  return issue
    ? { ok: false, field: fieldName(method, issue.path), message: issue.message }
    : { ok: false, message: 'The values do not pass the method’s validation.' };
}
