import { dbOf, emptyTables } from './engine/db';
import { resources } from './resources';
import { SEED_START } from './resources/common';
import { SEED_CONTACTS, seedContact } from './resources/contacts';
import type { SandboxStore } from './store';

/** An empty account: every declared resource's table, no rows, ids from 1. */
export function emptyStore(baseUrl: string, now: () => Date = () => new Date()): SandboxStore {
  return { baseUrl, now, tables: emptyTables(resources.map((r) => r.name)) };
}

/**
 * Builds the deterministic demo account: the same ids, names and dates on
 * every start, so docs, screenshots and tests can rely on them. Each
 * resource seeds its own rows, in the register's order. `extraContacts`
 * adds that many more deterministic contacts (benchmarks, paging tests).
 */
export function seedStore(baseUrl: string, now: () => Date = () => new Date(), extraContacts = 0): SandboxStore {
  const store = emptyStore(baseUrl, now);
  const db = dbOf(store);
  for (const r of resources) r.seed?.((attrs, at) => db.insert(r.name, attrs, at ?? SEED_START), db);
  // Extra contacts come after everything else, so the demo account's ids stay the same whatever the size.
  for (let i = SEED_CONTACTS + 1; i <= SEED_CONTACTS + extraContacts; i++) seedContact(db, i);
  return store;
}

export { SEED_CONTACTS };
