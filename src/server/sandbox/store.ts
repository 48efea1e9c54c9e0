/**
 * The sandbox account's data: one table per resource, plain JSON-able rows
 * keyed by numeric id. v3 and v1 handlers share it, so a contact added
 * through one is seen by the other. Handlers run synchronously on Node's
 * single thread, so every write (including id allocation) is atomic.
 */

import type { RecordTable } from './engine/records';

/** Epoch milliseconds; serialised as ISO with the account's offset on the wire. */
type Millis = number;

export interface ContactRecord {
  id: number;
  email: string;
  firstName: string;
  lastName: string;
  phone: string;
  cdate: Millis;
  udate: Millis;
}

export interface ListRecord {
  id: number;
  name: string;
  stringid: string;
  senderUrl: string;
  senderReminder: string;
  cdate: Millis;
  udate: Millis;
}

export interface TagRecord {
  id: number;
  tag: string;
  tagType: string;
  description: string;
  cdate: Millis;
}

export interface ContactTagRecord {
  id: number;
  contact: number;
  tag: number;
  cdate: Millis;
}

export interface ContactListRecord {
  id: number;
  contact: number;
  list: number;
  /** 1 subscribed, 2 unsubscribed. */
  status: number;
  cdate: Millis;
  udate: Millis;
}

export interface FieldRecord {
  id: number;
  title: string;
  type: string;
  perstag: string;
  descript: string;
  defval: string;
  cdate: Millis;
  udate: Millis;
}

export interface FieldValueRecord {
  id: number;
  contact: number;
  field: number;
  value: string;
  cdate: Millis;
  udate: Millis;
}

export interface PipelineRecord {
  id: number;
  title: string;
  currency: string;
  cdate: Millis;
  udate: Millis;
}

export interface StageRecord {
  id: number;
  group: number;
  title: string;
  order: number;
  color: string;
  cdate: Millis;
  udate: Millis;
}

export interface DealRecord {
  id: number;
  title: string;
  description: string;
  contact: number | null;
  account: number | null;
  group: number;
  stage: number;
  owner: number;
  /** In cents, as the API takes and returns it. */
  value: number;
  currency: string;
  percent: number;
  /** 0 open, 1 won, 2 lost. */
  status: number;
  cdate: Millis;
  mdate: Millis;
}

export interface AccountRecord {
  id: number;
  name: string;
  accountUrl: string;
  cdate: Millis;
  udate: Millis;
}

export interface NoteRecord {
  id: number;
  note: string;
  relid: number;
  reltype: 'Subscriber' | 'Deal' | 'CustomerAccount';
  userid: number;
  cdate: Millis;
  mdate: Millis;
}

export interface WebhookRecord {
  id: number;
  name: string;
  url: string;
  events: string[];
  sources: string[];
  listid: number;
  cdate: Millis;
}

export interface UserRecord {
  id: number;
  username: string;
  firstName: string;
  lastName: string;
  email: string;
}

export interface AutomationRecord {
  id: number;
  name: string;
  status: number;
  entered: number;
  exited: number;
  cdate: Millis;
  mdate: Millis;
}

export interface CampaignRecord {
  id: number;
  name: string;
  type: string;
  status: number;
  sent: number;
  opens: number;
  clicks: number;
  cdate: Millis;
  sdate: Millis;
}

/** Rows of one resource plus the last id handed out (ids are never reused). */
export interface Table<T extends { id: number }> {
  rows: Map<number, T>;
  lastId: number;
}

export interface Tables {
  contacts: Table<ContactRecord>;
  lists: Table<ListRecord>;
  tags: Table<TagRecord>;
  contactTags: Table<ContactTagRecord>;
  contactLists: Table<ContactListRecord>;
  fields: Table<FieldRecord>;
  fieldValues: Table<FieldValueRecord>;
  pipelines: Table<PipelineRecord>;
  stages: Table<StageRecord>;
  deals: Table<DealRecord>;
  accounts: Table<AccountRecord>;
  notes: Table<NoteRecord>;
  webhooks: Table<WebhookRecord>;
  users: Table<UserRecord>;
  automations: Table<AutomationRecord>;
  campaigns: Table<CampaignRecord>;
}

export type TableName = keyof Tables;

export const TABLE_NAMES: readonly TableName[] = [
  'contacts',
  'lists',
  'tags',
  'contactTags',
  'contactLists',
  'fields',
  'fieldValues',
  'pipelines',
  'stages',
  'deals',
  'accounts',
  'notes',
  'webhooks',
  'users',
  'automations',
  'campaigns',
];

export interface SandboxStore extends Tables {
  /** The engine's tables for every other catalog resource (dealTasks, ecomOrders…), keyed by plural root. */
  records: Record<string, RecordTable>;
  /** The account's public host, used to build `links` the way ActiveCampaign does. */
  baseUrl: string;
  /** The clock, injectable so tests and seeds are deterministic. */
  now: () => Date;
}

/** An empty table. */
export function emptyTable<T extends { id: number }>(): Table<T> {
  return { rows: new Map(), lastId: 0 };
}

/** Inserts a row built around the next id; allocation and insert happen in one synchronous step. */
export function insert<T extends { id: number }>(table: Table<T>, build: (id: number) => T): T {
  table.lastId += 1;
  const row = build(table.lastId);
  table.rows.set(row.id, row);
  return row;
}

/** Looks a row up by a wire id (`"12"` or `12`); anything not a positive integer finds nothing. */
export function byId<T extends { id: number }>(table: Table<T>, id: unknown): T | undefined {
  const n = typeof id === 'number' ? id : typeof id === 'string' && /^\d+$/.test(id.trim()) ? Number(id) : NaN;
  return Number.isInteger(n) ? table.rows.get(n) : undefined;
}

/** Removes every row matching `pred`; used to keep relationships consistent on delete. */
export function removeWhere<T extends { id: number }>(table: Table<T>, pred: (row: T) => boolean): void {
  for (const [id, row] of table.rows) if (pred(row)) table.rows.delete(id);
}

/** Finds a contact by email, case-insensitively as ActiveCampaign does. */
export function findContactByEmail(store: SandboxStore, email: string): ContactRecord | undefined {
  const wanted = email.trim().toLowerCase();
  for (const c of store.contacts.rows.values()) if (c.email.toLowerCase() === wanted) return c;
  return undefined;
}

/** Deletes a contact with everything that hangs off it, as the real account does. */
export function deleteContact(store: SandboxStore, id: number): void {
  store.contacts.rows.delete(id);
  removeWhere(store.fieldValues, (r) => r.contact === id);
  removeWhere(store.contactTags, (r) => r.contact === id);
  removeWhere(store.contactLists, (r) => r.contact === id);
  removeWhere(store.notes, (r) => r.reltype === 'Subscriber' && r.relid === id);
  for (const d of store.deals.rows.values()) if (d.contact === id) d.contact = null;
  // Engine rows that hang off the contact (goals, automations, account links…) go with it.
  for (const table of Object.values(store.records)) {
    for (const [rowId, row] of table.rows)
      if (row.contact !== undefined && String(row.contact) === String(id)) table.rows.delete(rowId);
  }
}
