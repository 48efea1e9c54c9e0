import {
  findContactByEmail,
  insert,
  type ContactRecord,
  type ContactTagRecord,
  type SandboxStore,
  type TagRecord,
} from './store';

/** A loose but honest email check: something@something.tld, no spaces. */
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface ContactInput {
  email?: string;
  firstName?: string;
  lastName?: string;
  phone?: string;
}

/**
 * Creates a contact, or updates `existing` with only the attributes given
 * (the v3 PUT and sync semantics). Shared by v3 and v1 so both APIs write
 * the same rows.
 */
export function saveContact(store: SandboxStore, input: ContactInput, existing?: ContactRecord): ContactRecord {
  const now = store.now().getTime();
  if (existing) {
    if (input.email !== undefined) existing.email = input.email.trim();
    if (input.firstName !== undefined) existing.firstName = input.firstName;
    if (input.lastName !== undefined) existing.lastName = input.lastName;
    if (input.phone !== undefined) existing.phone = input.phone;
    existing.udate = now;
    return existing;
  }
  return insert(store.contacts, (id) => ({
    id,
    email: (input.email ?? '').trim(),
    firstName: input.firstName ?? '',
    lastName: input.lastName ?? '',
    phone: input.phone ?? '',
    cdate: now,
    udate: now,
  }));
}

/** Sets a custom field value for a contact, replacing the previous one for that field. */
export function setFieldValue(store: SandboxStore, contact: number, field: number, value: string): void {
  const now = store.now().getTime();
  for (const fv of store.fieldValues.rows.values()) {
    if (fv.contact === contact && fv.field === field) {
      fv.value = value;
      fv.udate = now;
      return;
    }
  }
  insert(store.fieldValues, (id) => ({ id, contact, field, value, cdate: now, udate: now }));
}

/** Subscribes (1) or unsubscribes (2) a contact on a list, creating the membership if needed. */
export function setListStatus(store: SandboxStore, contact: number, list: number, status: number) {
  const now = store.now().getTime();
  for (const cl of store.contactLists.rows.values()) {
    if (cl.contact === contact && cl.list === list) {
      cl.status = status;
      cl.udate = now;
      return cl;
    }
  }
  return insert(store.contactLists, (id) => ({ id, contact, list, status, cdate: now, udate: now }));
}

/** Finds a tag by name (case-insensitive) or creates it, as v1's `contact_tag_add` does. */
export function tagByName(store: SandboxStore, name: string): TagRecord {
  const wanted = name.trim().toLowerCase();
  for (const t of store.tags.rows.values()) if (t.tag.toLowerCase() === wanted) return t;
  const now = store.now().getTime();
  return insert(store.tags, (id) => ({ id, tag: name.trim(), tagType: 'contact', description: '', cdate: now }));
}

/** Links a tag to a contact once; a second add returns the existing link. */
export function tagContact(store: SandboxStore, contact: number, tag: number): ContactTagRecord {
  for (const ct of store.contactTags.rows.values()) if (ct.contact === contact && ct.tag === tag) return ct;
  const now = store.now().getTime();
  return insert(store.contactTags, (id) => ({ id, contact, tag, cdate: now }));
}

/** True when another contact already uses this email. */
export function emailTaken(store: SandboxStore, email: string, self?: number): boolean {
  const other = findContactByEmail(store, email);
  return other !== undefined && other.id !== self;
}
