import type { PathSegment } from './json-path';

export type ValueType = 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null';

/**
 * A parsed JSON document as the tree walks it. Two kinds exist: plain values
 * (small bodies, XML turned into objects) and a lazy reader over the raw
 * bytes of a large body, which parses only what is shown.
 */
export interface JsonDoc<N> {
  readonly root: N;
  typeOf(node: N): ValueType;
  /** Children of an object or array; 0 for scalars. */
  childCount(node: N): number;
  /** Visits the children of a container in order, with their key or index. */
  forEachChild(node: N, fn: (child: N, key: PathSegment) => void): void;
  /** The i-th child of a container, and its key (objects) or index (arrays). */
  childAt(node: N, i: number): N;
  keyAt(node: N, i: number): PathSegment;
  /** A scalar as text: strings without quotes, numbers as JavaScript prints them. */
  scalarText(node: N): string;
  /** The value as pretty JSON (two-space indent). */
  toJson(node: N): string;
}

export function isContainerType(t: ValueType): boolean {
  return t === 'object' || t === 'array';
}

/** A document that is already a JavaScript value. */
export function plainDoc(root: unknown): JsonDoc<unknown> {
  // Objects' keys by position, for reading the i-th child without listing them again per row.
  const keysOf = new WeakMap<object, string[]>();
  const keys = (v: object): string[] => {
    let k = keysOf.get(v);
    if (!k) keysOf.set(v, (k = Object.keys(v)));
    return k;
  };
  return {
    root,
    typeOf: valueType,
    childCount: (v) => (Array.isArray(v) ? v.length : isObject(v) ? keys(v).length : 0),
    forEachChild: (v, fn) => {
      if (Array.isArray(v)) for (let i = 0; i < v.length; i++) fn(v[i], i);
      else if (isObject(v)) for (const [k, c] of Object.entries(v)) fn(c, k);
    },
    childAt: (v, i) =>
      Array.isArray(v) ? (v[i] as unknown) : isObject(v) ? (v as Record<string, unknown>)[keys(v)[i] ?? ''] : undefined,
    keyAt: (v, i) => (Array.isArray(v) || !isObject(v) ? i : (keys(v)[i] ?? '')),
    scalarText: (v) => (v === null || v === undefined ? 'null' : String(v)),
    toJson: (v) => JSON.stringify(v, null, 2),
  };
}

function isObject(v: unknown): v is object {
  return typeof v === 'object' && v !== null;
}

function valueType(v: unknown): ValueType {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'array';
  const t = typeof v;
  return t === 'string' || t === 'number' || t === 'boolean' ? t : 'object';
}
