import type { MethodDef, Schema } from '../catalog/types';
import { paramKey } from './raw-values';

export interface MappedErrors {
  /** Form path (e.g. `body.contact.email`) -> the server's message. */
  byField: Map<string, string>;
  /** Messages that match no field, listed above the form. */
  unmatched: string[];
}

/**
 * Maps a 422's `errors[].source.pointer` (`/data/attributes/email`) onto the
 * form fields it names, so the server's words appear where the user types.
 */
export function mapServerErrors(method: MethodDef, body: unknown): MappedErrors {
  const result: MappedErrors = { byField: new Map(), unmatched: [] };
  const errors = (body as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors)) return result;
  for (const e of errors) {
    if (typeof e === 'string') {
      result.unmatched.push(e);
      continue;
    }
    const err = (e ?? {}) as { title?: unknown; detail?: unknown; source?: { pointer?: unknown; value?: unknown } };
    const message =
      [err.title, err.detail].filter((t) => typeof t === 'string' && t !== '').join(': ') || 'Invalid value';
    const pointer = err.source?.pointer ?? err.source?.value;
    const path = typeof pointer === 'string' ? fieldForPointer(method, pointer) : undefined;
    if (path) result.byField.set(path, message);
    else result.unmatched.push(typeof pointer === 'string' ? `${message} (${pointer})` : message);
  }
  return result;
}

/** The form path a JSON pointer designates, if the method has such a field. */
export function fieldForPointer(method: MethodDef, pointer: string): string | undefined {
  const parts = pointer
    .replace(/^\/data\/attributes\/?/, '')
    .split('/')
    .filter(Boolean);
  if (parts.length === 0) return undefined;
  const paramIndex = method.params.findIndex((p) => p.name === parts[0]);
  if (paramIndex >= 0 && parts.length === 1) return `params.${paramKey(paramIndex)}`;
  if (method.api !== 'v3' || !method.body) return undefined;
  // The pointer omits ActiveCampaign's root key (`contact`): try under each root, then at the top.
  for (const [root, schema] of Object.entries(method.body.properties)) {
    if (root === parts[0] && resolves(schema, parts.slice(1))) return ['body', ...parts].join('.');
    if (resolves(schema, parts)) return ['body', root, ...parts].join('.');
  }
  return undefined;
}

function resolves(schema: Schema, parts: readonly string[]): boolean {
  if (parts.length === 0) return true;
  const [head, ...rest] = parts;
  if (schema.type === 'object') {
    const child = head === undefined ? undefined : schema.properties[head];
    return child !== undefined && resolves(child, rest);
  }
  if (schema.type === 'array') return /^\d+$/.test(head ?? '') && resolves(schema.items, rest);
  return false;
}
