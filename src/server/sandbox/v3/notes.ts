import { json, notFound, unprocessable, type SandboxResponse } from '../http-types';
import { byId, insert, type NoteRecord, type SandboxStore } from '../store';
import { failIf, int, page, readRoot, requireFields, route, text, type Ctx, type Route, deleteById } from './common';
import { noteJson } from './serialize-crm';

const RELTYPES: readonly NoteRecord['reltype'][] = ['Subscriber', 'Deal', 'CustomerAccount'];

function owner(store: SandboxStore, reltype: NoteRecord['reltype'], relid: number): boolean {
  const table = reltype === 'Subscriber' ? store.contacts : reltype === 'Deal' ? store.deals : store.accounts;
  return table.rows.has(relid);
}

function listNotes({ store, req }: Ctx): SandboxResponse {
  return page(req, 'notes', [...store.notes.rows.values()], (n) => noteJson(store, n));
}

function getNote({ store, params }: Ctx): SandboxResponse {
  const n = byId(store.notes, params.id);
  return n ? json(200, { note: noteJson(store, n) }) : notFound('Note', params.id ?? '');
}

/** POST /api/3/notes — `relid` must name an existing contact, deal or account of `reltype`. */
function createNote({ store, req }: Ctx): SandboxResponse {
  const root = readRoot(req, 'note');
  if (!root.ok) return root.response;
  const body = root.value;
  const refused = failIf(requireFields(body, ['note', 'relid', 'reltype']));
  if (refused) return refused;
  const reltype = RELTYPES.find((r) => r === text(body.reltype));
  const relid = int(body.relid);
  if (!reltype) {
    return unprocessable([
      { title: `reltype must be one of ${RELTYPES.join(', ')}`, code: 'field_invalid', field: 'reltype' },
    ]);
  }
  if (relid === undefined || !owner(store, reltype, relid)) {
    return unprocessable([
      { title: `No ${reltype} with id ${text(body.relid)}`, code: 'related_missing', field: 'relid' },
    ]);
  }
  const now = store.now().getTime();
  const n = insert(store.notes, (id) => ({
    id,
    note: text(body.note),
    relid,
    reltype,
    userid: 1,
    cdate: now,
    mdate: now,
  }));
  const contact = reltype === 'Subscriber' ? store.contacts.rows.get(relid) : undefined;
  const json201 = noteJson(store, n);
  return json(201, {
    contacts: contact
      ? [{ email: contact.email, firstName: contact.firstName, lastName: contact.lastName, id: String(contact.id) }]
      : [],
    // The create answer gives relid and owner.id as numbers.
    note: { ...json201, relid, owner: { type: (json201.owner as { type: string }).type, id: relid } },
  });
}

function updateNote({ store, req, params }: Ctx): SandboxResponse {
  const n = byId(store.notes, params.id);
  if (!n) return notFound('Note', params.id ?? '');
  const root = readRoot(req, 'note');
  if (!root.ok) return root.response;
  if (root.value.note !== undefined) n.note = text(root.value.note);
  n.mdate = store.now().getTime();
  return json(200, { note: noteJson(store, n) });
}

const deleteNote = deleteById((store) => store.notes, 'Note');

export const noteRoutes: readonly Route[] = [
  route('GET', '/api/3/notes', listNotes),
  route('POST', '/api/3/notes', createNote),
  route('GET', '/api/3/notes/{id}', getNote),
  route('PUT', '/api/3/notes/{id}', updateNote),
  route('DELETE', '/api/3/notes/{id}', deleteNote),
];
