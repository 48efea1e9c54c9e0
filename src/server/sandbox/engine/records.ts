/**
 * The engine's own tables: one per catalog resource that has no typed table
 * (dealTasks, ecomOrders, savedResponses…). Rows are kept in their wire
 * shape, keyed by their id as a string (custom objects use UUIDs), and
 * seeded deterministically from the documented record shapes.
 */
import type { SandboxStore } from '../store';
import { exampleIdsOfTable, templates } from './operations';
import { nativeAdapter } from './native';

export type WireRow = Record<string, unknown> & { id: string };

export interface RecordTable {
  rows: Map<string, WireRow>;
  /** The last numeric id handed out (ids are never reused). */
  lastId: number;
}

/** How many rows each engine table starts with. */
const SEED_ROWS = 3;

/** Keys whose text is varied per seeded row, so a listing does not show three identical names. */
const NAME_KEYS = new Set(['name', 'title', 'label', 'subject', 'tag', 'description', 'fieldLabel']);

function seededRow(template: Record<string, unknown>, id: string, n: number): WireRow {
  const row: Record<string, unknown> = structuredClone(template);
  for (const k of Object.keys(row)) {
    const v = row[k];
    if (n > 1 && NAME_KEYS.has(k) && typeof v === 'string' && v !== '') row[k] = `${v} ${n}`;
  }
  return { ...row, id };
}

/** A freshly seeded engine table for `name` (empty when the catalog documents no record shape). */
function seedTable(name: string): RecordTable {
  const template = templates.get(name);
  const table: RecordTable = { rows: new Map(), lastId: 0 };
  if (!template) return table;
  const ids = new Set<string>();
  for (let i = 1; i <= SEED_ROWS; i++) ids.add(String(i));
  for (const id of exampleIdsOfTable.get(name) ?? []) ids.add(id);
  let n = 0;
  for (const id of ids) {
    n += 1;
    table.rows.set(id, seededRow(template, id, n));
    if (/^\d+$/.test(id)) table.lastId = Math.max(table.lastId, Number(id));
  }
  return table;
}

/** Seeds every engine table (the typed resources are seeded by seed.ts). */
export function seedRecords(): Record<string, RecordTable> {
  const out: Record<string, RecordTable> = {};
  for (const name of templates.keys()) if (!nativeAdapter(name)) out[name] = seedTable(name);
  return out;
}

/** The engine table `name`, created (and seeded) on first use. */
export function recordTable(store: SandboxStore, name: string): RecordTable {
  const existing = store.records[name];
  if (existing) return existing;
  const fresh = seedTable(name);
  store.records[name] = fresh;
  return fresh;
}

/**
 * Removes rows of every engine table that point at a deleted record through
 * a key named after it (`contact`, `deal`, `tag`…), as the real account
 * drops a contact's goals and automations with the contact.
 */
export function cascadeRecords(store: SandboxStore, singular: string, id: string): void {
  for (const table of Object.values(store.records)) {
    for (const [rowId, row] of table.rows)
      if (row[singular] !== undefined && String(row[singular]) === id) table.rows.delete(rowId);
  }
}
