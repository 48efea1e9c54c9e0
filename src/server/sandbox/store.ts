/**
 * The sandbox account's data. Plain records keyed by numeric id; the v3 and
 * v1 handlers share it, so a contact added through one is seen by the other.
 * Node runs handlers one at a time, so each write is atomic by construction.
 */

export interface ContactRecord {
  id: number;
  email: string;
  firstName: string;
  lastName: string;
  phone: string;
  cdate: Date;
  udate: Date;
}

export interface FieldRecord {
  id: number;
  title: string;
  type: string;
  perstag: string;
}

export interface FieldValueRecord {
  id: number;
  contact: number;
  field: number;
  value: string;
  cdate: Date;
  udate: Date;
}

export interface UserRecord {
  id: number;
  username: string;
  firstName: string;
  lastName: string;
  email: string;
}

export interface SandboxStore {
  /** The account's public host, used to build `links` the way ActiveCampaign does. */
  baseUrl: string;
  contacts: Map<number, ContactRecord>;
  fields: Map<number, FieldRecord>;
  fieldValues: Map<number, FieldValueRecord>;
  users: Map<number, UserRecord>;
  /** The last id handed out per table; ids are never reused. */
  lastIds: Record<'contacts' | 'fieldValues' | 'fields' | 'users', number>;
  /** The clock, injectable so tests and seeds are deterministic. */
  now: () => Date;
}

/** Hands out the next id for a table. */
export function nextId(store: SandboxStore, table: keyof SandboxStore['lastIds']): number {
  store.lastIds[table] += 1;
  return store.lastIds[table];
}

/** Finds a contact by email, case-insensitively as ActiveCampaign does. */
export function findContactByEmail(store: SandboxStore, email: string): ContactRecord | undefined {
  const wanted = email.trim().toLowerCase();
  for (const c of store.contacts.values()) if (c.email.toLowerCase() === wanted) return c;
  return undefined;
}
