import { expect, it } from 'vitest';
import { findMethod } from '../../core/catalog/registry';
import { WEBHOOK_EVENTS } from '../../core/catalog/webhook-vocabulary';
import { buildRequest } from '../../core/request/build-request';
import { TRIGGERING_METHODS, triggerFor } from '../../core/webhooks/triggers';
import {
  CREATE_WEBHOOK_METHOD,
  GET_WEBHOOK_METHOD,
  LIST_WEBHOOKS_METHOD,
  SANDBOX_WEBHOOK_EVENTS,
  sandboxWebhookValues,
  webhookPostingTo,
  webhooksToValues,
} from './send-here';

it('fills "Create a webhook" for the inbox with every sandbox event and every source, api included', () => {
  const values = sandboxWebhookValues('http://127.0.0.1:5173/webhooks/inbox/sandbox', 'sandbox');
  expect(values.body).toEqual({
    webhook: {
      name: 'Explorer inbox: sandbox',
      url: 'http://127.0.0.1:5173/webhooks/inbox/sandbox',
      events: [...SANDBOX_WEBHOOK_EVENTS],
      sources: ['public', 'admin', 'api', 'system'],
    },
  });
  for (const e of SANDBOX_WEBHOOK_EVENTS) expect(WEBHOOK_EVENTS).toContain(e);
});

it('is a valid request for the catalog method, built by the one pipeline', () => {
  const method = findMethod(CREATE_WEBHOOK_METHOD);
  expect(method?.http).toBe('POST');
  if (!method) return;
  const values = sandboxWebhookValues('http://127.0.0.1:5173/webhooks/inbox/x', 'x');
  const req = buildRequest(method, values, { apiUrl: 'http://127.0.0.1:5174', apiKey: 'k' });
  expect(req.url).toBe('http://127.0.0.1:5174/api/3/webhooks');
  expect(JSON.parse(req.body ?? '')).toEqual(values.body);
});

it('names exactly the events the sandbox fires', () => {
  const fired = new Set(TRIGGERING_METHODS.flatMap((m) => triggerFor(m)?.events ?? []));
  expect([...SANDBOX_WEBHOOK_EVENTS].sort()).toEqual([...fired].sort());
});

it('asks the catalog list for webhooks posting to the inbox, and names the existing one exactly', () => {
  const method = findMethod(LIST_WEBHOOKS_METHOD);
  expect(method?.http).toBe('GET');
  expect(findMethod(GET_WEBHOOK_METHOD)?.http).toBe('GET');
  if (!method) return;
  const inbox = 'http://127.0.0.1:5173/webhooks/inbox/sandbox';
  const req = buildRequest(method, webhooksToValues(inbox), { apiUrl: 'http://127.0.0.1:5174', apiKey: 'k' });
  expect(new URL(req.url).searchParams.get('filters[url]')).toBe(inbox);

  // `filters[url]` matches by "contains": an inbox named sandbox2 is not this one.
  const answer = (urls: string[]) =>
    JSON.stringify({ webhooks: urls.map((url, i) => ({ id: String(i + 7), name: `hook ${i}`, url })), meta: {} });
  expect(webhookPostingTo(answer([`${inbox}2`]), inbox)).toBeUndefined();
  expect(webhookPostingTo(answer([`${inbox}2`, inbox]), inbox)).toEqual({ id: '8', name: 'hook 1' });
  expect(webhookPostingTo('<html>', inbox)).toBeUndefined();
  expect(webhookPostingTo('{"webhooks":[null,{"url":"x"}]}', inbox)).toBeUndefined();
});
