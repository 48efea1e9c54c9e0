import type { MethodValues } from '../request/types';
import type { RecipeValue, StepValues, ValueRef } from './types';
import { isRecord, isRef, parseToken, refToken, replaceRefs, sameValue } from './values';

/** A reference's value when it is known now (earlier step passed, input set), else `undefined`. */
type Known = (ref: ValueRef) => unknown;

/**
 * What the request editor shows for a step: each reference whose value is
 * known replaced by it (the bound values), the others as `{{step.path}}`
 * tokens that say where the value will come from.
 */
export function displayValues(values: StepValues, known: Known): MethodValues {
  const show = (ref: ValueRef) => known(ref) ?? refToken(ref);
  const params = replaceRefs(values.params as RecipeValue, show) as Record<string, unknown>;
  return values.body === undefined ? { params } : { params, body: replaceRefs(values.body, show) };
}

/**
 * Back from what the editor holds to the step's values. A field that still
 * shows its reference's value (or its token) keeps the reference, so the
 * next run binds it afresh; a `{{…}}` typed anywhere becomes a reference;
 * anything else is the user's own value.
 */
export function editedValues(edited: MethodValues, previous: StepValues, known: Known): StepValues {
  const params = merge(edited.params, previous.params as RecipeValue, known);
  const body = edited.body === undefined ? undefined : merge(edited.body, previous.body, known);
  return body === undefined
    ? { params: params as Record<string, RecipeValue> }
    : { params: params as Record<string, RecipeValue>, body };
}

function merge(edited: unknown, previous: RecipeValue | undefined, known: Known): RecipeValue {
  if (isRef(previous)) {
    const value = known(previous);
    if (value !== undefined ? sameValue(edited, value) : edited === refToken(previous)) return previous;
  }
  if (typeof edited === 'string') return parseToken(edited) ?? edited;
  if (Array.isArray(edited)) {
    return edited.map((item, i) =>
      merge(item, Array.isArray(previous) ? (previous[i] as RecipeValue) : undefined, known),
    );
  }
  if (isRecord(edited)) {
    const before = isRecord(previous) && !isRef(previous) ? (previous as Record<string, RecipeValue>) : {};
    const out: Record<string, RecipeValue> = {};
    for (const [k, v] of Object.entries(edited)) {
      if (v !== undefined) out[k] = merge(v, before[k], known);
    }
    return out;
  }
  return typeof edited === 'number' || typeof edited === 'boolean' ? edited : null;
}
