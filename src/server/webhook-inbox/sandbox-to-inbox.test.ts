/**
 * The two halves of issue 16 together, as `npm start` runs them: the
 * sandbox's real deliverer posting to the explorer's real inbox, both on
 * 127.0.0.1. A webhook is created through the v3 API; a contact created,
 * tagged and a deal added arrive as three decoded deliveries.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { decodeBracketForm } from '../../core/webhooks/bracket-form';
import { createExplorerMiddleware } from '../explorer-middleware';
import { startSandbox, type RunningSandbox } from '../sandbox/start-sandbox';
import { createInboxStore } from './inbox-store';

const KEY = 'inbox-test-key-0123456789';
let sandbox: RunningSandbox;
let explorer: http.Server;
let explorerUrl: string;
const store = createInboxStore();

beforeAll(async () => {
  sandbox = await startSandbox(0, KEY, { rateLimit: false });
  const self: string[] = [];
  const middleware = createExplorerMiddleware({
    selfOrigins: () => self,
    allowOrigins: [],
    version: 'test',
    webhookInbox: store,
    sandbox: { url: sandbox.url, instance: sandbox.sandbox },
  });
  explorer = http.createServer((req, res) => middleware(req, res, () => res.writeHead(404).end()));
  await new Promise<void>((resolve) => explorer.listen(0, '127.0.0.1', resolve));
  explorerUrl = `http://127.0.0.1:${(explorer.address() as AddressInfo).port}`;
  self.push(explorerUrl);
});

afterAll(async () => {
  for (const s of [explorer, sandbox.server]) {
    s.closeAllConnections();
    await new Promise((resolve) => s.close(resolve));
  }
});

async function api(method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(`${sandbox.url}/api/3/${path}`, {
    method,
    headers: { 'Api-Token': KEY, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  expect(res.status, `${method} ${path}`).toBeLessThan(300);
  return (await res.json()) as Record<string, unknown>;
}

async function nextDelivery(count: number): Promise<Record<string, unknown>> {
  const started = Date.now();
  while (store.snapshot().deliveries.length < count) {
    // A generous bound for a loaded machine: the latency itself is measured by `npm run bench -- webhook`.
    if (Date.now() - started > 5000) throw new Error(`delivery ${count} did not arrive`);
    await new Promise((r) => setTimeout(r, 10));
  }
  const newest = store.snapshot().deliveries[0];
  const delivery = newest && store.get(newest.id);
  expect(delivery?.headers.find((h) => h.name.toLowerCase() === 'content-type')?.value).toMatch(
    /^application\/x-www-form-urlencoded/,
  );
  return decodeBracketForm(delivery?.body ?? '').value;
}

it('a contact created, tagged and a deal added reach the inbox as three decoded form deliveries', async () => {
  await api('POST', 'webhooks', {
    webhook: {
      name: 'Explorer inbox',
      url: `${explorerUrl}/webhooks/inbox/sandbox`,
      events: ['subscribe', 'contact_tag_added', 'deal_add'],
      sources: ['api'],
    },
  });
  const email = 'inbox-test@example.org';
  const created = await api('POST', 'contacts', { contact: { email, firstName: 'Ina' } });
  const contactId = (created.contact as { id: string }).id;
  expect(await nextDelivery(1)).toMatchObject({ type: 'subscribe', contact: { email } });

  await api('POST', 'contactTags', { contactTag: { contact: contactId, tag: '1' } });
  expect(await nextDelivery(2)).toMatchObject({ type: 'contact_tag_added', contact: { email } });

  await api('POST', 'deals', {
    deal: { title: 'Inbox deal', value: 1000, currency: 'usd', group: '1', stage: '1', owner: '1', contact: contactId },
  });
  expect(await nextDelivery(3)).toMatchObject({ type: 'deal_add', deal: { title: 'Inbox deal' } });
  expect(store.snapshot().deliveries.map((d) => d.eventType)).toEqual(['deal_add', 'contact_tag_added', 'subscribe']);
});
