import { json, type SandboxResponse } from '../http-types';
import { byId, type UserRecord } from '../store';
import { applyOrders, filter, page, route, type Ctx, type Route } from './common';
import { userJson } from './serialize';
import { automationJson, campaignJson } from './serialize-lists';

function missing(entity: string, id: string): SandboxResponse {
  return json(404, { message: `No Result found for ${entity} with id ${id}` });
}

function userBy(find: (u: UserRecord, value: string) => boolean, key: string) {
  return ({ store, params }: Ctx): SandboxResponse => {
    const value = params[key] ?? '';
    const user = [...store.users.rows.values()].find((u) => find(u, value));
    return user ? json(200, { user: userJson(store, user) }) : missing('User', value);
  };
}

function listCampaigns({ store, req }: Ctx): SandboxResponse {
  const series = filter(req.query, 'seriesid');
  const rows = [...store.campaigns.rows.values()].filter(() => series === null || series === '0');
  const ordered = applyOrders(rows, req.query, { sdate: (c) => c.sdate, ldate: (c) => c.sdate });
  if (!ordered.ok) return ordered.response;
  return page(req, 'campaigns', ordered.value, (c) => campaignJson(store, c));
}

/** Users (the key's owner first), automations and campaigns: readable, not writable, in the sandbox. */
export const readOnlyRoutes: readonly Route[] = [
  // The key belongs to the account's admin, user 1.
  route(
    'GET',
    '/api/3/users/me',
    userBy((u) => u.id === 1, 'me'),
  ),
  route('GET', '/api/3/users', ({ store, req }) =>
    page(req, 'users', [...store.users.rows.values()], (u) => userJson(store, u)),
  ),
  route(
    'GET',
    '/api/3/users/{id}',
    userBy((u, v) => String(u.id) === v, 'id'),
  ),
  route(
    'GET',
    '/api/3/users/email/{email}',
    userBy((u, v) => u.email.toLowerCase() === v.toLowerCase(), 'email'),
  ),
  route(
    'GET',
    '/api/3/users/username/{username}',
    userBy((u, v) => u.username === v, 'username'),
  ),
  route('GET', '/api/3/automations', ({ store, req }) =>
    page(req, 'automations', [...store.automations.rows.values()], (a) => automationJson(store, a), {
      meta: { starts: [], filtered: false, smsLogs: [] },
    }),
  ),
  route('GET', '/api/3/automations/{id}', ({ store, params }) => {
    const a = byId(store.automations, params.id);
    return a ? json(200, { automation: automationJson(store, a) }) : missing('Automation', params.id ?? '');
  }),
  route('GET', '/api/3/campaigns', listCampaigns),
  route('GET', '/api/3/campaigns/{id}', ({ store, params }) => {
    const c = byId(store.campaigns, params.id);
    return c ? json(200, { campaign: campaignJson(store, c) }) : missing('Campaign', params.id ?? '');
  }),
];
