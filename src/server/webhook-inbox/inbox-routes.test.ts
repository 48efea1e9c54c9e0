/**
 * The inbox over real HTTP, mounted as `npm start` mounts it (the explorer
 * middleware), on 127.0.0.1 only. Refusals are provoked by headers; nothing
 * here connects anywhere but this loopback server.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inboxEventSchema, type InboxEvent } from '../../core/webhooks/inbox-wire';
import { createExplorerMiddleware } from '../explorer-middleware';
import { createInboxStore, type InboxStore } from './inbox-store';
import { DEFAULT_INBOX_LIMITS } from './limits';

const FORM = 'application/x-www-form-urlencoded';
const LIMITS = {
  ...DEFAULT_INBOX_LIMITS,
  maxBodyBytes: 1024,
  maxDrainBytes: 8192,
  maxDeliveries: 5,
  maxInboxes: 3,
  maxStreams: 2,
};

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

let server: http.Server;
let store: InboxStore;
let origin: string;
let host: string;

beforeEach(async () => {
  store = createInboxStore({ limits: LIMITS });
  const self: string[] = [];
  const middleware = createExplorerMiddleware({
    selfOrigins: () => self,
    allowOrigins: [],
    version: 'test',
    webhookInbox: store,
  });
  server = http.createServer((req, res) => middleware(req, res, () => res.writeHead(404).end('not mine')));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  origin = `http://${host}`;
  self.push(origin);
});

afterEach(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function request(method: string, path: string, headers: http.OutgoingHttpHeaders = {}, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${origin}${path}`, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

const post = (inbox: string, body: string, headers: http.OutgoingHttpHeaders = {}) =>
  request('POST', `/webhooks/inbox/${inbox}`, { 'Content-Type': FORM, ...headers }, body);
const json = (a: Answer): Record<string, unknown> => JSON.parse(a.body) as Record<string, unknown>;

/** Opens the live stream and collects its events. */
function openStream(headers: http.OutgoingHttpHeaders = {}) {
  const events: InboxEvent[] = [];
  let buffer = '';
  let response: http.IncomingMessage | undefined;
  const req = http.get(`${origin}/explorer-api/webhooks/stream`, { headers, agent: false }, (res) => {
    response = res;
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      buffer += chunk;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const message = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = message.split('\n').find((l) => l.startsWith('data: '));
        if (data) events.push(inboxEventSchema.parse(JSON.parse(data.slice(6))));
      }
    });
  });
  req.on('error', () => undefined);
  return { events, status: () => response?.statusCode, close: () => req.destroy() };
}

/** Waits for a condition; the bound is generous (loaded CI machines), the latency is measured by the benchmark. */
async function until(check: () => boolean, ms = 5000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error('not within the time allowed');
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('receiver', () => {
  it('keeps a form delivery and shows it in the feed: list, then the delivery itself', async () => {
    const answer = await post('sandbox', 'type=subscribe&contact%5Bemail%5D=jane%40example.org', {
      'User-Agent': 'sandbox',
    });
    expect(answer.status).toBe(200);
    expect(json(answer)).toMatchObject({ id: '1', inbox: 'sandbox', truncated: false });

    const list = json(await request('GET', '/explorer-api/webhooks'));
    expect(list).toMatchObject({ deliveries: [{ id: '1', eventType: 'subscribe' }], persisted: false });
    const one = json(await request('GET', '/explorer-api/webhooks/deliveries/1'));
    expect(one).toMatchObject({
      body: 'type=subscribe&contact%5Bemail%5D=jane%40example.org',
      target: '/webhooks/inbox/sandbox',
    });
    expect(one.headers).toContainEqual({ name: 'User-Agent', value: 'sandbox' });
  });

  it('refuses a GET and other methods with 405, and keeps nothing', async () => {
    for (const method of ['GET', 'PUT', 'DELETE', 'OPTIONS']) {
      const answer = await request(method, '/webhooks/inbox/sandbox');
      expect(answer.status, method).toBe(405);
      expect(answer.headers.allow).toBe('POST');
    }
    expect(store.snapshot().deliveries).toEqual([]);
  });

  it('refuses JSON, multipart and plain text bodies with 415', async () => {
    for (const type of ['application/json', 'multipart/form-data; boundary=b', 'text/plain']) {
      const answer = await post('sandbox', '{"type":"subscribe"}', { 'Content-Type': type });
      expect(answer.status, type).toBe(415);
      expect(json(answer).message).toMatch(/takes form bodies/);
    }
    expect(store.snapshot().deliveries).toEqual([]);
  });

  it('refuses a bad inbox name with 400', async () => {
    const answer = await post('Not_OK', 'type=x');
    expect(answer.status).toBe(400);
    expect(json(answer).message).toMatch(/lowercase letters/);
  });

  it('refuses browser posts for other sites, and takes one from the explorer’s own page', async () => {
    expect((await post('sandbox', 'type=x', { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await post('sandbox', 'type=x', { Origin: 'null' })).status).toBe(403);
    expect((await post('sandbox', 'type=x', { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await post('sandbox', 'type=x', { 'Sec-Fetch-Site': 'same-site' })).status).toBe(403);
    expect(store.snapshot().deliveries).toEqual([]);
    expect((await post('sandbox', 'type=x', { Origin: origin, 'Sec-Fetch-Site': 'same-origin' })).status).toBe(200);
  });

  it('keeps the first maxBodyBytes of a larger body, flags it cut and answers 413', async () => {
    const answer = await post('sandbox', `type=hostile&v=${'x'.repeat(5000)}`);
    expect(answer.status).toBe(413);
    expect(json(answer)).toMatchObject({ truncated: true, bytes: 1024 });
    const kept = store.get('1');
    expect(kept?.body).toHaveLength(1024);
    expect(kept?.eventType).toBe('hostile');
  });

  it('cuts off a sender that sends far more than the cap, keeping the start', async () => {
    const answer = await post('sandbox', `type=flood&v=${'x'.repeat(100_000)}`).catch((e: Error) => e);
    // The answer may or may not reach a client still writing; the inbox kept the start either way.
    if (!(answer instanceof Error)) expect(answer.status).toBe(413);
    await until(() => store.snapshot().deliveries.length === 1);
    expect(store.get('1')).toMatchObject({ truncated: true, bytes: 1024, eventType: 'flood' });
  });

  it('flags a repeated body as a duplicate of the first', async () => {
    await post('sandbox', 'type=update&contact[id]=7');
    const again = json(await post('sandbox', 'type=update&contact[id]=7'));
    expect(again.duplicateOf).toBe('1');
  });

  it('refuses a new inbox name past maxInboxes with 507', async () => {
    for (const name of ['a', 'b', 'c']) expect((await post(name, 'type=x')).status).toBe(200);
    const answer = await post('d', 'type=x');
    expect(answer.status).toBe(507);
    expect(json(answer).message).toMatch(/3 names already/);
    expect((await post('a', 'type=y')).status).toBe(200);
  });
});

describe('feed', () => {
  it('is refused to other sites and to a DNS-rebound host name', async () => {
    const foreign = await request('GET', '/explorer-api/webhooks', { Origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    const rebound = await request('GET', '/explorer-api/webhooks', { Host: 'attacker.example' });
    expect(rebound.status).toBe(421);
    const clear = await request('POST', '/explorer-api/webhooks/clear', { 'Sec-Fetch-Site': 'cross-site' });
    expect(clear.status).toBe(403);
    const stream = openStream({ 'Sec-Fetch-Site': 'same-site' });
    await until(() => stream.status() !== undefined);
    expect(stream.status()).toBe(403);
  });

  it('streams a snapshot, then each delivery as it arrives, then clears', async () => {
    await post('sandbox', 'type=subscribe');
    const stream = openStream();
    await until(() => stream.events.length === 1);
    expect(stream.events[0]).toMatchObject({ kind: 'snapshot', snapshot: { deliveries: [{ id: '1' }] } });

    await post('sandbox', 'type=contact_tag_added');
    await until(() => stream.events.length === 2);
    expect(stream.events[1]).toMatchObject({
      kind: 'delivery',
      delivery: { id: '2', eventType: 'contact_tag_added' },
      dropped: [],
    });

    const cleared = await request('POST', '/explorer-api/webhooks/clear');
    expect(json(cleared)).toEqual({ cleared: 2 });
    await until(() => stream.events.length === 3);
    expect(stream.events[2]).toEqual({ kind: 'cleared' });
    stream.close();
  });

  it('clears one inbox by name', async () => {
    await post('one', 'type=x');
    await post('two', 'type=x');
    expect(json(await request('POST', '/explorer-api/webhooks/clear?inbox=one'))).toEqual({ cleared: 1 });
    expect(store.snapshot().deliveries.map((d) => d.inbox)).toEqual(['two']);
    expect((await request('GET', '/explorer-api/webhooks/clear')).status).toBe(405);
  });

  it('says when a delivery is gone, and serves at most maxStreams streams', async () => {
    const gone = await request('GET', '/explorer-api/webhooks/deliveries/9');
    expect(gone.status).toBe(404);
    expect(json(gone).message).toMatch(/cleared or dropped/);
    const streams = [openStream(), openStream()];
    await until(() => streams.every((s) => s.events.length === 1));
    const third = openStream();
    await until(() => third.status() !== undefined);
    expect(third.status()).toBe(503);
    streams[0]?.close();
    await new Promise((r) => setTimeout(r, 50));
    const fourth = openStream();
    await until(() => fourth.events.length === 1);
    for (const s of [...streams, third, fourth]) s.close();
  });
});
