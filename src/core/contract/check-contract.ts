import type { MethodDef } from '../catalog/types';

export type ValueKind = 'string' | 'number' | 'boolean' | 'null' | 'array' | 'object';

export interface ContractDifference {
  /** JSON path in the actual body, e.g. `contacts[0].id`; empty for the status. */
  path: string;
  kind: 'missing' | 'type' | 'status' | 'unparsable';
  message: string;
}

/** The JSON kind of a value. */
export function kindOf(value: unknown): ValueKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const t = typeof value;
  return t === 'string' || t === 'number' || t === 'boolean' ? t : 'object';
}

/** How many array items are compared with the documented item (enough to catch drift, cheap on huge pages). */
const ITEMS_CHECKED = 25;

/**
 * Compares an actual body with a documented example's shape: every
 * documented key must be present with the same JSON kind. Extra keys are
 * fine (the API adds fields); a documented `null` accepts any kind.
 */
export function compareShape(expected: unknown, actual: unknown, path = ''): ContractDifference[] {
  const ek = kindOf(expected);
  if (ek === 'null') return [];
  const ak = kindOf(actual);
  if (ek !== ak) {
    return [
      {
        path: path || '$',
        kind: 'type',
        message: `${path || 'The body'} is ${article(ak)}, documented as ${article(ek)}.`,
      },
    ];
  }
  if (ek === 'array') {
    const [item] = expected as unknown[];
    if (item === undefined) return [];
    return (actual as unknown[]).slice(0, ITEMS_CHECKED).flatMap((v, i) => compareShape(item, v, `${path}[${i}]`));
  }
  if (ek === 'object') {
    const e = expected as Record<string, unknown>;
    const a = actual as Record<string, unknown>;
    return Object.keys(e).flatMap((key) => {
      const child = path ? `${path}.${key}` : key;
      if (!(key in a)) return [{ path: child, kind: 'missing' as const, message: `${child} is missing.` }];
      return compareShape(e[key], a[key], child);
    });
  }
  return [];
}

/** Checks a response against the method's documented responses: status first, then the body's shape. */
export function checkContract(method: MethodDef, status: number, bodyText: string): ContractDifference[] {
  const documented = method.responses.filter((r) => r.status === status);
  if (documented.length === 0) {
    const known = [...new Set(method.responses.map((r) => r.status))].join(', ');
    return [
      { path: '', kind: 'status', message: `HTTP ${status} is not a documented status for this method (${known}).` },
    ];
  }
  const examples = documented.filter((r) => r.example !== undefined);
  if (examples.length === 0) return [];
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch {
    return [{ path: '$', kind: 'unparsable', message: 'The body is not JSON, but a JSON body is documented.' }];
  }
  // Several documented bodies can share a status (v1 success and failure are both 200): the closest one wins.
  return examples.map((r) => compareShape(r.example, body)).reduce((best, d) => (d.length < best.length ? d : best));
}

function article(kind: ValueKind): string {
  return kind === 'null' ? 'null' : `${/^[ao]/.test(kind) ? 'an' : 'a'} ${kind}`;
}
