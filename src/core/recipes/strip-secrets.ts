import type { MethodDef } from '../catalog/types';
import { redactText } from '../request/redact';
import type { MethodLookup } from './check-recipe';
import type { InputValues, NextStep, Recipe, RecipeStep, RecipeValue, StepValues } from './types';
import { isRef } from './values';

/** Parameter names that carry a credential whatever the catalog says. */
const KEY_NAMES = /^(api[_-]?key|api[_-]?token|api[_-]?pass(word)?|password|authorization)$/i;
/** An ActiveCampaign API key is a long run of hex digits (72 here): such text is treated as a key. */
const KEY_SHAPE = /[0-9a-f]{40,}/i;

/**
 * A recipe safe to export or put in a link: secret parameters (the catalog's
 * and the usual credential names) are dropped, and every value that contains
 * one of `secrets` (the connection's key) or looks like a key is removed
 * from objects and emptied in lists. Inputs are cleaned the same way.
 */
export function stripSecrets(
  recipe: Recipe,
  lookup: MethodLookup,
  secrets: readonly string[],
  inputs: InputValues = {},
): { recipe: Recipe; inputs: InputValues } {
  const leaks = (text: string) => KEY_SHAPE.test(text) || secrets.some((s) => s.length >= 4 && text.includes(s));
  const cleanValues = (values: StepValues, method: MethodDef | undefined): StepValues => {
    const secret = new Set(method?.params.filter((p) => p.secret).map((p) => p.name));
    const params: Record<string, RecipeValue> = {};
    for (const [name, value] of Object.entries(values.params)) {
      if (secret.has(name) || KEY_NAMES.test(name)) continue;
      const kept = clean(value, leaks);
      if (kept !== undefined) params[name] = kept;
    }
    const body = values.body === undefined ? undefined : clean(values.body, leaks);
    return body === undefined ? { params } : { params, body };
  };
  const steps = recipe.steps.map((step): RecipeStep => ({
    ...step,
    values: cleanValues(step.values, lookup(step.methodId)),
  }));
  const next = recipe.next?.map((n): NextStep =>
    'methodId' in n && n.values ? { ...n, values: cleanValues(n.values, lookup(n.methodId)) } : n,
  );
  const cleanInputs = Object.fromEntries(Object.entries(inputs).filter(([, v]) => !leaks(v)));
  // Then any text left (titles, descriptions, checks) loses the secret too: nothing exported may carry it.
  const cleaned = redactStrings({ ...recipe, steps, ...(next ? { next } : {}) }, secrets) as Recipe;
  return { recipe: cleaned, inputs: cleanInputs };
}

function redactStrings(value: unknown, secrets: readonly string[]): unknown {
  if (typeof value === 'string') return redactText(value, secrets);
  if (Array.isArray(value)) return value.map((v) => redactStrings(v, secrets));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactStrings(v, secrets)]));
  }
  return value;
}

function clean(value: RecipeValue, leaks: (text: string) => boolean): RecipeValue | undefined {
  if (typeof value === 'string') return leaks(value) ? undefined : value;
  if (value === null || typeof value !== 'object' || isRef(value)) return value;
  if (Array.isArray(value)) return value.map((v: RecipeValue) => clean(v, leaks) ?? '');
  const out: Record<string, RecipeValue> = {};
  for (const [k, v] of Object.entries(value as Record<string, RecipeValue>)) {
    if (KEY_NAMES.test(k)) continue;
    const kept = clean(v, leaks);
    if (kept !== undefined) out[k] = kept;
  }
  return out;
}
