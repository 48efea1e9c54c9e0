/**
 * The generic behaviour of every operation kind, from the model: list
 * (filters, orders, paging, `meta.total`), get, create, update, upsert and
 * delete with ActiveCampaign's conventions (documented status and root
 * keys, sideloads resolved from relations, 404 and 422 shapes), and
 * documented actions. A declaration's `handle` override wraps this.
 */
import { json, unprocessable, type FieldError, type SandboxResponse } from '../http-types';
import { tableOf } from '../store';
import { conform } from './conform';
import { referrers, resourceByName, resourceOf } from './model';
import { select } from './query';
import type { Attrs, Db, Op, OpCtx, Resource, Row, WriteCtx } from './resource';
import { readInput } from './validate';
import { localiseUrls, missing } from './wire';

const localised = new WeakMap<Op, { origin: string; example: Attrs }>();

/** The op's documented body with its URLs on this sandbox's origin (computed once per origin). */
function exampleAt(op: Op, origin: string): Attrs {
  const cached = localised.get(op);
  if (cached?.origin === origin) return cached.example;
  const example = localiseUrls(op.example, origin) as Attrs;
  localised.set(op, { origin, example });
  return example;
}

function pathParams(op: Op): string[] {
  return [...op.method.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
}

function text(v: unknown): string {
  return typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '';
}

/** The parent record a nested path names (`/contacts/{id}/deals`), or the 404 for it. */
function parentOf(ctx: OpCtx): { ok: true; row?: Row } | { ok: false; response: SandboxResponse } {
  const p = ctx.op.spec.parent;
  if (!p) return { ok: true };
  const id = ctx.params[pathParams(ctx.op)[0] ?? ''] ?? '';
  const row = ctx.db.find(p.table, id);
  return row ? { ok: true, row } : { ok: false, response: missing(ctx.op, resourceOf(p.table).entity, id) };
}

function underParent(op: Op, row: Row, parent: Row | undefined): boolean {
  const p = op.spec.parent;
  if (!p || !parent) return true;
  return text(row[p.field]) === parent.id && Object.entries(p.set ?? {}).every(([k, v]) => text(row[k]) === text(v));
}

/**
 * The record the path names (by id, by another attribute, or fixed), if it exists. Under a parent it must
 * belong to that parent, unless `adopt`: an update under a parent (`PUT /deals/{id}/notes/{noteId}`) moves it there.
 */
function lookup(ctx: OpCtx, parent: Row | undefined, adopt = false): { row: Row | undefined; id: string } {
  const { op, db, params } = ctx;
  const table = op.resource.name;
  const names = pathParams(op);
  if (op.spec.id) return { row: db.find(table, op.spec.id), id: op.spec.id };
  if (op.spec.via && parent) return { row: db.find(table, parent[op.spec.via]), id: text(parent[op.spec.via]) };
  if (op.spec.parent && names.length === 1 && parent) {
    // A singular sub-resource (`/contacts/{id}/contactData`): the parent's one record.
    return { row: db.children(table, op.spec.parent.field, parent.id)[0], id: parent.id };
  }
  const id = params[names.at(-1) ?? ''] ?? '';
  const by = op.spec.by;
  const row = by
    ? [...tableOf(ctx.store, table).rows.values()].find((r) => text(r[by]).toLowerCase() === id.toLowerCase())
    : db.find(table, id);
  return { row: row && (adopt || underParent(op, row, parent)) ? row : undefined, id };
}

/** The records of `key` that go with `records` of `source`: their children, else the records they point at. */
function sideload(db: Db, key: string, source: Resource, records: readonly Row[]): Attrs[] {
  const target = resourceByName.get(key);
  if (!target || records.length === 0) return [];
  const seen = new Map<string, Row>();
  const children = (referrers.get(source.name) ?? []).filter((x) => x.resource === target);
  for (const { relation } of children) {
    for (const r of records) {
      for (const child of db.children(key, relation.field, r.id)) {
        if (!relation.when || text(child[relation.when.field]) === relation.when.equals) seen.set(child.id, child);
      }
    }
  }
  if (children.length === 0) {
    for (const relation of source.relations ?? []) {
      if (relation.to !== key) continue;
      for (const r of records) {
        if (relation.when && text(r[relation.when.field]) !== relation.when.equals) continue;
        const parent = db.find(key, r[relation.field]);
        if (parent) seen.set(parent.id, parent);
      }
    }
  }
  return [...seen.values()].map((row) => db.wire(key, row));
}

/** The documented body with the records put in: sideloads resolved, other keys as documented. */
function answer(ctx: OpCtx, fill: Attrs, records: readonly Row[], status = ctx.op.status): SandboxResponse {
  const { op, db, store } = ctx;
  const example = exampleAt(op, store.baseUrl);
  const out: Attrs = {};
  for (const [k, v] of Object.entries(example)) {
    if (k in fill) out[k] = fill[k];
    else if (op.spec.emptySideloads?.includes(k)) out[k] = [];
    else if (Array.isArray(v) && k !== 'links') out[k] = sideload(db, k, op.resource, records);
    else out[k] = v;
  }
  for (const [k, v] of Object.entries(fill)) if (!(k in out)) out[k] = v;
  for (const k of op.spec.include ?? []) out[k] = sideload(db, k, op.resource, records);
  return json(status, conform(out, example));
}

function list(ctx: OpCtx): SandboxResponse {
  const { op, db, req } = ctx;
  const resource = op.resource;
  const parent = parentOf(ctx);
  if (!parent.ok) return parent.response;
  const source =
    parent.row && op.spec.parent
      ? db.children(resource.name, op.spec.parent.field, parent.row.id).filter((r) => underParent(op, r, parent.row))
      : undefined;
  const selected = select(resource, tableOf(ctx.store, resource.name), source, req.query, db);
  if (!selected.ok) return selected.response;
  const { rows, total, all } = selected.page;
  const documented = op.example.meta;
  const meta = {
    ...(typeof documented === 'object' && documented !== null ? documented : {}),
    ...resource.listMeta?.({ query: req.query, total, rows: all }),
    total: String(total),
  };
  return answer(ctx, { [op.root ?? resource.name]: rows.map((r) => db.wire(resource.name, r)), meta }, rows);
}

function get(ctx: OpCtx): SandboxResponse {
  const { op, db } = ctx;
  const parent = parentOf(ctx);
  if (!parent.ok) return parent.response;
  const { row, id } = lookup(ctx, parent.row);
  const root = op.root ?? op.resource.singular;
  // A parent's singular sub-record (`/contacts/{id}/contactData`) that was never recorded is null, not a 404.
  if (!row && parent.row && (op.spec.via || pathParams(op).length === 1)) return answer(ctx, { [root]: null }, []);
  if (!row) return missing(op, op.resource.entity, id);
  const record = db.wire(op.resource.name, row);
  if (op.spec.flat) return json(op.status, conform(record, exampleAt(op, ctx.store.baseUrl)));
  return answer(ctx, { [root]: record }, [row]);
}

function remove(ctx: OpCtx): SandboxResponse {
  const parent = parentOf(ctx);
  if (!parent.ok) return parent.response;
  const { row, id } = lookup(ctx, parent.row);
  if (!row) return missing(ctx.op, ctx.op.resource.entity, id);
  ctx.db.remove(ctx.op.resource.name, row.id);
  return documentedAnswer(ctx);
}

/** 422s for relation attributes that name records which do not exist. */
function relationErrors(resource: Resource, merged: Attrs, input: Attrs, db: Db): FieldError[] {
  const errors: FieldError[] = [];
  for (const rel of resource.relations ?? []) {
    if (rel.checked === false || !(rel.field in input)) continue;
    const id = text(input[rel.field]);
    if (id === '' || id === '0') continue;
    if (rel.when && text(merged[rel.when.field]) !== rel.when.equals) continue;
    if (!db.find(rel.to, id)) {
      errors.push({
        title: `No ${resourceOf(rel.to).entity} with id ${id}`,
        code: 'related_missing',
        field: rel.field,
      });
    }
  }
  return errors;
}

/** What a write comes to once the resource's unique keys have had their say. */
export type Settled =
  /** Write to `target` (a create when undefined), unless `errors` (relations naming missing records). */
  | { kind: 'write'; target: Row | undefined; errors: FieldError[] }
  | { kind: 'existing'; row: Row }
  | { kind: 'refused'; errors: FieldError[] };

/**
 * Applies the unique keys and checked relations to a create (current undefined) or update of `attrs`:
 * a key held by another record refuses the write, answers that record (`existing`) or turns the create
 * into its update (`update`); a relation naming a record that does not exist is an error. v3 and v1 writes
 * both go through here, so the same data is refused whichever API sends it.
 */
export function settleWrite(
  store: OpCtx['store'],
  db: Db,
  resource: Resource,
  current: Row | undefined,
  attrs: Attrs,
): Settled {
  let target = current;
  for (const key of resource.unique ?? []) {
    const other = tableOf(store, resource.name).findUnique(key, { ...target, ...attrs });
    if (!other || other === target) continue;
    if (!target && key.onConflict === 'existing') return { kind: 'existing', row: other };
    if (!target && key.onConflict === 'update') {
      target = other;
      continue;
    }
    const field = key.fields[0] ?? 'id';
    return {
      kind: 'refused',
      errors: [{ title: key.title ?? `The ${field} is already taken`, code: 'duplicate', field }],
    };
  }
  return { kind: 'write', target, errors: relationErrors(resource, { ...target, ...attrs }, attrs, db) };
}

/** Creates (current undefined) or updates a record from the request body. */
function write(ctx: OpCtx, current: Row | undefined, parentRow?: Row): SandboxResponse {
  const { op, db } = ctx;
  const resource = op.resource;
  const read = readInput(op, ctx.req, current === undefined);
  if (!read.ok) return read.response;
  // A record's id is the sandbox's to give: one sent in the body is ignored, as the API ignores it.
  let input: Attrs = Object.fromEntries(Object.entries(read.value.attrs).filter(([k]) => k !== 'id'));
  const p = op.spec.parent;
  if (p && parentRow) input = { ...input, [p.field]: parentRow.id, ...p.set };
  const attrs = resource.hooks?.prepare?.(input, { ...ctx, ...(current ? { current } : {}) }) ?? input;
  const refuse = resource.invalid ?? unprocessable;
  const settled = settleWrite(ctx.store, db, resource, current, attrs);
  if (settled.kind === 'existing') {
    return answer(ctx, { [op.root ?? resource.singular]: db.wire(resource.name, settled.row) }, [settled.row]);
  }
  if (settled.kind === 'refused') return refuse(settled.errors);
  const { target } = settled;
  const wctx: WriteCtx = { ...ctx, ...(target ? { current: target } : {}) };
  const errors = [...settled.errors, ...(resource.hooks?.check?.(attrs, wctx) ?? [])];
  if (errors.length > 0) return refuse(errors);
  const row = target ? db.update(resource.name, target, attrs) : db.insert(resource.name, attrs);
  resource.hooks?.afterWrite?.(row, attrs, wctx);
  const record = db.wire(resource.name, row);
  if (op.spec.flat) return json(op.status, conform(record, exampleAt(op, ctx.store.baseUrl)));
  return answer(ctx, { [op.root ?? resource.singular]: record }, [row]);
}

function create(ctx: OpCtx): SandboxResponse {
  const parent = parentOf(ctx);
  if (!parent.ok) return parent.response;
  return write(ctx, undefined, parent.row);
}

function update(ctx: OpCtx): SandboxResponse {
  const parent = parentOf(ctx);
  if (!parent.ok) return parent.response;
  const { row, id } = lookup(ctx, parent.row, true);
  if (!row) return missing(ctx.op, ctx.op.resource.entity, id);
  return write(ctx, row, parent.row);
}

/** Creates, or updates the record whose `key` attributes match the body's (contact sync by email). */
function upsert(ctx: OpCtx): SandboxResponse {
  const parent = parentOf(ctx);
  if (!parent.ok) return parent.response;
  const read = readInput(ctx.op, ctx.req, true);
  if (!read.ok) return read.response;
  const p = ctx.op.spec.parent;
  const given = { ...read.value.attrs, ...(p && parent.row ? { [p.field]: parent.row.id } : {}) };
  const keys = ctx.op.spec.key ?? [];
  const found = keys.every((k) => text(given[k]) !== '')
    ? ctx.db.findBy(ctx.op.resource.name, Object.fromEntries(keys.map((k) => [k, given[k]])))
    : undefined;
  return write(ctx, found, parent.row);
}

/** A documented action: the records its path names must exist; the answer is the documented body. */
function action(ctx: OpCtx): SandboxResponse {
  const parent = parentOf(ctx);
  if (!parent.ok) return parent.response;
  if (!ctx.op.spec.parent && pathParams(ctx.op).length > 0) {
    const { row, id } = lookup(ctx, undefined);
    if (!row) return missing(ctx.op, ctx.op.resource.entity, id);
  }
  return documentedAnswer(ctx);
}

/** The documented success answer as documented (an acknowledgement such as `{}` or "Delete successful"). */
function documentedAnswer(ctx: OpCtx): SandboxResponse {
  const { status, documented } = ctx.op;
  if (status === 204 || (documented === undefined && status === 202)) return { status, headers: {}, body: '' };
  return json(status, documented === undefined ? {} : localiseUrls(documented, ctx.store.baseUrl));
}

const kinds = { list, get, create, update, delete: remove, upsert, action } as const;

/** Serves one operation: its override if declared (with the generic behaviour at hand), else the generic. */
export function serve(ctx: OpCtx): SandboxResponse {
  const generic = () => kinds[ctx.op.spec.kind](ctx);
  return ctx.op.spec.handle ? ctx.op.spec.handle(ctx, generic) : generic();
}
