import { EMAIL, emailTaken, saveContact, setFieldValue, type ContactInput } from '../contact-ops';
import { json, notFound, unprocessable, type FieldError, type SandboxResponse } from '../http-types';
import { byId, deleteContact, findContactByEmail, type ContactRecord, type SandboxStore } from '../store';
import { applyOrders, filter, isRecord, readRoot, route, text, type Ctx, type Route } from './common';
import { readPage } from './paging';
import { contactJson, fieldValuesOf } from './serialize';
import { contactListJson, contactTagJson } from './serialize-lists';
import { dealJson } from './serialize-crm';

const ORDER_COLUMNS: Record<string, (c: ContactRecord) => string | number> = {
  id: (c) => c.id,
  cdate: (c) => c.cdate,
  email: (c) => c.email.toLowerCase(),
  first_name: (c) => c.firstName.toLowerCase(),
  last_name: (c) => c.lastName.toLowerCase(),
  name: (c) => `${c.firstName} ${c.lastName}`.toLowerCase(),
};

/** GET /api/3/contacts — paging, the documented filters and `orders[...]`. */
function listContacts({ store, req }: Ctx): SandboxResponse {
  const q = req.query;
  const { limit, offset } = readPage(q);
  let rows = [...store.contacts.rows.values()];
  const email = q.get('email');
  const search = q.get('search')?.toLowerCase();
  const listid = q.get('listid');
  const tagid = q.get('tagid');
  const status = q.get('status');
  if (email) rows = rows.filter((c) => c.email.toLowerCase() === email.toLowerCase());
  const like = q.get('email_like')?.toLowerCase();
  if (like) rows = rows.filter((c) => c.email.toLowerCase().includes(like));
  const phone = q.get('phone');
  if (phone) rows = rows.filter((c) => c.phone.includes(phone));
  if (search) {
    rows = rows.filter((c) =>
      [c.email, c.firstName, c.lastName, c.phone].some((v) => v.toLowerCase().includes(search)),
    );
  }
  const ids = [...q.getAll('ids'), ...q.getAll('ids[]')].flatMap((v) => v.split(',')).map(Number);
  if (ids.length > 0) rows = rows.filter((c) => ids.includes(c.id));
  const greater = Number(q.get('id_greater') ?? NaN);
  if (Number.isFinite(greater)) rows = rows.filter((c) => c.id > greater);
  const less = Number(q.get('id_less') ?? NaN);
  if (Number.isFinite(less)) rows = rows.filter((c) => c.id < less);
  if (listid) {
    const wanted = Number(status ?? -1);
    const members = new Set(
      [...store.contactLists.rows.values()]
        .filter((cl) => String(cl.list) === listid && (wanted === -1 || cl.status === wanted))
        .map((cl) => cl.contact),
    );
    rows = rows.filter((c) => members.has(c.id));
  }
  if (tagid) {
    const tagged = new Set(
      [...store.contactTags.rows.values()].filter((ct) => String(ct.tag) === tagid).map((ct) => ct.contact),
    );
    rows = rows.filter((c) => tagged.has(c.id));
  }
  rows = rows.filter((c) => inDateRange(c.cdate, filter(q, 'created_after'), filter(q, 'created_before')));
  rows = rows.filter((c) => inDateRange(c.udate, filter(q, 'updated_after'), filter(q, 'updated_before')));
  const ordered = applyOrders(rows, q, ORDER_COLUMNS);
  if (!ordered.ok) return ordered.response;
  rows = ordered.value;
  return json(200, {
    scoreValues: [],
    contacts: rows.slice(offset, offset + limit).map((c) => contactJson(store, c)),
    meta: {
      page_input: {
        segmentid: 0,
        formid: 0,
        listid: Number(listid ?? 0),
        tagid: Number(tagid ?? 0),
        limit,
        offset,
        search: search ?? null,
        sort: null,
        seriesid: 0,
        waitid: 0,
        status: Number(status ?? -1),
        forceQuery: 0,
        cacheid: '',
        email: email ?? null,
      },
      total: String(rows.length),
      sortable: true,
    },
  });
}

function inDateRange(at: number, after: string | null, before: string | null): boolean {
  const a = after ? Date.parse(after) : NaN;
  const b = before ? Date.parse(before) : NaN;
  return (Number.isNaN(a) || at >= a) && (Number.isNaN(b) || at <= b);
}

/** GET /api/3/contacts/{id} — the contact with its lists, tags, field values and deals sideloaded. */
function getContact({ store, params }: Ctx): SandboxResponse {
  const contact = byId(store.contacts, params.id);
  if (!contact) return notFound('Subscriber', params.id ?? '');
  const id = contact.id;
  return json(200, {
    contactAutomations: [],
    contactData: [],
    contactGoals: [],
    contactLists: [...store.contactLists.rows.values()]
      .filter((cl) => cl.contact === id)
      .map((cl) => contactListJson(store, cl)),
    contactLogs: [],
    contactTags: [...store.contactTags.rows.values()]
      .filter((ct) => ct.contact === id)
      .map((ct) => contactTagJson(store, ct)),
    contactDeals: [],
    deals: [...store.deals.rows.values()].filter((d) => d.contact === id).map((d) => dealJson(store, d)),
    fieldValues: fieldValuesOf(store, id),
    geoIps: [],
    accountContacts: [],
    automationEntryCounts: [],
    contact: contactJson(store, contact),
  });
}

interface ContactWrite {
  attrs: ContactInput;
  values: { field: number; value: string }[];
}

/** Validates a `{"contact": {...}}` body; `self` is the contact being updated, if any. */
function readContact(store: SandboxStore, raw: Record<string, unknown>, emailRequired: boolean, self?: number) {
  const errors: FieldError[] = [];
  const attrs: ContactInput = {};
  if (raw.email !== undefined || emailRequired) {
    const email = text(raw.email).trim();
    if (email === '') errors.push({ title: 'Email address is required', code: 'field_missing', field: 'email' });
    else if (!EMAIL.test(email))
      errors.push({ title: 'Email address is invalid', code: 'field_invalid', field: 'email' });
    else if (emailTaken(store, email, self)) {
      errors.push({ title: 'Email address already exists in the system', code: 'duplicate', field: 'email' });
    }
    attrs.email = email;
  }
  if (raw.firstName !== undefined) attrs.firstName = text(raw.firstName);
  if (raw.lastName !== undefined) attrs.lastName = text(raw.lastName);
  if (raw.phone !== undefined) attrs.phone = text(raw.phone);
  const values: ContactWrite['values'] = [];
  const given = Array.isArray(raw.fieldValues) ? (raw.fieldValues as unknown[]) : [];
  given.forEach((fv, i) => {
    const field = isRecord(fv) ? fv.field : undefined;
    const known = byId(store.fields, typeof field === 'number' ? field : text(field));
    if (!known || !isRecord(fv)) {
      errors.push({
        title: `Custom field ${String(field)} does not exist`,
        code: 'field_invalid',
        field: `fieldValues/${i}/field`,
      });
    } else values.push({ field: known.id, value: text(fv.value) });
  });
  return { errors, write: { attrs, values } satisfies ContactWrite };
}

function writeAndAnswer(store: SandboxStore, status: number, write: ContactWrite, existing?: ContactRecord) {
  const contact = saveContact(store, write.attrs, existing);
  for (const v of write.values) setFieldValue(store, contact.id, v.field, v.value);
  return json(status, { fieldValues: fieldValuesOf(store, contact.id), contact: contactJson(store, contact) });
}

/** POST /api/3/contacts — 201; 422 for a missing, invalid or taken email or an unknown field. */
function createContact({ store, req }: Ctx): SandboxResponse {
  const root = readRoot(req, 'contact');
  if (!root.ok) return root.response;
  const { errors, write } = readContact(store, root.value, true);
  return errors.length > 0 ? unprocessable(errors) : writeAndAnswer(store, 201, write);
}

/** PUT /api/3/contacts/{id} — updates only the attributes sent. */
function updateContact({ store, req, params }: Ctx): SandboxResponse {
  const contact = byId(store.contacts, params.id);
  if (!contact) return notFound('Subscriber', params.id ?? '');
  const root = readRoot(req, 'contact');
  if (!root.ok) return root.response;
  const { errors, write } = readContact(store, root.value, false, contact.id);
  return errors.length > 0 ? unprocessable(errors) : writeAndAnswer(store, 200, write, contact);
}

/** DELETE /api/3/contacts/{id} — removes the contact and its tags, memberships and values; note the lower-case 404. */
function removeContact({ store, params }: Ctx): SandboxResponse {
  const contact = byId(store.contacts, params.id);
  if (!contact) return json(404, { message: `No result found for contact with id ${params.id ?? ''}` });
  deleteContact(store, contact.id);
  return json(200, {});
}

/** POST /api/3/contact/sync — create or update keyed on email; answers 201 either way, as documented. */
function syncContact({ store, req }: Ctx): SandboxResponse {
  const root = readRoot(req, 'contact');
  if (!root.ok) return root.response;
  const existing = findContactByEmail(store, text(root.value.email));
  const { errors, write } = readContact(store, root.value, true, existing?.id);
  return errors.length > 0 ? unprocessable(errors) : writeAndAnswer(store, 201, write, existing);
}

export const contactRoutes: readonly Route[] = [
  route('GET', '/api/3/contacts', listContacts),
  route('POST', '/api/3/contacts', createContact),
  route('GET', '/api/3/contacts/{id}', getContact),
  route('PUT', '/api/3/contacts/{id}', updateContact),
  route('DELETE', '/api/3/contacts/{id}', removeContact),
  route('POST', '/api/3/contact/sync', syncContact),
];
