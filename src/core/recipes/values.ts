import type { InputRef, RecipeValue, StepRef, ValueRef } from './types';

/** True for `{ $ref, path }`. */
export function isStepRef(value: unknown): value is StepRef {
  return isRecord(value) && typeof value.$ref === 'string' && typeof value.path === 'string';
}

/** True for `{ $input }`. */
function isInputRef(value: unknown): value is InputRef {
  return isRecord(value) && typeof value.$input === 'string';
}

/** True for either kind of reference. */
export function isRef(value: unknown): value is ValueRef {
  return isStepRef(value) || isInputRef(value);
}

/** A plain object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One reference found in a step's values, with where it sits (`body.contact.email`, `params.id`). */
export interface FoundRef {
  ref: ValueRef;
  field: string;
}

/** Every reference in a value, depth first, with its field path below `prefix`. */
export function findRefs(value: RecipeValue | undefined, prefix: string): FoundRef[] {
  if (value === undefined || value === null) return [];
  if (isRef(value)) return [{ ref: value, field: prefix }];
  if (Array.isArray(value)) return value.flatMap((v: RecipeValue, i) => findRefs(v, `${prefix}.${i}`));
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, RecipeValue>).flatMap(([k, v]) => findRefs(v, `${prefix}.${k}`));
  }
  return [];
}

/**
 * The value with every reference replaced by `resolve(ref)`; a reference it
 * returns `undefined` for is left out of objects (and kept as `undefined` in arrays).
 */
export function replaceRefs(value: RecipeValue | undefined, resolve: (ref: ValueRef) => unknown): unknown {
  if (value === undefined || value === null) return value;
  if (isRef(value)) return resolve(value);
  if (Array.isArray(value)) return value.map((v: RecipeValue) => replaceRefs(v, resolve));
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, RecipeValue>)) {
      const replaced = replaceRefs(v, resolve);
      if (replaced !== undefined) out[k] = replaced;
    }
    return out;
  }
  return value;
}

/** Splits a dotted path (`contacts.0.id`) into its segments; empty segments make it invalid (`undefined`). */
export function pathSegments(path: string): string[] | undefined {
  const parts = path.split('.');
  return parts.every((p) => p !== '') ? parts : undefined;
}

/**
 * The value at a dotted path, or `undefined`. With `anyIndex`, a numeric
 * segment reads the first item when the array is shorter: a documented
 * example shows one item, but the path `stages.1.id` is still that shape.
 */
export function valueAt(root: unknown, path: string, anyIndex = false): unknown {
  const parts = pathSegments(path);
  if (!parts) return undefined;
  let here: unknown = root;
  for (const part of parts) {
    if (Array.isArray(here)) {
      if (!/^\d+$/.test(part)) return undefined;
      const index = Number(part);
      here = anyIndex && index >= here.length ? here[0] : here[index];
    } else if (isRecord(here)) {
      here = Object.hasOwn(here, part) ? here[part] : undefined;
    } else {
      return undefined;
    }
  }
  return here;
}

/** Dotted paths to the leaves of a documented answer, for "it has: …" hints (array items as `0`). */
export function leafPaths(root: unknown, prefix = '', depth = 0): string[] {
  if (depth > 4) return [];
  if (Array.isArray(root)) return root.length > 0 ? leafPaths(root[0], join(prefix, '0'), depth + 1) : [];
  if (isRecord(root)) {
    return Object.entries(root).flatMap(([k, v]) =>
      k === 'links'
        ? []
        : isRecord(v) || Array.isArray(v)
          ? leafPaths(v, join(prefix, k), depth + 1)
          : [join(prefix, k)],
    );
  }
  return prefix ? [prefix] : [];
}

function join(prefix: string, key: string): string {
  return prefix ? `${prefix}.${key}` : key;
}

/** Whether an answer's value equals an expected one, as text: ids arrive as "251" where a recipe may say 251. */
export function sameValue(actual: unknown, expected: unknown): boolean {
  if (actual === undefined || actual === null) return expected === actual;
  if (typeof actual === 'object' || typeof expected === 'object') {
    return JSON.stringify(actual) === JSON.stringify(expected);
  }
  return String(actual) === String(expected);
}

const TOKEN = /^\{\{\s*([a-z0-9][a-z0-9-]*)\.([^\s{}]+)\s*\}\}$/;
const INPUT_PREFIX = 'input';

/** How a reference reads where a value is typed: `{{create-contact.contact.id}}`, `{{input.email}}`. */
export function refToken(ref: ValueRef): string {
  return isStepRef(ref) ? `{{${ref.$ref}.${ref.path}}}` : `{{${INPUT_PREFIX}.${ref.$input}}}`;
}

/** The reference a typed `{{…}}` names, when the whole text is one; otherwise `undefined`. */
export function parseToken(text: string): ValueRef | undefined {
  const m = TOKEN.exec(text.trim());
  if (!m?.[1] || !m[2]) return undefined;
  return m[1] === INPUT_PREFIX ? { $input: m[2] } : { $ref: m[1], path: m[2] };
}

/** Whether text holds a `{{…}}` that is not the whole value (it would be sent as typed, braces and all). */
export function hasEmbeddedToken(text: string): boolean {
  return /\{\{[^}]*\}\}/.test(text) && parseToken(text) === undefined;
}

/** The step id an input reference may never take, so `{{input.x}}` is never ambiguous. */
export const RESERVED_STEP_ID = INPUT_PREFIX;
