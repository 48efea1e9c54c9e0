import {
  json,
  notFound,
  unprocessable,
  type FieldError,
  type SandboxRequest,
  type SandboxResponse,
} from '../http-types';
import { findContactByEmail, nextId, type ContactRecord, type SandboxStore } from '../store';
import { contactJson, fieldValueJson } from './serialize';
import { readPage } from './paging';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** GET /api/3/contacts — paging plus `email` (exact) and `search` (substring) filters. */
export function listContacts(store: SandboxStore, req: SandboxRequest): SandboxResponse {
  const page = readPage(req.query);
  const email = req.query.get('email');
  const search = req.query.get('search')?.toLowerCase();
  let rows = [...store.contacts.values()];
  if (email) rows = rows.filter((c) => c.email.toLowerCase() === email.toLowerCase());
  if (search) {
    rows = rows.filter((c) =>
      [c.email, c.firstName, c.lastName, c.phone].some((v) => v.toLowerCase().includes(search)),
    );
  }
  const slice = rows.slice(page.offset, page.offset + page.limit);
  return json(200, {
    scoreValues: [],
    contacts: slice.map((c) => contactJson(store, c)),
    meta: {
      page_input: {
        segmentid: null,
        formid: 0,
        listid: 0,
        tagid: 0,
        limit: page.limit,
        offset: page.offset,
        search: search ?? null,
        sort: null,
        seriesid: 0,
        waitid: 0,
        status: -1,
        forceQuery: 0,
        cacheid: '',
        email: email ?? null,
      },
      total: String(rows.length),
      sortable: true,
    },
  });
}

/** GET /api/3/contacts/{id} — the contact with its field values sideloaded. */
export function getContact(store: SandboxStore, id: string): SandboxResponse {
  const contact = store.contacts.get(Number(id));
  if (!contact || !/^\d+$/.test(id)) return notFound('Subscriber', id);
  return json(200, {
    contactAutomations: [],
    contactData: [],
    contactGoals: [],
    contactLists: [],
    contactLogs: [],
    contactTags: [],
    contactDeals: [],
    deals: [],
    fieldValues: fieldValuesOf(store, contact.id),
    geoIps: [],
    accountContacts: [],
    automationEntryCounts: [],
    contact: contactJson(store, contact),
  });
}

/** POST /api/3/contacts — creates a contact; 422 for a missing, invalid or taken email. */
export function createContact(store: SandboxStore, req: SandboxRequest): SandboxResponse {
  const parsed = parseJsonBody(req.body);
  if (!parsed.ok) return parsed.response;
  const input = parsed.value.contact;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return unprocessable([{ title: 'Missing attribute', code: 'field_missing', field: 'contact' }]);
  }
  const c = input as Record<string, unknown>;
  const errors: FieldError[] = [];
  const email = typeof c.email === 'string' ? c.email.trim() : '';
  if (email === '') errors.push({ title: 'Email address is required', code: 'field_missing', field: 'email' });
  else if (!EMAIL.test(email))
    errors.push({ title: 'Email address is invalid', code: 'field_invalid', field: 'email' });
  else if (findContactByEmail(store, email)) {
    errors.push({ title: 'Email address already exists in the system', code: 'duplicate', field: 'email' });
  }
  const values = Array.isArray(c.fieldValues) ? (c.fieldValues as unknown[]) : [];
  values.forEach((fv, i) => {
    const field = typeof fv === 'object' && fv !== null ? (fv as Record<string, unknown>).field : undefined;
    if (!store.fields.has(Number(field))) {
      errors.push({
        title: `Custom field ${String(field)} does not exist`,
        code: 'field_invalid',
        field: `fieldValues/${i}/field`,
      });
    }
  });
  if (errors.length > 0) return unprocessable(errors);

  const now = store.now();
  const contact: ContactRecord = {
    id: nextId(store, 'contacts'),
    email,
    firstName: text(c.firstName),
    lastName: text(c.lastName),
    phone: text(c.phone),
    cdate: now,
    udate: now,
  };
  store.contacts.set(contact.id, contact);
  for (const fv of values as Record<string, unknown>[]) {
    const id = nextId(store, 'fieldValues');
    store.fieldValues.set(id, {
      id,
      contact: contact.id,
      field: Number(fv.field),
      value: text(fv.value),
      cdate: now,
      udate: now,
    });
  }
  return json(201, { fieldValues: fieldValuesOf(store, contact.id), contact: contactJson(store, contact) });
}

function fieldValuesOf(store: SandboxStore, contactId: number): Record<string, unknown>[] {
  return [...store.fieldValues.values()]
    .filter((fv) => fv.contact === contactId)
    .map((fv) => fieldValueJson(store, fv));
}

function text(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}

type JsonBody = { ok: true; value: Record<string, unknown> } | { ok: false; response: SandboxResponse };

/** Reads a JSON object body; anything else is a 400 like ActiveCampaign's empty-object answer. */
export function parseJsonBody(body: string): JsonBody {
  try {
    const value: unknown = JSON.parse(body);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      return { ok: true, value: value as Record<string, unknown> };
    }
  } catch {
    // fall through to the 400 below
  }
  return { ok: false, response: json(400, { message: 'The request body must be a JSON object.' }) };
}
