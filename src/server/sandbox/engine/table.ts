/**
 * One resource's rows, in insertion (id) order, with the indexes the engine
 * needs to stay fast at 100,000 contacts: an id list for paging without a
 * scan, unique keys (a contact's email) and relation keys (a membership's
 * contact) answered from maps instead of full-table searches.
 */
import type { Row, UniqueKey } from './resource';

/** The index key of a value, or undefined for "no value" (empty, null, the legacy `0`). */
function keyOf(value: unknown, ignoreCase = false): string | undefined {
  if (value === undefined || value === null) return undefined;
  const text = typeof value === 'string' ? value.trim() : String(value);
  if (text === '' || text === '0') return undefined;
  return ignoreCase ? text.toLowerCase() : text;
}

export class Table {
  readonly rows = new Map<string, Row>();
  /** The last numeric id handed out; ids are never reused. */
  lastId = 0;
  /** Ids in row order for O(1) positional access; dropped on delete and rebuilt on demand. */
  private order: string[] | undefined = [];
  private readonly uniques: { key: UniqueKey; map: Map<string, string> }[];
  /** Relation field → referenced id → ids of the rows holding it (small arrays: a contact has a few memberships). */
  private readonly refs = new Map<string, Map<string, string[]>>();

  constructor(
    readonly name: string,
    unique: readonly UniqueKey[] = [],
    refFields: readonly string[] = [],
  ) {
    this.uniques = unique.map((key) => ({ key, map: new Map() }));
    for (const f of refFields) this.refs.set(f, new Map());
  }

  get size(): number {
    return this.rows.size;
  }

  get(id: unknown): Row | undefined {
    const k = typeof id === 'number' ? String(id) : typeof id === 'string' ? id.trim() : undefined;
    return k === undefined ? undefined : this.rows.get(k);
  }

  /** The next numeric id (allocation and insert happen in one synchronous step, so parallel creates never share one). */
  nextId(): string {
    this.lastId += 1;
    return String(this.lastId);
  }

  /** The row at `index` in id order. */
  at(index: number): Row | undefined {
    this.order ??= [...this.rows.keys()];
    const id = this.order[index];
    return id === undefined ? undefined : this.rows.get(id);
  }

  add(row: Row): void {
    this.rows.set(row.id, row);
    this.order?.push(row.id);
    const n = Number(row.id);
    if (Number.isInteger(n) && n > this.lastId) this.lastId = n;
    this.index(row, true);
  }

  /** Replaces a row's attributes in place, keeping the indexes true. */
  write(row: Row, attrs: Record<string, unknown>): void {
    this.index(row, false);
    Object.assign(row, attrs);
    this.index(row, true);
  }

  remove(id: string): Row | undefined {
    const row = this.rows.get(id);
    if (!row) return undefined;
    this.index(row, false);
    this.rows.delete(id);
    this.order = undefined;
    return row;
  }

  /** The row holding these values of a unique key, if any. */
  findUnique(key: UniqueKey, values: Record<string, unknown>): Row | undefined {
    const entry = this.uniques.find((u) => u.key === key);
    const k = entry && this.compositeKey(entry.key, values);
    const id = k === undefined ? undefined : entry?.map.get(k);
    return id === undefined ? undefined : this.rows.get(id);
  }

  /** Ids of the rows whose `field` holds `value` (for an indexed relation field), else undefined. */
  referencing(field: string, value: string): readonly string[] | undefined {
    const map = this.refs.get(field);
    if (!map) return undefined;
    return map.get(value) ?? [];
  }

  private compositeKey(key: UniqueKey, values: Record<string, unknown>): string | undefined {
    const { fields, ignoreCase } = key;
    if (fields.length === 1) return keyOf(values[fields[0] ?? ''], ignoreCase);
    let out = '';
    for (const f of fields) {
      const k = keyOf(values[f], ignoreCase);
      if (k === undefined) return undefined;
      out += `${k}\u0000`;
    }
    return out;
  }

  private index(row: Row, add: boolean): void {
    for (const { key, map } of this.uniques) {
      const k = this.compositeKey(key, row);
      if (k === undefined) continue;
      if (add) map.set(k, row.id);
      else if (map.get(k) === row.id) map.delete(k);
    }
    for (const [field, map] of this.refs) {
      const k = keyOf(row[field]);
      if (k === undefined) continue;
      const ids = map.get(k);
      if (add) {
        if (ids) ids.push(row.id);
        else map.set(k, [row.id]);
      } else if (ids) {
        const at = ids.indexOf(row.id);
        if (at >= 0) ids.splice(at, 1);
      }
    }
  }
}
