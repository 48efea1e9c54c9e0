import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeBracketForm } from '../../../core/webhooks/bracket-form';
import { createSandboxServer } from '../node-server';
import { createSandbox } from '../sandbox';
import { createNodeDeliverer } from './node-deliverer';
import { startReceiver, type TestReceiver } from './test-receiver';

const KEY = 'webhook-integration-key';
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

/** The sandbox as `npm start` runs it (real deliveries), on an ephemeral loopback port. */
async function sandboxOverHttp(timeoutMs?: number): Promise<string> {
  const sandbox = createSandbox({
    apiKey: KEY,
    baseUrl: '',
    webhooks: { deliver: createNodeDeliverer(timeoutMs ? { timeoutMs } : {}) },
  });
  const server: http.Server = createSandboxServer(sandbox, { rateLimit: false });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function receiver(answer?: Parameters<typeof startReceiver>[0]): Promise<TestReceiver> {
  const r = await startReceiver(answer);
  cleanups.push(() => r.close());
  return r;
}

async function v3(base: string, method: string, path: string, body: unknown) {
  const res = await fetch(`${base}/api/3${path}`, {
    method,
    headers: { 'Api-Token': KEY, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, Record<string, string>> };
}

describe('webhooks over loopback, end to end', () => {
  it('a contact created, tagged, a deal added: the receiver gets three form-encoded deliveries', async () => {
    const base = await sandboxOverHttp();
    const inbox = await receiver();
    const hook = await v3(base, 'POST', '/webhooks', {
      webhook: {
        name: 'Inbox',
        url: `${inbox.origin}/webhooks/inbox/demo`,
        events: ['subscribe', 'contact_tag_added', 'deal_add'],
        sources: ['api'],
      },
    });
    expect(hook.status).toBe(201);

    const contact = await v3(base, 'POST', '/contacts', { contact: { email: 'loop@example.org', firstName: 'Lou' } });
    const contactId = contact.json.contact?.id;
    const tag = await v3(base, 'POST', '/contactTags', { contactTag: { contact: contactId, tag: '1' } });
    expect(tag.status).toBe(201);
    const deal = await v3(base, 'POST', '/deals', {
      deal: {
        title: 'Loopback deal',
        value: 5000,
        currency: 'usd',
        contact: contactId,
        group: '1',
        stage: '1',
        owner: '1',
      },
    });
    expect(deal.status).toBe(201);

    const received = await inbox.waitFor(3);
    for (const r of received) {
      expect(r.method).toBe('POST');
      expect(r.path).toBe('/webhooks/inbox/demo');
      expect(r.headers['content-type']).toBe('application/x-www-form-urlencoded');
    }
    const payloads = received.map((r) => decodeBracketForm(r.body).value);
    const byType = Object.fromEntries(payloads.map((p) => [String(p.type), p]));
    expect(Object.keys(byType).sort()).toEqual(['contact_tag_added', 'deal_add', 'subscribe']);
    expect(byType.subscribe).toMatchObject({
      initiated_by: 'api',
      list: '0',
      contact: { id: contactId, email: 'loop@example.org' },
    });
    expect(byType.contact_tag_added).toMatchObject({ contact: { id: contactId }, tag: expect.any(String) });
    expect(byType.deal_add).toMatchObject({
      contact: { email: 'loop@example.org' },
      deal: { id: deal.json.deal?.id, title: 'Loopback deal', value: '50.00', contactid: contactId },
    });
  });

  it('a receiver that hangs does not delay the API answers', async () => {
    const base = await sandboxOverHttp(5_000);
    const inbox = await receiver(() => undefined);
    await v3(base, 'POST', '/webhooks', {
      webhook: { name: 'Hung', url: `${inbox.origin}/hung`, events: ['subscribe'], sources: ['api'] },
    });
    const first = await v3(base, 'POST', '/contacts', { contact: { email: 'a@example.org' } });
    expect(first.status).toBe(201);
    // The first delivery is now held open by the receiver; the API keeps answering regardless.
    await inbox.waitFor(1);
    const second = await v3(base, 'POST', '/contacts', { contact: { email: 'b@example.org' } });
    expect(second.status).toBe(201);
    await inbox.waitFor(2);
    expect(inbox.received.map((r) => decodeBracketForm(r.body).value.type)).toEqual(['subscribe', 'subscribe']);
  });
});
