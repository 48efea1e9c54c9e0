import { json, type SandboxResponse } from '../http-types';
import { byId, insert, removeWhere, type AccountRecord, type SandboxStore } from '../store';
import { failIf, page, readRoot, requireFields, route, text, type Ctx, type Route } from './common';
import { accountJson } from './serialize-crm';

function accountNotFound(id: string): SandboxResponse {
  return json(404, { message: `No Result found for Account with id ${id}` });
}

function listAccounts({ store, req }: Ctx): SandboxResponse {
  const search = (req.query.get('search') ?? '').toLowerCase();
  const rows = [...store.accounts.rows.values()].filter((a) => a.name.toLowerCase().includes(search));
  return page(req, 'accounts', rows, (a) => accountJson(store, a));
}

function getAccount({ store, params }: Ctx): SandboxResponse {
  const a = byId(store.accounts, params.id);
  return a ? json(200, { account: accountJson(store, a) }) : accountNotFound(params.id ?? '');
}

/** Names are unique per account, case-insensitively; the real API words the 422 like this. */
function checkName(store: SandboxStore, body: Record<string, unknown>, creating: boolean, self?: number) {
  const errors = creating || body.name !== undefined ? requireFields(body, ['name']) : [];
  const name = text(body.name).trim();
  if (
    name &&
    [...store.accounts.rows.values()].some((a) => a.name.toLowerCase() === name.toLowerCase() && a.id !== self)
  ) {
    errors.push({
      title: `An account named "${name}" already exists. Please choose a new name.`,
      code: 'duplicate',
      field: 'name',
    });
  }
  return failIf(errors);
}

/** The write answers carry `links` as an empty array and the custom `fields`, as documented. */
function written(store: SandboxStore, status: number, a: AccountRecord): SandboxResponse {
  return json(status, { account: { ...accountJson(store, a), links: [], fields: [] } });
}

function createAccount({ store, req }: Ctx): SandboxResponse {
  const root = readRoot(req, 'account');
  if (!root.ok) return root.response;
  const refused = checkName(store, root.value, true);
  if (refused) return refused;
  const now = store.now().getTime();
  const a = insert(store.accounts, (id) => ({
    id,
    name: text(root.value.name).trim(),
    accountUrl: text(root.value.accountUrl),
    cdate: now,
    udate: now,
  }));
  return written(store, 201, a);
}

function updateAccount({ store, req, params }: Ctx): SandboxResponse {
  const a = byId(store.accounts, params.id);
  if (!a) return accountNotFound(params.id ?? '');
  const root = readRoot(req, 'account');
  if (!root.ok) return root.response;
  const refused = checkName(store, root.value, false, a.id);
  if (refused) return refused;
  if (root.value.name !== undefined) a.name = text(root.value.name).trim();
  if (root.value.accountUrl !== undefined) a.accountUrl = text(root.value.accountUrl);
  a.udate = store.now().getTime();
  return written(store, 200, a);
}

/** Deals keep existing without their account; the account's notes go. */
function deleteAccount({ store, params }: Ctx): SandboxResponse {
  const a = byId(store.accounts, params.id);
  if (!a) return accountNotFound(params.id ?? '');
  store.accounts.rows.delete(a.id);
  for (const d of store.deals.rows.values()) if (d.account === a.id) d.account = null;
  removeWhere(store.notes, (n) => n.reltype === 'CustomerAccount' && n.relid === a.id);
  return json(200, {});
}

export const accountRoutes: readonly Route[] = [
  route('GET', '/api/3/accounts', listAccounts),
  route('POST', '/api/3/accounts', createAccount),
  route('GET', '/api/3/accounts/{id}', getAccount),
  route('PUT', '/api/3/accounts/{id}', updateAccount),
  route('DELETE', '/api/3/accounts/{id}', deleteAccount),
];
