/**
 * `filters[<key>]=v`, `filters[<key>][<op>]=v` and `orders[<key>]=ASC|DESC`
 * over wire rows, with AC's conventions: unknown keys are ignored, a bad
 * direction is a 422 pointing at the parameter.
 */
import { json, type SandboxResponse } from '../http-types';

type Row = Record<string, unknown>;
const OPS = ['eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'contains', 'starts_with'] as const;
type Op = (typeof OPS)[number];

function compare(a: unknown, b: string): number {
  const x = typeof a === 'number' ? a : String(a ?? '');
  if (typeof x === 'number' || (/^-?\d+(\.\d+)?$/.test(String(x)) && /^-?\d+(\.\d+)?$/.test(b))) {
    return Number(x) - Number(b);
  }
  return String(x).toLowerCase().localeCompare(b.toLowerCase());
}

function test(value: unknown, op: Op, wanted: string): boolean {
  const text = String(value ?? '').toLowerCase();
  const w = wanted.toLowerCase();
  switch (op) {
    case 'eq':
      return text === w;
    case 'neq':
      return text !== w;
    case 'contains':
      return text.includes(w);
    case 'starts_with':
      return text.startsWith(w);
    case 'lt':
      return compare(value, wanted) < 0;
    case 'lte':
      return compare(value, wanted) <= 0;
    case 'gt':
      return compare(value, wanted) > 0;
    case 'gte':
      return compare(value, wanted) >= 0;
  }
}

/** Keeps the rows matching every `filters[...]` on a key the record has; `search` matches any text field. */
export function applyFilters<T extends Row>(rows: T[], query: URLSearchParams, keys: ReadonlySet<string>): T[] {
  let out = rows;
  for (const [name, value] of query) {
    const m = /^filters\[([^\]]+)\](?:\[([^\]]+)\])?$/.exec(name);
    const key = m?.[1];
    if (!key) continue;
    const op = (m[2] ?? 'eq') as Op;
    if (!OPS.includes(op)) continue;
    if (keys.has(key)) out = out.filter((r) => test(r[key], op, value));
    else if (key === 'search')
      out = out.filter((r) => textOf(r).some((t) => test(t, op === 'eq' ? 'contains' : op, value)));
  }
  const search = query.get('search');
  if (search) out = out.filter((r) => textOf(r).some((t) => t.toLowerCase().includes(search.toLowerCase())));
  return out;
}

function textOf(r: Row): string[] {
  return Object.entries(r)
    .filter(([k, v]) => typeof v === 'string' && k !== 'id' && !/^https?:/.test(v))
    .map(([, v]) => v as string);
}

/** `orders[...]` on keys the record has (earlier ones win); undefined rows when nothing asks for an order. */
export function applyOrders<T extends Row>(
  rows: T[],
  query: URLSearchParams,
  keys: ReadonlySet<string>,
): { ok: true; rows: T[] } | { ok: false; response: SandboxResponse } {
  const orders: [string, number][] = [];
  for (const [name, value] of query) {
    const m = /^orders\[([^\]]+)\]$/.exec(name);
    if (!m) continue;
    const dir = value.toUpperCase();
    if (dir === 'WEIGHT') {
      // Relevance to the search: accepted (documented on name orders), kept in stored order.
      continue;
    }
    if (dir !== 'ASC' && dir !== 'DESC') {
      return {
        ok: false,
        response: json(422, {
          errors: [
            {
              title: 'Invalid attribute',
              detail: `Invalid order direction: "${value}". Allowed values are: "ASC", "DESC"`,
              code: 'field_invalid',
              source: { pointer: `/data/attributes/orders[${m[1] ?? ''}]` },
            },
          ],
        }),
      };
    }
    if (keys.has(m[1] ?? '')) orders.push([m[1] ?? '', dir === 'ASC' ? 1 : -1]);
  }
  if (orders.length === 0) return { ok: true, rows };
  const sorted = [...rows].sort((a, b) => {
    for (const [key, sign] of orders) {
      const c = compare(a[key], String(b[key] ?? ''));
      if (c !== 0) return c * sign;
    }
    return 0;
  });
  return { ok: true, rows: sorted };
}
