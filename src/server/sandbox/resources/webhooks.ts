/**
 * Webhooks: a URL, the events it hears (from `GET /webhook/events`) and
 * who may trigger it. The URL must be absolute http(s), and https only on
 * port 443, as the real API requires. Deliveries are not made here.
 */
import { WEBHOOK_EVENTS, WEBHOOK_SOURCES } from '../../../core/catalog/webhook-vocabulary';
import { json, type FieldError } from '../http-types';
import { byField } from '../engine/filters';
import type { Attrs, Resource } from '../engine/resource';
import { at, crud } from './common';

function strings(v: unknown): string[] | undefined {
  return Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : undefined;
}

function checkWebhook(w: Attrs, creating: boolean): FieldError[] {
  const errors: FieldError[] = [];
  if (w.url !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(typeof w.url === 'string' ? w.url : '');
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
    if (!list || list.length === 0) {
      errors.push({ title: `${name} must be a non-empty array`, code: 'field_missing', field: name });
    } else {
      list.forEach((v, i) => {
        if (!(allowed as readonly string[]).includes(v))
          errors.push({ title: `Unknown ${name} value "${v}"`, code: 'field_invalid', field: `${name}/${i}` });
      });
    }
  }
  return errors;
}

export const webhooks: Resource = {
  name: 'webhooks',
  singular: 'webhook',
  entity: 'Webhook',
  methods: {
    ...crud('v3.webhooks'),
    'v3.webhook.listEvents': {
      kind: 'action',
      handle: (ctx) => json(ctx.op.status, { webhookEvents: WEBHOOK_EVENTS, meta: { total: WEBHOOK_EVENTS.length } }),
    },
  },
  defaults: { listid: '0', events: [], sources: [] },
  filters: {
    'filters[name]': byField('name', 'contains'),
    'filters[url]': byField('url', 'contains'),
    'filters[listid]': byField('listid', 'eq'),
  },
  hooks: { check: (input, ctx) => checkWebhook(input, !ctx.current) },
  seed: (add) => {
    add(
      {
        name: 'CRM sync',
        url: 'https://hooks.example.com/activecampaign',
        events: ['subscribe', 'unsubscribe', 'sent'],
        sources: ['public', 'system'],
      },
      at(0),
    );
  },
};
