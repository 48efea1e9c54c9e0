/**
 * How soon a delivery reaches an open explorer page, in one process, on
 * loopback (ephemeral ports on 127.0.0.1): the explorer's middleware with its
 * inbox, a live-stream client reading Server-Sent Events as the page does,
 * and the sandbox with its real deliverer.
 * Target (issue 16): a delivery shows within a second, so p99 < 1000 ms for
 * both paths; a 1 MB hostile body is answered quickly and kept capped.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createExplorerMiddleware } from '../src/server/explorer-middleware';
import { startSandbox } from '../src/server/sandbox/start-sandbox';
import { createInboxStore } from '../src/server/webhook-inbox/inbox-store';
import { percentile } from './support';

const DIRECT_DELIVERIES = 500;
const SANDBOX_EVENTS = 60;
const TARGET_MS = 1000;
const KEY = 'bench-inbox-key-000000000';

const store = createInboxStore({ limits: { ...createInboxStore().limits, maxDeliveries: 1000 } });
const sandbox = await startSandbox(0, KEY, { rateLimit: false });
const self: string[] = [];
const middleware = createExplorerMiddleware({
  selfOrigins: () => self,
  allowOrigins: [],
  version: 'bench',
  webhookInbox: store,
  sandbox: { url: sandbox.url, instance: sandbox.sandbox },
});
const explorer = http.createServer((req, res) => middleware(req, res, () => res.writeHead(404).end()));
await new Promise<void>((resolve) => explorer.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(explorer.address() as AddressInfo).port}`;
self.push(origin);

/** The page's side: one stream, resolving a waiter when the delivery with that id arrives. */
const waiting = new Map<string, (at: number) => void>();
const seen = new Map<string, number>();
await new Promise<void>((resolve) => {
  http.get(`${origin}/explorer-api/webhooks/stream`, { agent: false }, (res) => {
    res.setEncoding('utf8');
    let buffer = '';
    res.on('data', (chunk: string) => {
      const at = performance.now();
      buffer += chunk;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const data = buffer
          .slice(0, end)
          .split('\n')
          .find((l) => l.startsWith('data: '));
        buffer = buffer.slice(end + 2);
        if (!data) continue;
        const event = JSON.parse(data.slice(6)) as { kind: string; delivery?: { id: string; eventType?: string } };
        if (event.kind === 'snapshot') resolve();
        const key = event.delivery ? (event.delivery.eventType ?? '') + event.delivery.id : undefined;
        if (!key) continue;
        seen.set(key, at);
      }
      for (const [key, done] of waiting) {
        const when = seen.get(key);
        if (when !== undefined) {
          waiting.delete(key);
          done(when);
        }
      }
    });
  });
});

function arrival(key: string): Promise<number> {
  const when = seen.get(key);
  if (when !== undefined) return Promise.resolve(when);
  return new Promise((resolve) => waiting.set(key, resolve));
}

function post(body: string): Promise<{ status: number; id: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${origin}/webhooks/inbox/bench`,
      { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, id: (JSON.parse(text) as { id: string }).id }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const report = (label: string, samples: number[]): boolean => {
  const sorted = [...samples].sort((a, b) => a - b);
  const p = (q: number) => percentile(sorted, q).toFixed(2);
  const ok = percentile(sorted, 99) < TARGET_MS;
  console.log(
    `${label}: p50 ${p(50)} ms, p99 ${p(99)} ms, max ${p(100)} ms (${samples.length} deliveries) ${ok ? 'ok' : 'MISSED'}`,
  );
  return ok;
};

// 1. Straight to the inbox (curl, a tunnel): POST sent → event read by the page.
const direct: number[] = [];
for (let i = 0; i < DIRECT_DELIVERIES; i++) {
  const start = performance.now();
  const { id } = await post(`type=subscribe&contact%5Bid%5D=${i}&contact%5Bemail%5D=c${i}%40example.org`);
  direct.push((await arrival(`subscribe${id}`)) - start);
}

// 2. From the sandbox: API answer received → the delivery it caused read by the page.
const api = (path: string, body: unknown) =>
  fetch(`${sandbox.url}/api/3/${path}`, {
    method: 'POST',
    headers: { 'Api-Token': KEY, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
await api('webhooks', {
  webhook: { name: 'bench', url: `${origin}/webhooks/inbox/sandbox`, events: ['subscribe'], sources: ['api'] },
});
const fromSandbox: number[] = [];
let nextId = Number(store.snapshot().deliveries[0]?.id ?? 0) + 1;
for (let i = 0; i < SANDBOX_EVENTS; i++) {
  const res = await api('contacts', { contact: { email: `bench-${i}@example.org` } });
  const answered = performance.now();
  await res.arrayBuffer();
  fromSandbox.push((await arrival(`subscribe${nextId++}`)) - answered);
}

// 3. A hostile 1 MB value: answered, kept capped.
const hostile = `type=%3Cscript%3E&v=${'x'.repeat(1_000_000)}`;
const hostileStart = performance.now();
const answer = await post(hostile);
const hostileMs = performance.now() - hostileStart;
const kept = store.get(answer.id);

const ok = [report('inbox POST → page', direct), report('sandbox API answer → page', fromSandbox)].every(Boolean);
console.log(
  `1 MB hostile body: HTTP ${answer.status} in ${hostileMs.toFixed(1)} ms, kept ${kept?.bytes ?? 0} bytes (cut: ${kept?.truncated ?? false})`,
);
const rss = process.memoryUsage().rss / 1024 / 1024;
console.log(`RSS after ${store.snapshot().deliveries.length} kept deliveries: ${rss.toFixed(0)} MB`);

explorer.closeAllConnections();
explorer.close();
sandbox.server.closeAllConnections();
sandbox.server.close();
process.exit(ok && kept?.truncated ? 0 : 1);
