import { utcColumn } from '../clock';
import { EMAIL, emailTaken, saveContact, setFieldValue, setListStatus, tagByName, tagContact } from '../contact-ops';
import { byId, deleteContact, findContactByEmail, removeWhere, type ContactRecord, type SandboxStore } from '../store';
import { hashOf } from '../v3/serialize';
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
function fieldId(store: SandboxStore, key: string): number | undefined {
  const ref = key.replace(/,\d+$/, '').trim();
  const perstag = /^%(.+)%$/.exec(ref)?.[1];
  for (const f of store.fields.rows.values()) {
    if (perstag ? f.perstag.toUpperCase() === perstag.toUpperCase() : String(f.id) === ref) return f.id;
  }
  return undefined;
}

/**
 * Applies the shared add/edit/sync parameters: names, phone, custom fields,
 * tags and `p[<listId>]` / `status[<listId>]` list memberships. With
 * `overwrite` (contact_edit's default) lists not named are unsubscribed.
 */
function applyContact(call: V1Call, existing: ContactRecord | undefined, overwrite: boolean): ContactRecord {
  const { store } = call;
  const contact = saveContact(
    store,
    {
      email: call.param('email'),
      firstName: call.param('first_name'),
      lastName: call.param('last_name'),
      phone: call.param('phone'),
    },
    existing,
  );
  for (const [key, value] of bracketed(call, 'field')) {
    const field = fieldId(store, key);
    if (field !== undefined) setFieldValue(store, contact.id, field, value);
  }
  for (const name of tagNames(call)) tagContact(store, contact.id, tagByName(store, name).id);
  const statuses = new Map(bracketed(call, 'status'));
  const named = new Set<number>();
  for (const [key] of bracketed(call, 'p')) {
    const list = byId(store.lists, key);
    if (!list) continue;
    named.add(list.id);
    setListStatus(store, contact.id, list.id, statuses.get(key) === '2' ? 2 : 1);
  }
  if (overwrite && existing) {
    for (const cl of store.contactLists.rows.values())
      if (cl.contact === contact.id && !named.has(cl.list)) cl.status = 2;
  }
  return contact;
}

function added(call: V1Call, contact: ContactRecord, message: string) {
  return ok(call, { subscriber_id: contact.id, sendlast_should: 0, sendlast_did: 0 }, message);
}

function validEmail(call: V1Call): string | undefined {
  const email = (call.param('email') ?? '').trim();
  return EMAIL.test(email) ? email : undefined;
}

const NOT_VALID = 'Contact Email Address is not valid.';

function findContact(call: V1Call): ContactRecord | undefined {
  const id = call.param('id');
  if (id) return byId(call.store.contacts, id);
  const email = call.param('email');
  return email ? findContactByEmail(call.store, email) : undefined;
}

export const contactActions: Record<string, Action> = {
  contact_add: (call) => {
    const email = validEmail(call);
    if (!email) return fail(call, NOT_VALID);
    if (emailTaken(call.store, email)) return fail(call, 'Contact Email Address already exists in the system.');
    if (bracketed(call, 'p').length === 0) return fail(call, 'You must select at least one list (p[<listId>]).');
    return added(call, applyContact(call, undefined, false), 'Contact added');
  },
  contact_sync: (call) => {
    const email = validEmail(call);
    if (!email) return fail(call, NOT_VALID);
    const existing = findContactByEmail(call.store, email);
    return added(call, applyContact(call, existing, false), existing ? 'Contact updated' : 'Contact added');
  },
  contact_edit: (call) => {
    const existing = byId(call.store.contacts, call.param('id'));
    if (!existing) return fail(call);
    const email = validEmail(call);
    if (!email) return fail(call, NOT_VALID);
    if (emailTaken(call.store, email, existing.id))
      return fail(call, 'Contact Email Address already exists in the system.');
    const overwrite = (call.param('overwrite') ?? '1') !== '0';
    return added(call, applyContact(call, existing, overwrite), 'Contact updated');
  },
  contact_view: (call) => view(call, byId(call.store.contacts, call.param('id'))),
  contact_view_email: (call) => view(call, findContactByEmail(call.store, call.param('email') ?? '')),
  contact_view_hash: (call) =>
    view(
      call,
      [...call.store.contacts.rows.values()].find((c) => hashOf(c.email) === call.param('hash')),
    ),
  contact_list: (call) => {
    const { store } = call;
    const byIds = idFilter(call.param('ids'));
    const email = call.param('filters[email]')?.toLowerCase();
    const listid = call.param('filters[listid]');
    const onList = new Map<number, Set<number>>();
    for (const cl of store.contactLists.rows.values()) {
      onList.set(cl.contact, (onList.get(cl.contact) ?? new Set()).add(cl.list));
    }
    // Contacts on no list are not returned by contact_list.
    let rows = [...store.contacts.rows.values()].filter(
      (c) =>
        onList.has(c.id) &&
        (!byIds || byIds(c.id)) &&
        (!email || c.email.toLowerCase() === email) &&
        (!listid || onList.get(c.id)?.has(Number(listid)) === true),
    );
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
            ? contactV1(store, c)
            : {
                id: String(c.id),
                email: c.email,
                first_name: c.firstName,
                last_name: c.lastName,
                sdate: utcColumn(c.cdate),
              },
        ),
      ),
    );
  },
  contact_delete: (call) => {
    const contact = byId(call.store.contacts, call.param('id'));
    if (!contact) return fail(call);
    deleteContact(call.store, contact.id);
    return ok(call, {}, 'Contact deleted');
  },
  contact_delete_list: (call) => {
    const wanted = idFilter(call.param('ids'));
    const doomed = [...call.store.contacts.rows.values()].filter((c) => wanted?.(c.id));
    if (doomed.length === 0) return fail(call);
    for (const c of doomed) deleteContact(call.store, c.id);
    return ok(call, {});
  },
  contact_tag_add: (call) => {
    const contact = findContact(call);
    const names = tagNames(call);
    if (!contact || names.length === 0) return fail(call);
    for (const name of names) tagContact(call.store, contact.id, tagByName(call.store, name).id);
    return ok(call, {});
  },
  contact_tag_remove: (call) => {
    const contact = findContact(call);
    const names = new Set(tagNames(call).map((n) => n.toLowerCase()));
    if (!contact || names.size === 0) return fail(call);
    const { store } = call;
    removeWhere(
      store.contactTags,
      (ct) => ct.contact === contact.id && names.has((store.tags.rows.get(ct.tag)?.tag ?? '').toLowerCase()),
    );
    return ok(call, {}, 'Contact tag deleted');
  },
};

function view(call: V1Call, contact: ContactRecord | undefined) {
  return contact ? ok(call, contactV1(call.store, contact)) : fail(call);
}
