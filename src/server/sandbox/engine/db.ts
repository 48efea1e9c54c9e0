/**
 * Record operations over the store, following the model: inserts stamp the
 * documented timestamps, writes coerce values to the documented kinds (ids
 * are strings on the wire), deletes cascade along the declared relations,
 * and reads serialise a row into its documented shape with `links`.
 */
import { isoWithOffset, utcColumn } from '../clock';
import { tableOf, type SandboxStore } from '../store';
import { baseOf, referrers, resourceOf, shapeOfTable, type StampFormat } from './model';
import type { Attrs, Db, Row } from './resource';
import { Table } from './table';

/** The last stamp written per format: rows written together (a seeded contact and its memberships) share one string. */
const lastStamp = new Map<StampFormat, { at: number; text: string }>();

function stamp(format: StampFormat, at: number): string {
  const last = lastStamp.get(format);
  if (last?.at === at) return last.text;
  const text = format === 'column' ? utcColumn(at) : format === 'isoZ' ? new Date(at).toISOString() : isoWithOffset(at);
  lastStamp.set(format, { at, text });
  return text;
}

/** A value bent to the documented kind of its attribute: `4` → `"4"` where a string is documented, and back. */
function coerce(value: unknown, documented: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (typeof documented === 'string' && (typeof value === 'number' || typeof value === 'boolean'))
    return typeof value === 'boolean' ? (value ? '1' : '0') : String(value);
  if (typeof documented === 'number' && typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim()))
    return Number(value);
  if (typeof documented === 'number' && typeof value === 'boolean') return value ? 1 : 0;
  if (Array.isArray(value) || (typeof value === 'object' && value !== null)) return structuredClone(value);
  return value;
}

/** The writable attributes of `attrs`, coerced, written into `out`. */
function coerceInto<T extends Attrs>(out: T, table: string, attrs: Attrs): T {
  const { base, documented, writable } = shapeOfTable(table);
  for (const k in attrs) if (writable.has(k)) (out as Attrs)[k] = coerce(attrs[k], documented[k] ?? base[k]);
  return out;
}

/** A fresh table for every declared resource. */
export function emptyTables(names: readonly string[]): Map<string, Table> {
  return new Map(
    names.map((name) => {
      const r = resourceOf(name);
      return [
        name,
        new Table(
          name,
          r.unique,
          (r.relations ?? []).map((rel) => rel.field),
        ),
      ];
    }),
  );
}

/** A row's value of `field` as an id string ('' when none). */
function ref(row: Row, field: string): string {
  const v = row[field];
  return typeof v === 'string' || typeof v === 'number' ? String(v) : '';
}

/** The record operations over `store` (see `Db`). */
export function dbOf(store: SandboxStore): Db {
  const db: Db = {
    store,
    find: (table, id) => tableOf(store, table).get(id),
    children(table, field, id) {
      const t = tableOf(store, table);
      const ids = t.referencing(field, id);
      if (ids) return ids.flatMap((x) => t.rows.get(x) ?? []);
      return [...t.rows.values()].filter((r) => ref(r, field) === id);
    },
    findBy(table, values) {
      const t = tableOf(store, table);
      const given = Object.keys(values);
      const key = resourceOf(table).unique?.find(
        (u) => u.fields.length === given.length && u.fields.every((f) => given.includes(f)),
      );
      if (key) return t.findUnique(key, values);
      return [...t.rows.values()].find((r) => given.every((k) => ref(r, k) === String(values[k])));
    },
    insert(table, attrs, at) {
      const t = tableOf(store, table);
      const shape = shapeOfTable(table);
      const when = at ?? store.now().getTime();
      // Seeds and hooks may name the id; a request's `id` never gets here (writes drop it).
      const given = typeof attrs.id === 'string' && attrs.id !== '' ? attrs.id : undefined;
      const serial = given ? undefined : t.nextId();
      const make = resourceOf(table).newId;
      const row = coerceInto<Row>({ id: given ?? (make ? make(Number(serial)) : (serial ?? '')) }, table, attrs);
      for (const [k, f] of shape.created) if (attrs[k] === undefined) row[k] = stamp(f, when);
      for (const [k, f] of shape.updated) if (attrs[k] === undefined) row[k] = stamp(f, when);
      t.add(row);
      return row;
    },
    update(table, row, attrs) {
      const shape = shapeOfTable(table);
      const next = coerceInto<Attrs>({}, table, attrs);
      const when = store.now().getTime();
      for (const [k, f] of shape.updated) if (attrs[k] === undefined) next[k] = stamp(f, when);
      tableOf(store, table).write(row, next);
      return row;
    },
    remove(table, id) {
      const t = tableOf(store, table);
      const row = t.get(id);
      if (!row) return false;
      resourceOf(table).hooks?.beforeDelete?.(row, db);
      t.remove(row.id);
      for (const { resource, relation } of referrers.get(table) ?? []) {
        for (const child of db.children(resource.name, relation.field, row.id)) {
          if (relation.when && ref(child, relation.when.field) !== relation.when.equals) continue;
          if (relation.onDelete === 'cascade') db.remove(resource.name, child.id);
          else if (relation.onDelete === 'clear')
            tableOf(store, resource.name).write(child, { [relation.field]: null });
        }
      }
      return true;
    },
    wire: (table, row) => wire(store, db, table, row),
  };
  return db;
}

/** A row in its documented shape: documented attributes in order, computed ones, `links` to this sandbox. */
function wire(store: SandboxStore, db: Db, table: string, row: Row): Attrs {
  const resource = resourceOf(table);
  const shape = shapeOfTable(table);
  const computed = resource.computed?.(row, db) ?? {};
  const out: Attrs = {};
  if (shape.keys.length === 0) Object.assign(out, row);
  for (const k of shape.keys) {
    if (k === 'links') out.links = linksOf(store, baseOf(resource), row.id, shape.links);
    else if (k === 'id') out.id = row.id;
    else out[k] = k in computed ? computed[k] : row[k] !== undefined ? row[k] : shape.base[k];
  }
  for (const [k, v] of Object.entries(computed)) if (!(k in out)) out[k] = v;
  if (!('id' in out)) out.id = row.id;
  return out;
}

function linksOf(store: SandboxStore, base: string, id: string, links: readonly string[] | 'array' | undefined) {
  if (links === 'array' || links === undefined) return [];
  const prefix = `${store.baseUrl}/api/3/${base}/${encodeURIComponent(id)}/`;
  const out: Record<string, string> = {};
  for (const name of links) out[name] = prefix + name;
  return out;
}
