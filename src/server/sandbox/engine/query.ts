/**
 * The one listing implementation: `filters[...]` (every operator form),
 * `orders[...]` (ASC, DESC, weight) and `limit`/`offset` paging over a
 * table or a parent's children. An unfiltered page in the default order is
 * read by position — its cost does not grow with the table — and
 * `meta.total` is counted without serialising a row.
 */
import { json, type SandboxResponse } from '../http-types';
import { anyField, compareValues, matches, OPERATORS } from './filters';
import { shapeOfTable, type Shape } from './model';
import { readPage } from './paging';
import type { Db, Operator, Resource, Row } from './resource';
import type { Table } from './table';

export interface Page {
  rows: Row[];
  total: number;
  /** Every matching row, materialised on demand (for a `meta` that sums them). */
  all: () => Row[];
}

type Test = (row: Row) => boolean;
type Sort = { key: (row: Row) => unknown; sign: number; weight?: string };

const OPERATOR_FORM = /^(.+)\[([a-z_]+)\]$/;
const FILTER = /^filters\[([^\]]+)\]$/;
const ORDER = /^orders\[([^\]]+)\]$/;

function isOperator(s: string | undefined): s is Operator {
  return OPERATORS.includes(s as Operator);
}

const textKeysCache = new WeakMap<Shape, readonly string[]>();

/** The attributes a generic `search` looks in: documented text that is not an id, a date or a URL. */
function textKeys(shape: Shape): readonly string[] {
  let keys = textKeysCache.get(shape);
  if (!keys) {
    keys = shape.keys.filter((k) => {
      const v = shape.base[k];
      return typeof v === 'string' && k !== 'id' && !/^https?:/.test(v) && !/date|stamp|hash/i.test(k);
    });
    textKeysCache.set(shape, keys);
  }
  return keys;
}

function value(row: Row, shape: Shape, key: string): unknown {
  return key === 'id' ? row.id : (row[key] ?? shape.base[key]);
}

function testsOf(resource: Resource, shape: Shape, query: URLSearchParams, db: Db): Test[] {
  const tests: Test[] = [];
  for (const [name, wanted] of query) {
    if (wanted === '') continue;
    const form = OPERATOR_FORM.exec(name);
    const op = isOperator(form?.[2]) ? form[2] : undefined;
    const base = op ? (form?.[1] ?? name) : name;
    const declared = resource.filters?.[base];
    if (declared) {
      tests.push(declared(wanted, op, { db, query }));
      continue;
    }
    const attr = FILTER.exec(base)?.[1];
    if (attr !== undefined && shape.keys.includes(attr)) {
      tests.push((row) => matches(value(row, shape, attr), op ?? 'eq', wanted));
    } else if (attr === 'search' || base === 'search') {
      tests.push(anyField(textKeys(shape))(wanted, op, { db, query }));
    }
    // Anything else is ignored, as the real API ignores filters it does not know.
  }
  return tests;
}

function invalidDirection(key: string, given: string): SandboxResponse {
  return json(422, {
    errors: [
      {
        title: 'Invalid attribute',
        detail: `Invalid order direction: "${given}". Allowed values are: "ASC", "DESC"`,
        code: 'field_invalid',
        source: { pointer: `/data/attributes/orders[${key}]` },
      },
    ],
  });
}

function sortsOf(
  resource: Resource,
  shape: Shape,
  query: URLSearchParams,
): { ok: true; sorts: Sort[] } | { ok: false; response: SandboxResponse } {
  const sorts: Sort[] = [];
  for (const [name, given] of query) {
    const key = ORDER.exec(name)?.[1];
    if (key === undefined) continue;
    const dir = given.trim().toUpperCase();
    if (dir !== 'ASC' && dir !== 'DESC' && dir !== 'WEIGHT')
      return { ok: false, response: invalidDirection(key, given) };
    const declared = resource.orders?.[key];
    const by = declared?.by ?? (key === 'id' || shape.keys.includes(key) ? key : undefined);
    if (by === undefined) continue;
    const read = typeof by === 'function' ? by : (row: Row) => value(row, shape, by);
    if (dir === 'WEIGHT') {
      // Exact matches first, then those starting with the searched text, then the rest.
      const term = (declared?.weightFrom ?? ['search'])
        .map((p) => query.get(p) ?? [...query].find(([k]) => k.startsWith(`${p}[`))?.[1])
        .find((v) => v !== undefined && v !== null);
      sorts.push({ key: read, sign: 1, weight: (term ?? '').toLowerCase() });
    } else sorts.push({ key: read, sign: dir === 'ASC' ? 1 : -1 });
  }
  return { ok: true, sorts };
}

function rank(v: unknown, term: string): number {
  const text = (typeof v === 'string' || typeof v === 'number' ? String(v) : '').toLowerCase();
  return text === term ? 0 : term !== '' && text.startsWith(term) ? 1 : 2;
}

function comparator(sorts: readonly Sort[]) {
  return (a: Row, b: Row) => {
    for (const s of sorts) {
      const x = s.key(a);
      const y = s.key(b);
      const c = (s.weight !== undefined ? rank(x, s.weight) - rank(y, s.weight) : 0) || compareValues(x, y) * s.sign;
      if (c !== 0) return c;
    }
    return compareValues(a.id, b.id);
  };
}

/** The page of `source` (the whole table when undefined) the query asks for, or a 422 for a bad order. */
export function select(
  resource: Resource,
  table: Table,
  source: readonly Row[] | undefined,
  query: URLSearchParams,
  db: Db,
): { ok: true; page: Page } | { ok: false; response: SandboxResponse } {
  const shape = shapeOfTable(resource.name);
  const tests = testsOf(resource, shape, query, db);
  const ordered = sortsOf(resource, shape, query);
  if (!ordered.ok) return ordered;
  const { sorts } = ordered;
  const { limit, offset } = readPage(query);
  const keep = (row: Row) => tests.every((t) => t(row));
  const all = () => (source ?? [...table.rows.values()]).filter(keep);

  const byIdOnly = sorts.length === 1 && sorts[0]?.weight === undefined && resource.orders?.id === undefined;
  const idSort = byIdOnly && query.has('orders[id]') ? sorts[0]?.sign : undefined;
  if (!source && tests.length === 0 && (sorts.length === 0 || idSort !== undefined)) {
    // Ids are handed out in order, so the table's own order is the id order: read the page by position.
    const total = table.size;
    const rows: Row[] = [];
    for (let i = offset; i < Math.min(total, offset + limit); i++) {
      const row = table.at(idSort === -1 ? total - 1 - i : i);
      if (row) rows.push(row);
    }
    return { ok: true, page: { rows, total, all } };
  }
  if (sorts.length === 0) {
    let total = 0;
    const rows: Row[] = [];
    for (const row of source ?? table.rows.values()) {
      if (!keep(row)) continue;
      if (total >= offset && rows.length < limit) rows.push(row);
      total++;
    }
    return { ok: true, page: { rows, total, all } };
  }
  const matched = all().sort(comparator(sorts));
  return { ok: true, page: { rows: matched.slice(offset, offset + limit), total: matched.length, all: () => matched } };
}
