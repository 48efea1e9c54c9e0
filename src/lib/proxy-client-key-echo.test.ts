import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { echoKey } from '../../e2e/echo-key';
import { buildBundle } from '../core/bundle/bundle-model';
import { bundleHar } from '../core/bundle/har';
import { renderJsonBundle } from '../core/bundle/json-bundle';
import { countMarks, toSegments } from '../core/bundle/marked-text';
import { plainTextBundle } from '../core/bundle/plain-text';
import { DEFAULT_POLICY, NO_EXTRA_REDACTION } from '../core/bundle/redaction-policy';
import { markdownBundle } from '../core/bundle/support-bundle';
import { findMethod } from '../core/catalog/registry';
import type { MethodValues } from '../core/request/types';
// eslint-disable-next-line import-x/no-restricted-paths -- test harness: the real proxy runs in-process on loopback, as npm start runs it; app code still may not import server code
import { startProxy, startUpstream } from '../server/proxy/proxy-test-kit';
import { historyStore } from './history-store';
import { provideSafetyAsker } from './safety-gate';
import { sendCall } from './send-call';

/** `+`, `/` and `=` have a percent-encoded form different from the raw one: both must be caught. */
const KEY = 'echo-key-0123456789abcdef+/=';
const FORMS = [KEY, encodeURIComponent(KEY), encodeURIComponent(KEY).replace(/%20/g, '+')];

let upstream: Awaited<ReturnType<typeof startUpstream>>;
let proxy: Awaited<ReturnType<typeof startProxy>>;
// The echo server stands for a real account: v1 contact_add may send messages, so the rails ask; this user says yes.
const withdrawAsker = provideSafetyAsker(() => Promise.resolve(true));
const ACCOUNT = { id: 'echo', name: 'Echo account', sandbox: false, readOnly: false };

beforeAll(async () => {
  // Both bind 127.0.0.1 only (proxy-test-kit), and the proxy resolves every name to loopback.
  upstream = await startUpstream((req, res) => echoKey(req, res));
  proxy = await startProxy({ extraOrigins: () => [upstream.origin] });
  const realFetch = globalThis.fetch;
  // The browser resolves the client's same-origin `/proxy/...` URL against the page; here the page is the proxy.
  vi.stubGlobal('fetch', (input: string, init?: RequestInit) => realFetch(new URL(input, proxy.origin), init));
});

afterAll(async () => {
  vi.unstubAllGlobals();
  withdrawAsker();
  await historyStore.clear();
  await Promise.all([upstream.close(), proxy.close()]);
});

function expectNoKey(name: string, text: string): void {
  for (const form of FORMS) expect(text, name).not.toContain(form);
}

const calls: [string, string, MethodValues][] = [
  ['v3 GET, key in Api-Token', 'v3.contacts.list', { params: { search: 'echo-key' } }],
  ['v1 GET, key in api_key', 'v1.contact_view_email', { params: { email: 'echo@example.org' } }],
  ['v1 POST, key in api_key', 'v1.contact_add', { params: { email: 'echo@example.org' } }],
];

describe('a key echoed back by the upstream, through the real proxy client and proxy', () => {
  it.each(calls)(
    '%s: never reaches the exchange, history, the bundle (every format) or the HAR',
    async (_n, id, values) => {
      const method = findMethod(id);
      if (!method) throw new Error(`missing ${id}`);
      const before = upstream.requests.length;
      const exchange = await sendCall(
        { method, values, connection: { apiUrl: upstream.origin, apiKey: KEY, safety: ACCOUNT } },
        { awaitRecord: true },
      );

      // The key really went out and really came back, so the checks below are not vacuous.
      const seen = upstream.requests[before];
      expect(seen?.headers['api-token'] ?? new URL(seen?.url ?? '/', upstream.origin).searchParams.get('api_key')).toBe(
        KEY,
      );
      expect(exchange.response?.status).toBe(200);
      expect(exchange.response?.headers.find((h) => h.name === 'x-echo-api-token')?.value).toBe('[REDACTED]');
      expect(exchange.response?.bodyText).toContain('your key is [REDACTED]');

      const outputs: Record<string, string> = { exchange: JSON.stringify(exchange) };
      const stored = (await historyStore.list()).records.find((r) => r.exchange.startedAt === exchange.startedAt);
      expect(stored).toBeDefined();
      outputs.history = JSON.stringify(stored);
      for (const [policyName, policy] of Object.entries({ none: NO_EXTRA_REDACTION, default: DEFAULT_POLICY })) {
        const m = buildBundle({ exchange, method, explorerVersion: 't', browser: 't', policy, problem: 'echo' });
        const markdown = markdownBundle(m);
        const plain = plainTextBundle(m);
        outputs[`markdown (${policyName})`] = markdown.text;
        outputs[`plain text (${policyName})`] = plain.text;
        outputs[`preview segments (${policyName})`] = JSON.stringify(toSegments(markdown));
        outputs[`json (${policyName})`] = renderJsonBundle(m);
        outputs[`har (${policyName})`] = JSON.stringify(bundleHar(m, { version: 't' }));
        // Every place the key was echoed is a highlighted redaction in the preview, not just text that says so.
        const redacted = toSegments(markdown).filter((s) => s.redacted === 'secret');
        expect(redacted.length, policyName).toBeGreaterThanOrEqual(3);
        expect(redacted.every((s) => s.text === '[REDACTED]')).toBe(true);
        expect(countMarks(plain).key, policyName).toBeGreaterThanOrEqual(2);
      }
      for (const [name, text] of Object.entries(outputs)) expectNoKey(name, text);
    },
  );
});
