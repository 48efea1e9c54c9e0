/**
 * The sandbox account's data: one table per declared resource, holding
 * plain JSON-able rows keyed by string id. v3 and v1 read and write the
 * same tables, so a contact added through one is seen by the other.
 * Handlers run synchronously on Node's single thread, so every write
 * (including id allocation) is atomic.
 */
import type { Table } from './engine/table';

export interface SandboxStore {
  /** The account's public host, used to build `links` the way ActiveCampaign does. */
  baseUrl: string;
  /** The clock, injectable so tests and seeds are deterministic. */
  now: () => Date;
  /** Every resource's table, by name (the plural JSON root). */
  readonly tables: ReadonlyMap<string, Table>;
}

/** The table `name`; an unknown name is a programming error, not a request error. */
export function tableOf(store: SandboxStore, name: string): Table {
  const table = store.tables.get(name);
  if (!table) throw new Error(`The sandbox has no table "${name}".`);
  return table;
}
