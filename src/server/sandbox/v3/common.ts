import {
  json,
  notFound,
  unprocessable,
  type FieldError,
  type SandboxRequest,
  type SandboxResponse,
} from '../http-types';
import { byId, type SandboxStore, type Table } from '../store';
import { readPage } from './paging';

/** What every v3 handler gets: the data, the request and the path parameters. */
export interface Ctx {
  store: SandboxStore;
  req: SandboxRequest;
  params: Record<string, string>;
}

export type Handler = (ctx: Ctx) => SandboxResponse;

export interface Route {
  method: string;
  /** The catalog's path template, e.g. `/api/3/contacts/{id}`. */
  template: string;
  pattern: RegExp;
  keys: string[];
  handler: Handler;
}

/**
 * Declares a route. `{id}`-like parameters match digits only, so
 * `/lists/exclusions` is not mistaken for a list id and falls through to
 * the "not implemented" answer instead.
 */
export function route(method: string, template: string, handler: Handler): Route {
  const keys: string[] = [];
  const source = template.replace(/\{(\w+)\}/g, (_m, key: string) => {
    keys.push(key);
    return /id$/i.test(key) ? '(\\d+)' : '([^/]+)';
  });
  return { method, template, pattern: new RegExp(`^${source}/?$`), keys, handler };
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; response: SandboxResponse };

/** Reads a JSON object body; anything else is a 400, like ActiveCampaign's answer to a broken body. */
function parseJsonBody(body: string): Parsed<Record<string, unknown>> {
  try {
    const value: unknown = JSON.parse(body);
    if (isRecord(value)) return { ok: true, value };
  } catch {
    // fall through to the 400 below
  }
  return { ok: false, response: json(400, { message: 'The request body must be a JSON object.' }) };
}

/** Reads `{"<root>": {...}}`; a missing root is a 422 pointing at it, as the real API answers. */
export function readRoot(req: SandboxRequest, root: string): Parsed<Record<string, unknown>> {
  const parsed = parseJsonBody(req.body);
  if (!parsed.ok) return parsed;
  const inner = parsed.value[root];
  if (!isRecord(inner)) {
    return { ok: false, response: unprocessable([{ title: 'Missing attribute', code: 'field_missing', field: root }]) };
  }
  return { ok: true, value: inner };
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A string attribute, or `fallback` when absent; numbers are accepted as the API does. */
export function text(v: unknown, fallback = ''): string {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : fallback;
}

/** An integer attribute sent as a number or a numeric string; undefined otherwise. */
export function int(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+$/.test(v.trim()) ? Number(v) : NaN;
  return Number.isInteger(n) ? n : undefined;
}

/** Collects "required" errors for attributes that are missing or blank. */
export function requireFields(input: Record<string, unknown>, names: readonly string[]): FieldError[] {
  return names
    .filter((n) => text(input[n]).trim() === '')
    .map((n) => ({ title: `The ${n} field is required`, code: 'field_missing', field: n }));
}

/** A 422 when there are errors, else undefined. */
export function failIf(errors: FieldError[]): SandboxResponse | undefined {
  return errors.length > 0 ? unprocessable(errors) : undefined;
}

type Column<T> = (row: T) => string | number;

/**
 * Applies `orders[<field>]=ASC|DESC` (several allowed, earlier ones win);
 * a bad direction is a 422 with the real message and pointer.
 */
export function applyOrders<T>(rows: T[], query: URLSearchParams, columns: Record<string, Column<T>>): Parsed<T[]> {
  const orders: [Column<T>, number][] = [];
  for (const [name, value] of query) {
    const m = /^orders\[([^\]]+)\]$/.exec(name);
    if (!m) continue;
    const dir = value.toUpperCase();
    const column = columns[m[1] ?? ''];
    if (dir === 'WEIGHT') {
      // Documented for tag and list names: exact matches first, then prefix matches, then the rest.
      if (column) orders.push([weightColumn(column, searchTerm(query, m[1] ?? '')), 1]);
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
    if (column) orders.push([column, dir === 'ASC' ? 1 : -1]);
  }
  if (orders.length === 0) return { ok: true, value: rows };
  const sorted = [...rows].sort((a, b) => {
    for (const [col, sign] of orders) {
      const x = col(a);
      const y = col(b);
      if (x < y) return -sign;
      if (x > y) return sign;
    }
    return 0;
  });
  return { ok: true, value: sorted };
}

/** The text a `weight` order ranks against: `search`, else the column's (or `search`'s) filter in any operator form. */
function searchTerm(query: URLSearchParams, column: string): string {
  const direct = query.get('search');
  if (direct) return direct.toLowerCase();
  for (const [k, v] of query) {
    if (k.startsWith(`filters[${column}]`) || k.startsWith('filters[search]')) return v.toLowerCase();
  }
  return '';
}

/** Ranks a row 0 (equals the term), 1 (starts with it) or 2, then by the column itself. */
function weightColumn<T>(column: Column<T>, term: string): Column<T> {
  return (row) => {
    const v = String(column(row)).toLowerCase();
    const rank = v === term ? 0 : term !== '' && v.startsWith(term) ? 1 : 2;
    return `${rank}:${v}`;
  };
}

/** A paged collection under its plural key with `meta.total` as a string (numeric for the few endpoints that do so). */
export function page<T>(
  req: SandboxRequest,
  plural: string,
  rows: readonly T[],
  toJson: (row: T) => unknown,
  options: { numericTotal?: boolean; extra?: Record<string, unknown>; meta?: Record<string, unknown> } = {},
): SandboxResponse {
  const { limit, offset } = readPage(req.query);
  return json(200, {
    ...options.extra,
    [plural]: rows.slice(offset, offset + limit).map(toJson),
    meta: { ...options.meta, total: options.numericTotal ? rows.length : String(rows.length) },
  });
}

/** `filters[<name>]` from the query. */
export function filter(query: URLSearchParams, name: string): string | null {
  return query.get(`filters[${name}]`);
}

/**
 * DELETE by id: ActiveCampaign's 404 for an unknown id, else 200 with `{}`.
 * `cascade` removes or repoints what referred to the row, so relationships hold.
 */
export function deleteById<T extends { id: number }>(
  table: (store: SandboxStore) => Table<T>,
  entity: string,
  cascade?: (store: SandboxStore, row: T) => void,
): Handler {
  return ({ store, params }) => {
    const rows = table(store);
    const row = byId(rows, params.id);
    if (!row) return notFound(entity, params.id ?? '');
    rows.rows.delete(row.id);
    cascade?.(store, row);
    return json(200, {});
  };
}
