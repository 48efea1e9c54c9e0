import { json, notFound, type SandboxResponse } from '../http-types';
import { byId, type ContactRecord, type SandboxStore } from '../store';
import { route, type Ctx, type Route } from './common';
import { fieldValuesOf } from './serialize';
import { dealJson, noteJson } from './serialize-crm';
import { contactListJson } from './serialize-lists';

/** A GET on a contact's sub-collection: 404 in the contact's words when the contact does not exist. */
function sub(build: (store: SandboxStore, c: ContactRecord) => Record<string, unknown>) {
  return ({ store, params }: Ctx): SandboxResponse => {
    const contact = byId(store.contacts, params.id);
    return contact ? json(200, build(store, contact)) : notFound('Subscriber', params.id ?? '');
  };
}

export const contactRelatedRoutes: readonly Route[] = [
  route(
    'GET',
    '/api/3/contacts/{id}/contactLists',
    sub((store, c) => ({
      contactLists: [...store.contactLists.rows.values()]
        .filter((cl) => cl.contact === c.id)
        .map((cl) => contactListJson(store, cl)),
    })),
  ),
  route(
    'GET',
    '/api/3/contacts/{id}/fieldValues',
    sub((store, c) => ({ fieldValues: fieldValuesOf(store, c.id) })),
  ),
  route(
    'GET',
    '/api/3/contacts/{id}/deals',
    sub((store, c) => ({
      deals: [...store.deals.rows.values()].filter((d) => d.contact === c.id).map((d) => dealJson(store, d)),
    })),
  ),
  route(
    'GET',
    '/api/3/contacts/{id}/notes',
    sub((store, c) => ({
      notes: [...store.notes.rows.values()]
        .filter((n) => n.reltype === 'Subscriber' && n.relid === c.id)
        .map((n) => noteJson(store, n)),
    })),
  ),
  route(
    'GET',
    '/api/3/contacts/{id}/contactLogs',
    sub(() => ({ contactLogs: [] })),
  ),
];
