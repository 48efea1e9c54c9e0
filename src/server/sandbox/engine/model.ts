/**
 * The model: the resource declarations (resources/index.ts) bound to the
 * catalog. Each declared method becomes an `Op` carrying its documented
 * status and body; each resource gets its record shape — the union of the
 * records its methods document, in documented key order — so the catalog
 * documents the shape and the sandbox answers with it, by construction.
 */
import { catalog } from '../../../core/catalog/registry';
import type { V3Method } from '../../../core/catalog/types';
import { resources } from '../resources';
import type { Attrs, Op, OpSpec, Relation, Resource } from './resource';

/** How a timestamp attribute is written: ISO with the account's offset, ISO UTC, or the `Y-m-d H:i:s` column. */
export type StampFormat = 'iso' | 'isoZ' | 'column';

export interface Shape {
  /** Documented attribute names, in documented order. */
  keys: readonly string[];
  /** Each attribute's value for a record that never set it: the declared default, else the documented example's. */
  base: Readonly<Attrs>;
  /** Each documented attribute's example value: what a written value's JSON kind is bent to. */
  documented: Readonly<Attrs>;
  created: readonly (readonly [string, StampFormat])[];
  updated: readonly (readonly [string, StampFormat])[];
  /** The documented `links` names; 'array' where the record documents `links: []`. */
  links: readonly string[] | 'array' | undefined;
  /** Attributes a write may set: the documented ones plus defaults, relation and unique fields. */
  writable: ReadonlySet<string>;
}

export interface Route {
  op: Op;
  pattern: RegExp;
  keys: readonly string[];
  literals: number;
}

function isObject(v: unknown): v is Attrs {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The documented success response: the lowest 2xx, preferring one with an example. */
function success(m: V3Method): { status: number; example: unknown } {
  const ok = m.responses.filter((r) => r.status >= 200 && r.status < 300).sort((a, b) => a.status - b.status);
  const withExample = ok.find((r) => r.example !== undefined);
  return { status: (withExample ?? ok[0])?.status ?? 200, example: withExample?.example };
}

const META = new Set(['meta', 'links']);

function rootOf(example: Attrs, r: Resource, spec: OpSpec): string | undefined {
  if (spec.root) return spec.root;
  const keys = Object.keys(example).filter((k) => !META.has(k));
  if (spec.kind === 'list') {
    const arrays = keys.filter((k) => Array.isArray(example[k]));
    return arrays.find((k) => k === r.name) ?? arrays[0] ?? r.name;
  }
  if (spec.kind === 'delete' || spec.kind === 'action') return undefined;
  const objects = keys.filter((k) => isObject(example[k]));
  return objects.find((k) => k === r.singular) ?? objects[0] ?? r.singular;
}

function bodyRootOf(m: V3Method, r: Resource): string | undefined {
  const body = m.body;
  if (body?.type !== 'object') return undefined;
  const keys = Object.keys(body.properties);
  // The singular root may be documented loosely (`form` is free-form JSON).
  const own = body.properties[r.singular]?.type;
  if (own === 'object' || own === 'json') return r.singular;
  // Otherwise a lone object property is the root (`{"taskOutcome": {...}}` on tasktypeOutcomeRels).
  const only = keys.length === 1 ? keys[0] : undefined;
  return only !== undefined && body.properties[only]?.type === 'object' ? only : undefined;
}

const byMethodId = new Map(catalog.filter((m): m is V3Method => m.api === 'v3').map((m) => [m.id, m] as const));

function compileOp(r: Resource, id: string, raw: Resource['methods'][string]): Op {
  const method = byMethodId.get(id);
  if (!method) throw new Error(`Resource ${r.name} declares ${id}, which is not a v3 catalog method.`);
  const spec: OpSpec = typeof raw === 'string' ? { kind: raw } : raw;
  const { status, example } = success(method);
  const body = isObject(example) ? example : {};
  const root = rootOf(body, r, spec);
  const documented = root === undefined ? undefined : body[root];
  return {
    method,
    resource: r,
    spec,
    status,
    example: body,
    documented: example,
    root,
    itemExample: spec.kind === 'list' && Array.isArray(documented) ? documented[0] : documented,
    bodyRoot: bodyRootOf(method, r),
  };
}

const DATE_ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:?\d\d$/;
const DATE_ISO_Z = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;
const DATE_COLUMN = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/;
const CREATED = /^(cdate|created_?(timestamp|at|date|utc_timestamp)|createdAt|createdTimestamp|createdDate)$/;
const UPDATED =
  /^(udate|mdate|tstamp|updated_?(timestamp|at|date|utc_timestamp)|updatedAt|updatedTimestamp|updatedDate)$/;

function formatOf(v: unknown): StampFormat | undefined {
  if (typeof v !== 'string') return undefined;
  if (DATE_ISO.test(v)) return 'iso';
  if (DATE_ISO_Z.test(v)) return 'isoZ';
  if (DATE_COLUMN.test(v)) return 'column';
  return undefined;
}

function shapeOf(r: Resource, ops: readonly Op[]): Shape {
  const merged: Attrs = {};
  // Reads document the stored shape; write answers sometimes echo values in another kind (`status: 1`).
  const reads = (op: Op) => (op.spec.kind === 'list' || op.spec.kind === 'get' ? 0 : 1);
  for (const op of [...ops].sort((a, b) => reads(a) - reads(b))) {
    // Only answers that carry this resource's own records shape it (a documented oddity such as
    // tasktypeOutcomeRels answering under `taskOutcome` does not).
    const own = op.spec.root !== undefined || op.root === r.name || op.root === r.singular;
    if (op.resource !== r || op.root === undefined || !own) continue;
    const documented = op.example[op.root];
    const items = Array.isArray(documented) ? documented : [documented];
    for (const item of items) {
      if (!isObject(item)) continue;
      for (const [k, v] of Object.entries(item)) if (!(k in merged) || merged[k] === null) merged[k] = v;
    }
  }
  const base: Attrs = { ...merged, ...r.defaults };
  const keys = Object.keys(merged);
  for (const k of Object.keys(r.defaults ?? {})) if (!keys.includes(k)) keys.push(k);
  const extra = new Set(r.stampedOnCreate ?? []);
  const stamps = (re: RegExp, also: ReadonlySet<string> = new Set()) =>
    keys.flatMap((k) => {
      const f = re.test(k) || also.has(k) ? formatOf(merged[k]) : undefined;
      return f ? [[k, f] as const] : [];
    });
  const links = merged.links;
  const writable = new Set(keys.filter((k) => k !== 'id' && k !== 'links'));
  for (const rel of r.relations ?? []) writable.add(rel.field);
  for (const u of r.unique ?? []) u.fields.forEach((f) => writable.add(f));
  return {
    keys,
    base,
    documented: merged,
    created: stamps(CREATED, extra),
    updated: stamps(UPDATED),
    links: Array.isArray(links) ? 'array' : isObject(links) ? Object.keys(links) : undefined,
    writable,
  };
}

function compileRoute(op: Op): Route {
  const keys: string[] = [];
  const source = op.method.path.replace(/\{(\w+)\}/g, (_m, key: string) => {
    keys.push(key);
    return '([^/]+)';
  });
  const literals = op.method.path.split('/').filter((s) => s && !s.startsWith('{')).length;
  return { op, pattern: new RegExp(`^${source}/?$`), keys, literals };
}

/** Every declared resource by table name. */
export const resourceByName: ReadonlyMap<string, Resource> = new Map(resources.map((r) => [r.name, r]));

/** Every declared method as an operation. */
export const ops: readonly Op[] = resources.flatMap((r) =>
  Object.entries(r.methods).map(([id, spec]) => compileOp(r, id, spec)),
);

/** Each resource's record shape. */
export const shapes: ReadonlyMap<string, Shape> = new Map(resources.map((r) => [r.name, shapeOf(r, ops)]));

/** Routes, most literal first, so `/lists/exclusions` is not read as a list id. */
export const routes: readonly Route[] = ops
  .map(compileRoute)
  .sort((a, b) => b.literals - a.literals || a.keys.length - b.keys.length);

/** Table → the relations (of any resource) that point at its records. */
export const referrers: ReadonlyMap<string, readonly { resource: Resource; relation: Relation }[]> = (() => {
  const out = new Map<string, { resource: Resource; relation: Relation }[]>();
  for (const resource of resources) {
    for (const relation of resource.relations ?? []) {
      const list = out.get(relation.to) ?? [];
      list.push({ resource, relation });
      out.set(relation.to, list);
    }
  }
  return out;
})();

/** Where a resource's records are reached: `/api/3/<base>/<id>`. */
export function baseOf(r: Resource): string {
  return r.base ?? r.name;
}

/** Record URL bases, longest first, for reading `/api/3/<base>/<id>/<link>`. */
export const bases: readonly (readonly [string, Resource])[] = resources
  .map((r) => [baseOf(r), r] as const)
  .sort((a, b) => b[0].length - a[0].length);

/** The resource `name` (a programming error when undeclared). */
export function resourceOf(name: string): Resource {
  const r = resourceByName.get(name);
  if (!r) throw new Error(`No resource "${name}" is declared.`);
  return r;
}

/** The shape of resource `name`. */
export function shapeOfTable(name: string): Shape {
  const s = shapes.get(name);
  if (!s) throw new Error(`No resource "${name}" is declared.`);
  return s;
}
