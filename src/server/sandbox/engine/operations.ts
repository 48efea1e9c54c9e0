/**
 * Reads the catalog (pure core code) once and turns every v3 method into an
 * operation the engine can serve: what kind it is (list, get, create,
 * update, delete, or a documented "action"), which JSON key holds its
 * record(s), which table those records live in, and the documented success
 * status and body. The record shapes come from the documented examples, so
 * the catalog and the sandbox agree by construction.
 */
import { catalog } from '../../../core/catalog/registry';
import type { V3Method } from '../../../core/catalog/types';
import { pluralOf } from './names';

type OperationKind = 'list' | 'get' | 'create' | 'update' | 'delete' | 'action';

export interface Operation {
  method: V3Method;
  kind: OperationKind;
  /** The documented success status (the lowest 2xx). */
  status: number;
  /** The documented success body, if the catalog gives one. */
  example: unknown;
  /** The key in the body that holds the record (get/create/update) or records (list). */
  root?: string;
  /** The table the records live in (a plural name such as `dealTasks`). */
  table?: string;
  /** The path parameter naming the record itself (`/x/{id}`). */
  idParam?: string;
  /** For `/parents/{p}/children` listings: the parent's path base and parameter. */
  parent?: { base: string; param: string };
}

const META_KEYS = new Set(['meta', 'links']);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function segments(path: string): string[] {
  return path
    .replace(/^\/api\/3\/?/, '')
    .split('/')
    .filter(Boolean);
}

const isParam = (s: string) => /^\{\w+\}$/.test(s);
const paramName = (s: string) => s.slice(1, -1);

/** The documented success response: lowest 2xx, preferring one with an example. */
function success(m: V3Method): { status: number; example: unknown } {
  const ok = m.responses.filter((r) => r.status >= 200 && r.status < 300).sort((a, b) => a.status - b.status);
  const withExample = ok.find((r) => r.example !== undefined);
  return { status: (withExample ?? ok[0])?.status ?? 200, example: withExample?.example };
}

function arrayRoot(example: Record<string, unknown>, preferred: string): string | undefined {
  const arrays = Object.keys(example).filter((k) => Array.isArray(example[k]) && !META_KEYS.has(k));
  return arrays.find((k) => k === preferred) ?? arrays.find((k) => isObject((example[k] as unknown[])[0])) ?? arrays[0];
}

function objectRoot(example: Record<string, unknown>): string | undefined {
  return Object.keys(example).find((k) => isObject(example[k]) && !META_KEYS.has(k));
}

function classify(m: V3Method): Operation {
  const { status, example } = success(m);
  const segs = segments(m.path);
  const last = segs.at(-1) ?? '';
  const endsInParam = isParam(last);
  const base: Operation = { method: m, kind: 'action', status, example };
  if (!isObject(example) && m.http !== 'DELETE') return base;
  const ex = isObject(example) ? example : {};
  if (m.http === 'GET' && !endsInParam) {
    const root = arrayRoot(ex, last);
    if (!root) return base;
    const parentAt = segs.length >= 3 && isParam(segs.at(-2) ?? '') ? segs.length - 2 : -1;
    const parent =
      parentAt > 0 ? { base: segs.slice(0, parentAt).join('/'), param: paramName(segs[parentAt] ?? '') } : undefined;
    return { ...base, kind: 'list', root, table: root, ...(parent ? { parent } : {}) };
  }
  if (!endsInParam && m.http !== 'POST') return base;
  if (m.http === 'DELETE') return { ...base, kind: 'delete', idParam: paramName(last) };
  const root = objectRoot(ex);
  if (!root) return base;
  if (m.http === 'POST') return endsInParam ? base : { ...base, kind: 'create', root, table: pluralOf(root) };
  const kind = m.http === 'GET' ? 'get' : 'update';
  return { ...base, kind, root, table: pluralOf(root), idParam: paramName(last) };
}

/** The path below `/api/3/` without its trailing `{id}`, e.g. `dealTasks` for `/api/3/dealTasks/{id}`. */
function pathBase(m: V3Method): string | undefined {
  const segs = segments(m.path);
  if (segs.length < 2 || !isParam(segs.at(-1) ?? '') || segs.slice(0, -1).some(isParam)) return undefined;
  return segs.slice(0, -1).join('/');
}

const v3Methods = catalog.filter((m): m is V3Method => m.api === 'v3');

/** Every v3 catalog method as an engine operation, in catalog order. */
export const operations: readonly Operation[] = (() => {
  const ops = v3Methods.map(classify);
  // Tables are named after their JSON roots; a path base (`dealTasks`) names the same table for deletes.
  const tableOfBase = new Map<string, string>();
  for (const op of ops) {
    const b = pathBase(op.method);
    if (b && op.table && (op.kind === 'get' || op.kind === 'update') && !tableOfBase.has(b))
      tableOfBase.set(b, op.table);
  }
  for (const op of ops) {
    if (op.kind === 'list' && op.table && !op.parent) {
      const b = segments(op.method.path).join('/');
      if (!tableOfBase.has(b)) tableOfBase.set(b, op.table);
    }
  }
  for (const op of ops) {
    if (op.kind !== 'delete') continue;
    const b = pathBase(op.method);
    const table = b ? (tableOfBase.get(b) ?? (ops.some((o) => o.table === b) ? b : undefined)) : undefined;
    if (table) op.table = table;
    else op.kind = 'action';
  }
  return ops;
})();

/** Table → the path base its records are reached at (`/api/3/<base>/<id>`), used to build `links`. */
export const baseOfTable: ReadonlyMap<string, string> = (() => {
  const out = new Map<string, string>();
  for (const op of operations) {
    const b = pathBase(op.method);
    if (b && op.table && op.kind !== 'action' && !out.has(op.table)) out.set(op.table, b);
  }
  for (const op of operations) {
    if (op.kind === 'list' && op.table && !op.parent && !out.has(op.table))
      out.set(op.table, segments(op.method.path).join('/'));
  }
  return out;
})();

/** Table → the singular root its records travel under (`dealTasks` → `dealTask`). */
export const singularOfTable: ReadonlyMap<string, string> = (() => {
  const out = new Map<string, string>();
  for (const op of operations) {
    if (op.table && op.root && op.kind !== 'list' && !out.has(op.table)) out.set(op.table, op.root);
  }
  return out;
})();

/** Table → the record shape: every documented item example for that table merged, first documented kind winning. */
export const templates: ReadonlyMap<string, Record<string, unknown>> = (() => {
  const out = new Map<string, Record<string, unknown>>();
  for (const op of operations) {
    if (!op.table || !op.root || !isObject(op.example)) continue;
    const value = op.example[op.root];
    const item = op.kind === 'list' ? (Array.isArray(value) ? value[0] : undefined) : value;
    if (!isObject(item)) continue;
    const merged = out.get(op.table) ?? {};
    for (const [k, v] of Object.entries(item)) if (!(k in merged) || merged[k] === null) merged[k] = v;
    out.set(op.table, merged);
  }
  return out;
})();

/** Ids the catalog's examples use for a table's records (`1`, a UUID…), so seeded rows answer them. */
export const exampleIdsOfTable: ReadonlyMap<string, readonly string[]> = (() => {
  const out = new Map<string, Set<string>>();
  for (const op of operations) {
    if (!op.table || !op.idParam) continue;
    const p = op.method.params.find((x) => x.name === op.idParam && x.in === 'path');
    const ex = p?.schema.example;
    if (ex === undefined || ex === null) continue;
    const set = out.get(op.table) ?? new Set<string>();
    set.add(String(ex));
    out.set(op.table, set);
  }
  return new Map([...out].map(([k, v]) => [k, [...v]]));
})();

/** Path bases that documented example URLs link into (`…/api/3/<base>/<id>/<name>`). */
export const documentedLinkBases: ReadonlySet<string> = (() => {
  const out = new Set<string>();
  const visit = (v: unknown): void => {
    if (typeof v === 'string') {
      const m = /\/api\/3\/(.+)\/[^/]+\/[^/]+$/.exec(v);
      if (m?.[1]) out.add(m[1]);
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (isObject(v)) Object.values(v).forEach(visit);
  };
  for (const op of operations) visit(op.example);
  return out;
})();
