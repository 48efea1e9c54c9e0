import { setListStatus } from '../contact-ops';
import { json, notFound, unprocessable, type SandboxResponse } from '../http-types';
import { byId, insert, removeWhere } from '../store';
import {
  applyOrders,
  failIf,
  int,
  page,
  readRoot,
  requireFields,
  route,
  text,
  type Ctx,
  type Route,
  deleteById,
} from './common';
import { contactJson } from './serialize';
import { contactListJson, listJson } from './serialize-lists';

const NAME_OPS: Record<string, (name: string, v: string) => boolean> = {
  eq: (n, v) => n === v,
  neq: (n, v) => n !== v,
  lt: (n, v) => n < v,
  lte: (n, v) => n <= v,
  gt: (n, v) => n > v,
  gte: (n, v) => n >= v,
  contains: (n, v) => n.includes(v),
  starts_with: (n, v) => n.startsWith(v),
};

/** GET /api/3/lists — `filters[name]` (contains) and `filters[name][<op>]`, `orders[name]`. */
function listLists({ store, req }: Ctx): SandboxResponse {
  let rows = [...store.lists.rows.values()];
  for (const [key, value] of req.query) {
    const m = /^filters\[name\](?:\[(\w+)\])?$/.exec(key);
    if (!m) continue;
    const op = NAME_OPS[m[1] ?? 'contains'];
    if (op) rows = rows.filter((l) => op(l.name.toLowerCase(), value.toLowerCase()));
  }
  const ordered = applyOrders(rows, req.query, { name: (l) => l.name.toLowerCase() });
  if (!ordered.ok) return ordered.response;
  return page(req, 'lists', ordered.value, (l) => listJson(store, l));
}

function getList({ store, params }: Ctx): SandboxResponse {
  const list = byId(store.lists, params.id);
  return list ? json(200, { list: listJson(store, list) }) : notFound('_List', params.id ?? '');
}

/** POST /api/3/lists — name, stringid, sender_url and sender_reminder are required; answers 200 as documented. */
function createList({ store, req }: Ctx): SandboxResponse {
  const root = readRoot(req, 'list');
  if (!root.ok) return root.response;
  const l = root.value;
  const errors = requireFields(l, ['name', 'stringid', 'sender_url', 'sender_reminder']);
  const stringid = text(l.stringid);
  if (stringid && [...store.lists.rows.values()].some((x) => x.stringid === stringid)) {
    errors.push({ title: 'A list with this stringid already exists', code: 'duplicate', field: 'stringid' });
  }
  const refused = failIf(errors);
  if (refused) return refused;
  const now = store.now().getTime();
  const list = insert(store.lists, (id) => ({
    id,
    name: text(l.name),
    stringid,
    senderUrl: text(l.sender_url),
    senderReminder: text(l.sender_reminder),
    cdate: now,
    udate: now,
  }));
  return json(200, { list: listJson(store, list) });
}

/** DELETE /api/3/lists/{id} — memberships go with the list. */
const deleteList = deleteById(
  (store) => store.lists,
  '_List',
  (store, list) => {
    removeWhere(store.contactLists, (cl) => cl.list === list.id);
  },
);

/** POST /api/3/contactLists — subscribe (1) or unsubscribe (2) a contact. */
function updateStatus({ store, req }: Ctx): SandboxResponse {
  const root = readRoot(req, 'contactList');
  if (!root.ok) return root.response;
  const errors = requireFields(root.value, ['list', 'contact', 'status']);
  const status = int(root.value.status);
  if (errors.length === 0 && status !== 1 && status !== 2) {
    errors.push({ title: 'Status must be 1 (subscribed) or 2 (unsubscribed)', code: 'field_invalid', field: 'status' });
  }
  const refused = failIf(errors);
  if (refused) return refused;
  const contact = byId(store.contacts, int(root.value.contact));
  const list = byId(store.lists, int(root.value.list));
  if (!contact) return notFound('Subscriber', text(root.value.contact));
  if (!list) {
    return unprocessable([
      { title: `List ${text(root.value.list)} does not exist`, code: 'related_missing', field: 'list' },
    ]);
  }
  const cl = setListStatus(store, contact.id, list.id, status ?? 1);
  return json(200, {
    contacts: [contactJson(store, contact)],
    // This endpoint echoes status as a number, unlike the GET shapes.
    contactList: { ...contactListJson(store, cl), status: cl.status },
  });
}

export const listRoutes: readonly Route[] = [
  route('GET', '/api/3/lists', listLists),
  route('POST', '/api/3/lists', createList),
  route('GET', '/api/3/lists/{id}', getList),
  route('DELETE', '/api/3/lists/{id}', deleteList),
  route('POST', '/api/3/contactLists', updateStatus),
];
