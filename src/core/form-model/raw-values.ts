import type { MethodDef, ParamDef, Schema } from '../catalog/types';

/**
 * What the form holds before validation. Inputs produce text, so every
 * scalar is a string; scalar arrays are `{ value }` rows (react-hook-form's
 * field arrays need objects); maps are `{ key, value }` rows; free JSON is text.
 */
export type RawValue = string | RawRow[] | RawObject;
export interface RawObject {
  [key: string]: RawValue;
}
type RawRow = RawObject;

export interface RawForm {
  /** Parameters keyed by position (`p0`, `p1`…): wire names such as `filters[email]` are not valid form paths. */
  params: RawObject;
  /** An object for root-keyed bodies, rows for bare-array bodies (bulk calls), `{}` when there is no body. */
  body: RawValue;
}

/** The form key of a method's n-th parameter. */
export function paramKey(index: number): string {
  return `p${index}`;
}

/** The empty raw value for a schema. */
export function emptyRaw(schema: Schema): RawValue {
  switch (schema.type) {
    case 'array':
    case 'map':
      return [];
    case 'object':
      return Object.fromEntries(Object.entries(schema.properties).map(([k, s]) => [k, emptyRaw(s)]));
    default:
      return '';
  }
}

/** Converts a wire value (e.g. an example or a stored value) into its raw form value. */
export function toRaw(schema: Schema, value: unknown): RawValue {
  if (value === undefined || value === null) return emptyRaw(schema);
  switch (schema.type) {
    case 'array': {
      const items = Array.isArray(value) ? value : [];
      const item = schema.items;
      return items.map((v) => (item.type === 'object' ? (toRaw(item, v) as RawObject) : { value: toRaw(item, v) }));
    }
    case 'map':
      return typeof value === 'object'
        ? Object.entries(value as Record<string, unknown>).map(([key, v]) => ({ key, value: scalarText(v) }))
        : [];
    case 'object': {
      const obj = typeof value === 'object' ? (value as Record<string, unknown>) : {};
      return Object.fromEntries(Object.entries(schema.properties).map(([k, s]) => [k, toRaw(s, obj[k])]));
    }
    case 'json':
      // The control is a JSON editor: a string value is shown (and must be typed) quoted.
      return JSON.stringify(value, null, 2);
    default:
      return scalarText(value);
  }
}

function scalarText(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/** The empty form for a method. */
export function emptyForm(method: MethodDef): RawForm {
  return {
    params: Object.fromEntries(method.params.map((p, i) => [paramKey(i), emptyRaw(p.schema)])),
    body: method.api === 'v3' && method.body ? emptyRaw(method.body) : {},
  };
}

/** A raw form from wire values (params by wire name, JSON body). */
export function formFromValues(method: MethodDef, params: Readonly<Record<string, unknown>>, body?: unknown): RawForm {
  return {
    params: Object.fromEntries(method.params.map((p, i) => [paramKey(i), toRaw(p.schema, params[p.name])])),
    body: method.api === 'v3' && method.body ? toRaw(method.body, body) : {},
  };
}

/** The example value a schema documents, composed from its leaves' examples. */
export function exampleOf(schema: Schema): unknown {
  if (schema.example !== undefined) return schema.example;
  switch (schema.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, s] of Object.entries(schema.properties)) {
        const v = exampleOf(s);
        if (v !== undefined) out[k] = v;
      }
      return Object.keys(out).length > 0 ? out : undefined;
    }
    case 'array': {
      const item = exampleOf(schema.items);
      return item === undefined ? undefined : [item];
    }
    default:
      return undefined;
  }
}

/** The form filled with the method's documented example. */
export function exampleForm(method: MethodDef): RawForm {
  const params: Record<string, unknown> = {};
  method.params.forEach((p: ParamDef) => {
    const v = exampleOf(p.schema);
    if (v !== undefined) params[p.name] = v;
  });
  const body = method.api === 'v3' && method.body ? exampleOf(method.body) : undefined;
  return formFromValues(method, params, body);
}

/** The raw form with secret parameters blanked, safe to keep in session storage. */
export function withoutSecrets(method: MethodDef, raw: RawForm): RawForm {
  if (!method.params.some((p) => p.secret)) return raw;
  const params = { ...raw.params };
  method.params.forEach((p, i) => {
    if (p.secret) params[paramKey(i)] = emptyRaw(p.schema);
  });
  return { ...raw, params };
}

/**
 * Normalises untrusted stored values (session storage, an older catalog) to
 * the method's current form shape: what fits is kept, the rest is emptied.
 */
export function restoreForm(method: MethodDef, stored: unknown): RawForm {
  const obj = asRecord(stored);
  const params = asRecord(obj.params);
  return {
    params: Object.fromEntries(method.params.map((p, i) => [paramKey(i), restoreRaw(p.schema, params[paramKey(i)])])),
    body: method.api === 'v3' && method.body ? restoreRaw(method.body, obj.body) : {},
  };
}

function restoreRaw(schema: Schema, value: unknown): RawValue {
  switch (schema.type) {
    case 'array': {
      if (!Array.isArray(value)) return [];
      const item = schema.items;
      return value.map((row) =>
        item.type === 'object'
          ? (restoreRaw(item, row) as RawObject)
          : { value: restoreRaw(item, asRecord(row).value) },
      );
    }
    case 'map':
      return Array.isArray(value)
        ? value.map((row) => ({ key: textOr(asRecord(row).key), value: textOr(asRecord(row).value) }))
        : [];
    case 'object': {
      const obj = asRecord(value);
      return Object.fromEntries(Object.entries(schema.properties).map(([k, s]) => [k, restoreRaw(s, obj[k])]));
    }
    default:
      return textOr(value);
  }
}

function asRecord(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

function textOr(v: unknown): string {
  return typeof v === 'string' ? v : '';
}
