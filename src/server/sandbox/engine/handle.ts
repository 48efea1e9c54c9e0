/**
 * The generic handler: serves any catalog operation from the store, in the
 * documented shape. Lists page (limit 20 / max 100, offset), filter and
 * order; get/update/delete find the record or answer AC's 404; creates
 * validate the documented root and required attributes (422 with pointers);
 * actions answer their documented body once the records they name exist.
 */
import type { ObjectSchema } from '../../../core/catalog/types';
import { json, unprocessable, type SandboxRequest, type SandboxResponse } from '../http-types';
import type { SandboxStore } from '../store';
import { readPage } from '../v3/paging';
import { conform } from './conform';
import { pluralOf } from './names';
import { nativeAdapter } from './native';
import { baseOfTable, documentedLinkBases, singularOfTable, templates, type Operation } from './operations';
import { applyFilters, applyOrders } from './query';
import { recordTable, cascadeRecords, type WireRow } from './records';
import { localiseUrls, missing, touch, withLinks } from './wire';

type Row = Record<string, unknown>;

export interface EngineCtx {
  store: SandboxStore;
  req: SandboxRequest;
  params: Record<string, string>;
}

/** A table's rows in their wire shape, whichever store holds them. */
export interface Source {
  get(id: string): Row | undefined;
  all(): Row[];
  count(): number;
  remove(id: string): boolean;
  /** The engine's own table (undefined for the typed tables, which only their own routes write). */
  records?: ReturnType<typeof recordTable>;
}

export function sourceOf(store: SandboxStore, table: string): Source {
  const native = nativeAdapter(table);
  if (native) {
    return {
      get: (id) => native.get(store, id),
      all: () => native.all(store),
      count: () => native.count(store),
      remove: (id) => native.remove(store, id),
    };
  }
  const records = recordTable(store, table);
  const out = (r: WireRow) => withLinks(localiseUrls(r, store.baseUrl) as Row, table, store.baseUrl);
  return {
    get: (id) => {
      const r = records.rows.get(id);
      return r ? out(r) : undefined;
    },
    all: () => [...records.rows.values()].map(out),
    count: () => records.rows.size,
    remove: (id) => {
      if (!records.rows.delete(id)) return false;
      cascadeRecords(store, singularOfTable.get(table) ?? table.replace(/s$/, ''), id);
      return true;
    },
    records,
  };
}

/** The table whose records are reached at `/api/3/<base>/<id>`. */
function tableOfBase(base: string): string | undefined {
  for (const [table, b] of baseOfTable) if (b === base) return table;
  return nativeAdapter(base) || templates.has(base) ? base : undefined;
}

function singular(table: string): string {
  return singularOfTable.get(table) ?? table.replace(/s$/, '');
}

/** The documented body with the records put in: other root keys keep their documented (localised) values. */
function body(op: Operation, store: SandboxStore, fill: Record<string, unknown>): unknown {
  const example = localiseUrls(op.example, store.baseUrl);
  const out: Record<string, unknown> =
    typeof example === 'object' && example !== null && !Array.isArray(example) ? { ...(example as Row) } : {};
  Object.assign(out, fill);
  return conform(out, example);
}

function list(op: Operation, { store, req, params }: EngineCtx): SandboxResponse {
  const table = op.table ?? '';
  const source = sourceOf(store, table);
  const keys = new Set(Object.keys(templates.get(table) ?? {}));
  let rows: Row[];
  if (op.parent) {
    const parentTable = tableOfBase(op.parent.base);
    const parentId = params[op.parent.param] ?? '';
    if (parentTable && !sourceOf(store, parentTable).get(parentId)) return missing(op, singular(parentTable), parentId);
    const key = parentTable ? singular(parentTable) : '';
    rows = source.all().filter((r) => key !== '' && r[key] !== undefined && String(r[key]) === parentId);
  } else {
    rows = source.all();
  }
  rows = applyFilters(rows, req.query, keys);
  const ordered = applyOrders(rows, req.query, keys);
  if (!ordered.ok) return ordered.response;
  const { limit, offset } = readPage(req.query);
  const meta = (op.example as Row | undefined)?.meta;
  return json(
    op.status,
    body(op, store, {
      [op.root ?? table]: ordered.rows.slice(offset, offset + limit),
      meta: { ...(typeof meta === 'object' && meta !== null ? meta : {}), total: String(ordered.rows.length) },
    }),
  );
}

function get(op: Operation, { store, params }: EngineCtx): SandboxResponse {
  const table = op.table ?? '';
  const id = params[op.idParam ?? ''] ?? '';
  const row = sourceOf(store, table).get(id);
  if (!row) return missing(op, op.root ?? singular(table), id);
  return json(op.status, body(op, store, { [op.root ?? '']: row }));
}

function remove(op: Operation, { store, params }: EngineCtx): SandboxResponse {
  const table = op.table ?? '';
  const id = params[op.idParam ?? ''] ?? '';
  if (!sourceOf(store, table).remove(id)) return missing(op, singular(table), id);
  if (op.status === 204) return { status: 204, headers: {}, body: '' };
  return json(op.status, op.example === undefined ? {} : localiseUrls(op.example, store.baseUrl));
}

/** The body's record under the method's documented root key (`{"dealTask": {...}}`), or a 422 pointing at it. */
function readInput(
  op: Operation,
  req: SandboxRequest,
): { ok: true; input: Row } | { ok: false; response: SandboxResponse } {
  const schema = op.method.body;
  let parsed: unknown = {};
  if (req.body.trim() !== '') {
    try {
      parsed = JSON.parse(req.body);
    } catch {
      return { ok: false, response: json(400, { message: 'The request body must be valid JSON.' }) };
    }
  }
  if (!schema || schema.type !== 'object') return { ok: true, input: {} };
  const rootKey = Object.keys(schema.properties).find((k) => schema.properties[k]?.type === 'object');
  const given = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Row) : {};
  if (!rootKey) return { ok: true, input: given };
  const inner = given[rootKey];
  if (typeof inner !== 'object' || inner === null || Array.isArray(inner)) {
    if (!op.method.bodyRequired && req.body.trim() === '') return { ok: true, input: {} };
    return {
      ok: false,
      response: unprocessable([{ title: 'Missing attribute', code: 'field_missing', field: rootKey }]),
    };
  }
  const innerSchema = schema.properties[rootKey] as ObjectSchema;
  const missingFields =
    op.kind === 'create' ? (innerSchema.required ?? []).filter((k) => isBlank((inner as Row)[k])) : [];
  if (missingFields.length > 0) {
    return {
      ok: false,
      response: unprocessable(
        missingFields.map((f) => ({ title: `The ${f} field is required`, code: 'field_missing', field: f })),
      ),
    };
  }
  return { ok: true, input: inner as Row };
}

function isBlank(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}

/** Copies the attributes the record documents; unknown ones are ignored, as the real API ignores them. */
function overlay(row: Row, input: Row, template: Row): void {
  for (const [k, v] of Object.entries(input)) {
    if (k === 'id' || k === 'links' || !(k in template)) continue;
    row[k] = conform(v, template[k]);
  }
}

function create(op: Operation, { store, req }: EngineCtx): SandboxResponse {
  const read = readInput(op, req);
  if (!read.ok) return read.response;
  const table = op.table ?? '';
  const template = templates.get(table) ?? {};
  const source = sourceOf(store, table);
  const row: Row = structuredClone(template);
  overlay(row, read.input, template);
  touch(row, store.now(), true);
  if (source.records) {
    const rec = source.records;
    rec.lastId = Math.max(rec.lastId, ...[...rec.rows.keys()].filter((k) => /^\d+$/.test(k)).map(Number)) + 1;
    const saved: WireRow = { ...row, id: String(rec.lastId) };
    rec.rows.set(saved.id, saved);
    return json(op.status, body(op, store, { [op.root ?? '']: source.get(saved.id) }));
  }
  // A typed table reached by an operation without its own route: answered in shape, not stored (see README).
  return json(op.status, body(op, store, { [op.root ?? '']: { ...row, id: String(source.count() + 1) } }));
}

function update(op: Operation, { store, req, params }: EngineCtx): SandboxResponse {
  const table = op.table ?? '';
  const id = params[op.idParam ?? ''] ?? '';
  const source = sourceOf(store, table);
  const current = source.get(id);
  if (!current) return missing(op, op.root ?? singular(table), id);
  const read = readInput(op, req);
  if (!read.ok) return read.response;
  const template = templates.get(table) ?? {};
  const stored = source.records?.rows.get(id);
  const target: Row = stored ?? { ...current };
  overlay(target, read.input, template);
  touch(target, store.now(), false);
  return json(op.status, body(op, store, { [op.root ?? '']: stored ? source.get(id) : target }));
}

/** A documented action: the records its path names must exist; the answer is the documented body. */
function action(op: Operation, { store, params }: EngineCtx): SandboxResponse {
  const segs = op.method.path.replace(/^\/api\/3\//, '').split('/');
  const firstParam = segs.findIndex((s) => /^\{\w+\}$/.test(s));
  if (firstParam > 0) {
    const table = tableOfBase(segs.slice(0, firstParam).join('/'));
    const id = params[(segs[firstParam] ?? '').slice(1, -1)] ?? '';
    if (table && !sourceOf(store, table).get(id)) return missing(op, singular(table), id);
  }
  if (op.status === 204 || (op.example === undefined && op.method.http === 'DELETE' && op.status === 202)) {
    return { status: op.status, headers: {}, body: '' };
  }
  return json(op.status, op.example === undefined ? {} : localiseUrls(op.example, store.baseUrl));
}

/** Serves one operation. */
export function serve(op: Operation, ctx: EngineCtx): SandboxResponse {
  switch (op.kind) {
    case 'list':
      return list(op, ctx);
    case 'get':
      return get(op, ctx);
    case 'create':
      return create(op, ctx);
    case 'update':
      return update(op, ctx);
    case 'delete':
      return remove(op, ctx);
    case 'action':
      return action(op, ctx);
  }
}

/**
 * `GET /api/3/<base>/<id>/<name>`: what a record's `links.<name>` points at.
 * A singular link (`owner`, `stage`) answers the record it names; a plural one
 * the rows that point back at the parent; anything else an empty collection.
 */
export function followLink(store: SandboxStore, base: string, id: string, name: string): SandboxResponse | undefined {
  const table = tableOfBase(base);
  if (!table) {
    // Documented bodies the engine answers as written (actions, sideloads) link to records of no table here.
    return documentedLinkBases.has(base) ? json(200, { [name]: null }) : undefined;
  }
  const parent = sourceOf(store, table).get(id);
  if (!parent) return json(404, { message: `No Result found for ${singular(table)} with id ${id}` });
  const ref = parent[name];
  const refTable = pluralOf(name);
  if ((typeof ref === 'string' || typeof ref === 'number') && (templates.has(refTable) || nativeAdapter(refTable))) {
    const target = sourceOf(store, refTable).get(String(ref));
    return json(200, { [name]: target ?? null });
  }
  if (templates.has(name) || nativeAdapter(name)) {
    const key = singular(table);
    const rows =
      name === 'contacts' && key !== 'contact'
        ? []
        : sourceOf(store, name)
            .all()
            .filter((r) => r[key] !== undefined && String(r[key]) === id);
    return json(200, { [name]: rows.slice(0, 100), meta: { total: String(rows.length) } });
  }
  return json(200, { [name]: [], meta: { total: '0' } });
}
