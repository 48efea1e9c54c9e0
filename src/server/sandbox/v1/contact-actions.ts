import { utcColumn } from '../clock';
import type { Attrs, Db, Row } from '../engine/resource';
import { EMAIL } from '../engine/validate';
import { text } from '../resources/common';
import { contactHash, writeFieldValues } from '../resources/contacts';
import { bracketed, fail, idFilter, numbered, ok, type Action, type V1Call } from './call';
import { contactV1 } from './serialize';

/** `tags=a, b` or `tags[]=a&tags[]=b` → names. */
function tagNames(call: V1Call): string[] {
  const list = call.pairs.filter(([k]) => k === 'tags' || k === 'tags[]' || /^tags\[\d+\]$/.test(k)).map(([, v]) => v);
  return list
    .flatMap((v) => v.split(','))
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Resolves `field[<id>,0]` or `field[%PERS_TAG%,0]` to a field id. */
function fieldId(db: Db, key: string): string | undefined {
  const ref = key.replace(/,\d+$/, '').trim();
  const perstag = /^%(.+)%$/.exec(ref)?.[1];
  if (!perstag) return db.find('fields', ref)?.id;
  return db.findBy('fields', { perstag: perstag.toUpperCase() })?.id;
}

/** Finds a tag by name (case-insensitive) or creates it, as `contact_tag_add` does. */
function tagByName(db: Db, name: string): Row {
  return db.findBy('tags', { tag: name }) ?? db.insert('tags', { tag: name, tagType: 'contact', description: '' });
}

/** Links a tag to a contact once. */
function tagContact(db: Db, contact: string, tag: string): void {
  if (!db.findBy('contactTags', { contact, tag })) db.insert('contactTags', { contact, tag });
}

/** Subscribes (1) or unsubscribes (2) a contact on a list, creating the membership if needed. */
function setListStatus(db: Db, contact: string, list: string, status: string): void {
  const member = db.findBy('contactLists', { contact, list });
  if (member) db.update('contactLists', member, { status });
  else db.insert('contactLists', { contact, list, status });
}

/**
 * Applies the add/edit/sync parameters: names, phone, custom fields, tags
 * and `p[<listId>]` / `status[<listId>]` list memberships. With `overwrite`
 * (contact_edit's default) lists not named are unsubscribed.
 */
function applyContact(call: V1Call, existing: Row | undefined, overwrite: boolean): Row {
  const { db } = call;
  const attrs: Attrs = {};
  for (const [param, attr] of [
    ['email', 'email'],
    ['first_name', 'firstName'],
    ['last_name', 'lastName'],
    ['phone', 'phone'],
  ] as const) {
    const v = call.param(param);
    if (v !== undefined) attrs[attr] = attr === 'email' ? v.trim() : v;
  }
  const contact = existing ? db.update('contacts', existing, attrs) : db.insert('contacts', attrs);
  const values = bracketed(call, 'field').flatMap(([key, value]) => {
    const field = fieldId(db, key);
    return field ? [{ field, value }] : [];
  });
  writeFieldValues(db, contact, values);
  for (const name of tagNames(call)) tagContact(db, contact.id, tagByName(db, name).id);
  const statuses = new Map(bracketed(call, 'status'));
  const named = new Set<string>();
  for (const [key] of bracketed(call, 'p')) {
    const list = db.find('lists', key);
    if (!list) continue;
    named.add(list.id);
    setListStatus(db, contact.id, list.id, statuses.get(key) === '2' ? '2' : '1');
  }
  if (overwrite && existing) {
    for (const cl of db.children('contactLists', 'contact', contact.id))
      if (!named.has(text(cl.list))) db.update('contactLists', cl, { status: '2' });
  }
  return contact;
}

function added(call: V1Call, contact: Row, message: string) {
  return ok(call, { subscriber_id: Number(contact.id), sendlast_should: 0, sendlast_did: 0 }, message);
}

function validEmail(call: V1Call): string | undefined {
  const email = (call.param('email') ?? '').trim();
  return EMAIL.test(email) ? email : undefined;
}

const NOT_VALID = 'Contact Email Address is not valid.';
const TAKEN = 'Contact Email Address already exists in the system.';

function byEmail(call: V1Call, email: string): Row | undefined {
  return call.db.findBy('contacts', { email });
}

function findContact(call: V1Call): Row | undefined {
  const id = call.param('id');
  if (id) return call.db.find('contacts', id);
  const email = call.param('email');
  return email ? byEmail(call, email) : undefined;
}

function view(call: V1Call, contact: Row | undefined) {
  return contact ? ok(call, contactV1(call.db, contact)) : fail(call);
}

export const contactActions: Record<string, Action> = {
  contact_add: (call) => {
    const email = validEmail(call);
    if (!email) return fail(call, NOT_VALID);
    if (byEmail(call, email)) return fail(call, TAKEN);
    if (bracketed(call, 'p').length === 0) return fail(call, 'You must select at least one list (p[<listId>]).');
    return added(call, applyContact(call, undefined, false), 'Contact added');
  },
  contact_sync: (call) => {
    const email = validEmail(call);
    if (!email) return fail(call, NOT_VALID);
    const existing = byEmail(call, email);
    return added(call, applyContact(call, existing, false), existing ? 'Contact updated' : 'Contact added');
  },
  contact_edit: (call) => {
    const existing = call.db.find('contacts', call.param('id'));
    if (!existing) return fail(call);
    const email = validEmail(call);
    if (!email) return fail(call, NOT_VALID);
    const other = byEmail(call, email);
    if (other && other.id !== existing.id) return fail(call, TAKEN);
    const overwrite = (call.param('overwrite') ?? '1') !== '0';
    return added(call, applyContact(call, existing, overwrite), 'Contact updated');
  },
  contact_view: (call) => view(call, call.db.find('contacts', call.param('id'))),
  contact_view_email: (call) => view(call, byEmail(call, call.param('email') ?? '')),
  contact_view_hash: (call) => {
    const hash = call.param('hash') ?? '';
    return view(
      call,
      [...(call.store.tables.get('contacts')?.rows.values() ?? [])].find((c) => contactHash(c) === hash),
    );
  },
  contact_list: (call) => {
    const { db } = call;
    const byIds = idFilter(call.param('ids'));
    const email = call.param('filters[email]')?.toLowerCase();
    const listid = call.param('filters[listid]');
    // Contacts on no list are not returned by contact_list.
    const onList = (c: Row) => db.children('contactLists', 'contact', c.id);
    let rows = [...(call.store.tables.get('contacts')?.rows.values() ?? [])].filter((c) => {
      if (byIds && !byIds(c.id)) return false;
      if (email && text(c.email).toLowerCase() !== email) return false;
      const lists = onList(c);
      return lists.length > 0 && (!listid || lists.some((l) => text(l.list) === listid));
    });
    if (call.param('sort_direction')?.toUpperCase() === 'DESC') rows = rows.reverse();
    const pageNo = Math.max(1, Number(call.param('page') ?? 1) || 1);
    rows = rows.slice((pageNo - 1) * 20, pageNo * 20);
    if (rows.length === 0) return fail(call);
    const full = call.param('full') === '1';
    return ok(
      call,
      numbered(
        rows.map((c) =>
          full
            ? contactV1(db, c)
            : {
                id: c.id,
                email: c.email,
                first_name: c.firstName,
                last_name: c.lastName,
                sdate: utcColumn(Date.parse(text(c.cdate))),
              },
        ),
      ),
    );
  },
  contact_delete: (call) =>
    call.db.remove('contacts', call.param('id') ?? '') ? ok(call, {}, 'Contact deleted') : fail(call),
  contact_delete_list: (call) => {
    const wanted = idFilter(call.param('ids'));
    const doomed = [...(call.store.tables.get('contacts')?.rows.keys() ?? [])].filter((id) => wanted?.(id));
    if (doomed.length === 0) return fail(call);
    for (const id of doomed) call.db.remove('contacts', id);
    return ok(call, {});
  },
  contact_tag_add: (call) => {
    const contact = findContact(call);
    const names = tagNames(call);
    if (!contact || names.length === 0) return fail(call);
    for (const name of names) tagContact(call.db, contact.id, tagByName(call.db, name).id);
    return ok(call, {});
  },
  contact_tag_remove: (call) => {
    const contact = findContact(call);
    const names = new Set(tagNames(call).map((n) => n.toLowerCase()));
    if (!contact || names.size === 0) return fail(call);
    for (const link of call.db.children('contactTags', 'contact', contact.id)) {
      if (names.has(text(call.db.find('tags', link.tag)?.tag).toLowerCase())) call.db.remove('contactTags', link.id);
    }
    return ok(call, {}, 'Contact tag deleted');
  },
};
