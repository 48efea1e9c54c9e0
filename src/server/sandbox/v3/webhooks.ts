import { json, notFound, type FieldError, type SandboxResponse } from '../http-types';
import { byId, insert, type WebhookRecord } from '../store';
import {
  failIf,
  filter,
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
import { webhookJson } from './serialize-lists';
import { WEBHOOK_EVENTS, WEBHOOK_SOURCES } from '../../../core/catalog/webhook-vocabulary';

function strings(v: unknown): string[] | undefined {
  return Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : undefined;
}

/** Checks url, events and sources the way the real API does (https only on port 443). */
function checkWebhook(w: Record<string, unknown>, creating: boolean): FieldError[] {
  const errors = creating ? requireFields(w, ['name', 'url']) : [];
  if (w.url !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(text(w.url));
    } catch {
      url = undefined;
    }
    if (!url || !/^https?:$/.test(url.protocol)) {
      errors.push({ title: 'The url must be an absolute http(s) URL', code: 'field_invalid', field: 'url' });
    } else if (url.protocol === 'https:' && url.port !== '' && url.port !== '443') {
      errors.push({ title: 'HTTPS webhook URLs must use port 443', code: 'field_invalid', field: 'url' });
    }
  }
  for (const [name, allowed] of [
    ['events', WEBHOOK_EVENTS],
    ['sources', WEBHOOK_SOURCES],
  ] as const) {
    if (w[name] === undefined && !creating) continue;
    const list = strings(w[name]);
    if (!list || list.length === 0)
      errors.push({ title: `${name} must be a non-empty array`, code: 'field_missing', field: name });
    else
      list.forEach((v, i) => {
        if (!(allowed as readonly string[]).includes(v))
          errors.push({ title: `Unknown ${name} value "${v}"`, code: 'field_invalid', field: `${name}/${i}` });
      });
  }
  return errors;
}

function listWebhooks({ store, req }: Ctx): SandboxResponse {
  const name = filter(req.query, 'name');
  const url = filter(req.query, 'url');
  const listid = filter(req.query, 'listid');
  const rows = [...store.webhooks.rows.values()].filter(
    (w) =>
      (!name || w.name.includes(name)) && (!url || w.url.includes(url)) && (!listid || String(w.listid) === listid),
  );
  return page(req, 'webhooks', rows, webhookJson);
}

function getWebhook({ store, params }: Ctx): SandboxResponse {
  const w = byId(store.webhooks, params.id);
  return w ? json(200, { webhook: webhookJson(w) }) : notFound('Webhook', params.id ?? '');
}

function createWebhook({ store, req }: Ctx): SandboxResponse {
  const root = readRoot(req, 'webhook');
  if (!root.ok) return root.response;
  const refused = failIf(checkWebhook(root.value, true));
  if (refused) return refused;
  const w = insert(store.webhooks, (id): WebhookRecord => ({
    id,
    name: text(root.value.name),
    url: text(root.value.url),
    events: strings(root.value.events) ?? [],
    sources: strings(root.value.sources) ?? [],
    listid: int(root.value.listid) ?? 0,
    cdate: store.now().getTime(),
  }));
  return json(201, { webhook: webhookJson(w) });
}

function updateWebhook({ store, req, params }: Ctx): SandboxResponse {
  const w = byId(store.webhooks, params.id);
  if (!w) return notFound('Webhook', params.id ?? '');
  const root = readRoot(req, 'webhook');
  if (!root.ok) return root.response;
  const refused = failIf(checkWebhook(root.value, false));
  if (refused) return refused;
  const b = root.value;
  if (b.name !== undefined) w.name = text(b.name);
  if (b.url !== undefined) w.url = text(b.url);
  w.events = strings(b.events) ?? w.events;
  w.sources = strings(b.sources) ?? w.sources;
  w.listid = int(b.listid) ?? w.listid;
  return json(200, { webhook: webhookJson(w) });
}

const deleteWebhook = deleteById((store) => store.webhooks, 'Webhook');

export const webhookRoutes: readonly Route[] = [
  route('GET', '/api/3/webhooks', listWebhooks),
  route('POST', '/api/3/webhooks', createWebhook),
  route('GET', '/api/3/webhooks/{id}', getWebhook),
  route('PUT', '/api/3/webhooks/{id}', updateWebhook),
  route('DELETE', '/api/3/webhooks/{id}', deleteWebhook),
  route('GET', '/api/3/webhook/events', () =>
    json(200, { webhookEvents: WEBHOOK_EVENTS, meta: { total: WEBHOOK_EVENTS.length } }),
  ),
];
