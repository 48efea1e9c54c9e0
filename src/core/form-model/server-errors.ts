import type { MethodDef, Schema } from '../catalog/types';
import { paramKey } from './raw-values';

export interface MappedErrors {
  /** Form path (e.g. `body.contact.email`) -> the server's message. */
  byField: Map<string, string>;
  /** Messages that match no field, listed above the form. */
  unmatched: string[];
}

/** No errors: what every successful or unparseable answer maps to. */
export function noErrors(): MappedErrors {
  return { byField: new Map(), unmatched: [] };
}

/**
 * The field errors an answer carries, whichever API sent it: v3 reports them
 * as a 422 with JSON pointers, v1 as HTTP 200 with `result_code: 0` and a
 * sentence in `result_message`.
 */
export function mapResponseErrors(method: MethodDef, status: number, bodyText: string): MappedErrors {
  if (!mayCarryFieldErrors(method, status, bodyText)) return noErrors();
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch {
    return noErrors();
  }
  if (method.api === 'v1') return status === 200 ? mapV1Errors(method, body) : noErrors();
  return status === 422 ? mapServerErrors(method, body) : noErrors();
}

/** Error answers are a few hundred bytes; a body past this is a page of data, never worth parsing here. */
export const ERROR_BODY_LIMIT = 64 * 1024;

/**
 * Whether an answer can hold field errors at all, decided without parsing:
 * only a v3 422 or a v1 200 can, and only when small. This keeps the render
 * of a 20 MB success from paying for a JSON.parse on the main thread.
 */
export function mayCarryFieldErrors(method: MethodDef, status: number, bodyText: string): boolean {
  if (bodyText.length > ERROR_BODY_LIMIT) return false;
  return method.api === 'v1' ? status === 200 : status === 422;
}

/**
 * Maps a 422's `errors[].source.pointer` (`/data/attributes/email`) onto the
 * form fields it names, so the server's words appear where the user types.
 */
export function mapServerErrors(method: MethodDef, body: unknown): MappedErrors {
  const result = noErrors();
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

/**
 * v1 names no field, only a sentence ("Contact Email Address is not valid."):
 * the message goes to the parameter whose name it mentions (the longest such
 * name, so `list_id` wins over `id`), and stays above the form otherwise.
 */
export function mapV1Errors(method: MethodDef, body: unknown): MappedErrors {
  const result = noErrors();
  const envelope = (body ?? {}) as { result_code?: unknown; result_message?: unknown };
  if (String(envelope.result_code) !== '0' || typeof envelope.result_message !== 'string') return result;
  const message = envelope.result_message;
  const text = ` ${message.toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `;
  let best: { index: number; length: number } | undefined;
  method.params.forEach((p, index) => {
    const words = p.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
    if (words !== '' && text.includes(` ${words} `) && words.length > (best?.length ?? 0)) {
      best = { index, length: words.length };
    }
  });
  if (best) result.byField.set(`params.${paramKey(best.index)}`, message);
  else result.unmatched.push(message);
  return result;
}

/** The form path a JSON pointer designates, if the method has such a field. */
function fieldForPointer(method: MethodDef, pointer: string): string | undefined {
  const parts = pointer
    .replace(/^\/data\/attributes\/?/, '')
    .split('/')
    .filter(Boolean);
  if (parts.length === 0) return undefined;
  const paramIndex = method.params.findIndex((p) => p.name === parts[0]);
  if (paramIndex >= 0 && parts.length === 1) return `params.${paramKey(paramIndex)}`;
  if (method.api !== 'v3' || !method.body) return undefined;
  if (method.body.type === 'array') return joined(['body'], formPath(method.body, parts));
  // The pointer omits ActiveCampaign's root key (`contact`): try under each root, then at the top.
  for (const [root, schema] of Object.entries(method.body.properties)) {
    const underRoot = root === parts[0] ? joined(['body', root], formPath(schema, parts.slice(1))) : undefined;
    const belowRoot = joined(['body', root], formPath(schema, parts));
    if (underRoot ?? belowRoot) return underRoot ?? belowRoot;
  }
  return undefined;
}

function joined(prefix: readonly string[], rest: readonly string[] | undefined): string | undefined {
  return rest ? [...prefix, ...rest].join('.') : undefined;
}

/** The form path below `schema` for pointer parts, or undefined when the schema has no such field. */
function formPath(schema: Schema, parts: readonly string[]): string[] | undefined {
  if (parts.length === 0) return [];
  const [head = '', ...rest] = parts;
  if (schema.type === 'object') {
    const child = schema.properties[head];
    const below = child ? formPath(child, rest) : undefined;
    return below ? [head, ...below] : undefined;
  }
  if (schema.type === 'array' && /^\d+$/.test(head)) {
    // Scalar array rows hold their text under `value` (react-hook-form field arrays need objects).
    if (schema.items.type !== 'object') return rest.length === 0 ? [head, 'value'] : undefined;
    const below = formPath(schema.items, rest);
    return below ? [head, ...below] : undefined;
  }
  return undefined;
}
