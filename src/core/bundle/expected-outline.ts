import type { MethodDef, ResponseDoc } from '../catalog/types';
import { kindOf } from '../contract/check-contract';

/** The documented success in words a person reads in a few seconds. */
export interface ExpectedResponse {
  status: number;
  /** v1 answers HTTP 200 either way; success is `result_code: 1`. */
  resultCode?: 1;
  meaning: string;
  /** Top-level keys and their types, one line each; empty when no body is documented. */
  outline: string[];
  /** The whole documented example: only the JSON download carries it. */
  example?: unknown;
}

const CHILD_KEYS_SHOWN = 5;

/** The method's documented success, or undefined when none is documented. */
export function expectedResponse(method: MethodDef): ExpectedResponse | undefined {
  const ok = method.responses.find((r) => r.status >= 200 && r.status < 300);
  if (!ok) return undefined;
  return {
    status: ok.status,
    ...(method.api === 'v1' ? { resultCode: 1 as const } : {}),
    meaning: ok.description,
    outline: outlineOf(ok),
    ...(ok.example !== undefined ? { example: ok.example } : {}),
  };
}

/** `contact: object (id, email, firstName, … 38 keys)`, `fieldValues: array of objects`, with optional/null notes. */
function outlineOf(doc: ResponseDoc): string[] {
  const example = doc.example;
  if (example === undefined) return [];
  if (kindOf(example) !== 'object') return [`(body) ${describe(example)}`];
  return Object.entries(example as Record<string, unknown>).map(([key, value]) => {
    const notes = [
      doc.optional?.includes(key) ? 'optional' : '',
      value === null || doc.nullable?.includes(key) ? 'may be null' : '',
    ].filter(Boolean);
    return `${key}: ${describe(value)}${notes.length ? ` (${notes.join(', ')})` : ''}`;
  });
}

function describe(value: unknown): string {
  const kind = kindOf(value);
  if (kind === 'array') {
    const first = (value as unknown[])[0];
    return first === undefined ? 'array (empty in the example)' : `array of ${kindOf(first)}s`;
  }
  if (kind === 'object') {
    const keys = Object.keys(value as object);
    if (keys.length === 0) return 'object (empty)';
    const shown = keys.slice(0, CHILD_KEYS_SHOWN).join(', ');
    return keys.length > CHILD_KEYS_SHOWN ? `object (${shown}, … ${keys.length} keys)` : `object (${shown})`;
  }
  return kind;
}
