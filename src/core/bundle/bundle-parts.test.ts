import { describe, expect, it } from 'vitest';
import { buildBundle } from './bundle-model';
import { bundleHar } from './har';
import { renderJsonBundle } from './json-bundle';
import { renderPlainText } from './plain-text';
import { NO_EXTRA_REDACTION } from './redaction-policy';
import { renderSupportBundle } from './support-bundle';
import { captureCall } from './test-exchanges';

const KEY = 'bundle-parts-key-9876';

/** A 422 from create-contact, as the proxy hands it over from an account (or the sandbox). */
function failedCreate(headers: { name: string; value: string }[] = []) {
  const call = captureCall(
    'v3.contacts.create',
    { params: {}, body: { contact: { email: 'jane@example.org' } } },
    KEY,
    {
      status: 422,
      statusText: 'Unprocessable Entity',
      body: '{"errors":[{"title":"Email address already exists in the system","source":{"pointer":"/data/attributes/email"}}]}',
    },
  );
  const res = call.exchange.response;
  if (!res) throw new Error('no response');
  return { ...call, exchange: { ...call.exchange, response: { ...res, headers: [...res.headers, ...headers] } } };
}

const ANSWER_HEADERS = [
  { name: 'date', value: 'Thu, 26 Nov 2026 10:00:00 GMT' },
  { name: 'server-timing', value: 'dns;dur=1.0, connect;dur=2.0, ttfb;dur=30.0' },
  { name: 'content-security-policy', value: 'sandbox' },
  { name: 'x-content-type-options', value: 'nosniff' },
  { name: 'ratelimit-remaining', value: '4' },
];

describe('the support bundle model', () => {
  it('carries the problem, the connection, the four items, the reproduction command and the check, in every text format', () => {
    const { exchange, method } = failedCreate(ANSWER_HEADERS);
    const m = buildBundle({
      exchange,
      method,
      explorerVersion: '1.2.3',
      browser: 'test',
      connection: { sandbox: false, accountName: 'Acme Inc' },
      problem: 'Creating a contact\nsays the email exists   but it does not',
    });
    expect(m.problem.text).toBe('Creating a contact says the email exists but it does not');
    expect(m.connection).toEqual({
      kind: 'account',
      label: 'ActiveCampaign account "Acme Inc" (acme.api-us1.com)',
      apiUrl: 'https://acme.api-us1.com',
      accountName: 'Acme Inc',
    });
    const md = renderSupportBundle(m);
    const plain = renderPlainText(m);
    for (const text of [md, plain]) {
      expect(text).toMatch(/Problem:(\*\*)? Creating a contact says the email exists but it does not\n/);
      expect(text).toContain('Connection: ActiveCampaign account "Acme Inc" (acme.api-us1.com)');
      expect(text).toContain('API URL: https://acme.api-us1.com');
      for (const item of ['1. Full request URL', '2. POST data', '3. Expected response / action', '4. Actual response'])
        expect(text).toContain(item);
      expect(text).toContain('POST https://acme.api-us1.com/api/3/contacts');
      // Contacts are masked by default, in the body and in the command alike.
      expect(text).toContain('{"contact":{"email":"[EMAIL]"}}');
      expect(text).not.toContain('jane@example.org');
      expect(text).toContain('HTTP 201: The contact was created');
      expect(text).toContain('HTTP 422 Unprocessable Entity');
      expect(text).toContain("curl -X POST 'https://acme.api-us1.com/api/3/contacts'");
      expect(text).toContain("-H 'Api-Token: YOUR_API_KEY'");
      expect(text).toContain(`--data-raw '{"contact":{"email":"[EMAIL]"}}'`);
      expect(text).not.toContain(KEY);
    }
    expect(md).toContain('**Problem:**');
  });

  it('keeps the headers the proxy and the sandbox added apart from the server’s, and labels them', () => {
    const { exchange, method } = failedCreate(ANSWER_HEADERS);
    const account = buildBundle({
      exchange,
      method,
      explorerVersion: '1',
      browser: '',
      connection: { sandbox: false },
    });
    expect(account.headers?.proxy.map((h) => h.name)).toEqual([
      'server-timing',
      'content-security-policy',
      'x-content-type-options',
    ]);
    // From an account, a rate-limit header is ActiveCampaign's own.
    expect(account.headers?.upstream.map((h) => h.name)).toEqual(['content-type', 'date', 'ratelimit-remaining']);
    expect(account.headers?.sandbox).toEqual([]);
    const md = renderSupportBundle(account);
    const upstream = md.indexOf('Headers from ActiveCampaign:');
    const proxy = md.indexOf("Added by the explorer's proxy (not from ActiveCampaign):");
    expect(upstream).toBeGreaterThan(-1);
    expect(proxy).toBeGreaterThan(upstream);
    // Each header stands in its own group only.
    expect(md.slice(upstream, proxy)).not.toContain('server-timing');
    expect(md.slice(proxy)).toContain('content-security-policy: sandbox');

    const sandbox = buildBundle({ exchange, method, explorerVersion: '1', browser: '', connection: { sandbox: true } });
    expect(sandbox.connection.kind).toBe('sandbox');
    expect(sandbox.headers?.sandbox.map((h) => h.name)).toEqual(['ratelimit-remaining']);
    const text = renderPlainText(sandbox);
    expect(text).toContain("Connection: Sandbox: the explorer's offline stand-in for an account, not ActiveCampaign");
    expect(text).toContain('Headers from the sandbox (standing in for ActiveCampaign):');
    expect(text).toContain('Added by the sandbox (ActiveCampaign does not send these):\nratelimit-remaining: 4');
    const json = JSON.parse(renderJsonBundle(sandbox)) as {
      connection: { kind: string };
      actual: { headers: Record<string, { name: string }[]> };
    };
    expect(json.connection.kind).toBe('sandbox');
    expect(json.actual.headers.addedByProxy?.map((h) => h.name)).toContain('server-timing');
    expect(json.actual.headers.fromServer?.map((h) => h.name)).not.toContain('server-timing');
  });

  it('reads the connection kind off a loopback URL when the page does not say', () => {
    const call = captureCall('v3.contacts.list', { params: {} }, KEY, { status: 200, body: '{}' });
    const local = {
      ...call.exchange,
      request: { ...call.exchange.request, url: 'http://127.0.0.1:5302/api/3/contacts' },
    };
    const m = buildBundle({ exchange: local, method: call.method, explorerVersion: '1', browser: '' });
    expect(m.connection.kind).toBe('sandbox');
    expect(m.connection.apiUrl).toBe('http://127.0.0.1:5302');
    expect(m.reproduction.text).toContain("'http://127.0.0.1:5302/api/3/contacts'");
  });

  it('writes the expected response for people; only the JSON download has the full example', () => {
    const { exchange, method } = failedCreate();
    const m = buildBundle({ exchange, method, explorerVersion: '1', browser: '' });
    expect(m.expected?.outline).toEqual([
      'fieldValues: array of objects',
      expect.stringMatching(/^contact: object \(cdate, email, .* keys\)$/),
    ]);
    const documented = JSON.stringify(method.responses.find((r) => r.status === 201)?.example);
    const md = renderSupportBundle(m);
    expect(md).toContain('- fieldValues: array of objects');
    expect(md).not.toContain(documented);
    expect(renderPlainText(m)).not.toContain(documented);
    const json = JSON.parse(renderJsonBundle(m)) as { expected: { status: number; example: unknown } };
    expect(json.expected.status).toBe(201);
    expect(JSON.stringify(json.expected.example)).toBe(documented);
  });

  it('gives v1 a reproduction with YOUR_API_KEY in the query, and carries the problem into the HAR', () => {
    const call = captureCall('v1.contact_view_email', { params: { email: 'a@example.com' } }, KEY, {
      status: 200,
      body: '{"result_code":0}',
    });
    const m = buildBundle({ ...call, explorerVersion: '1', browser: '', problem: 'Contact not found' });
    expect(m.reproduction.text).toMatch(
      /^curl -X GET 'https:\/\/acme\.api-us1\.com\/admin\/api\.php\?.*api_key=YOUR_API_KEY/,
    );
    expect(m.reproduction.text).not.toContain('[REDACTED]');
    const har = bundleHar(m, { version: '1' });
    expect(har.log.entries[0]?.comment).toBe(
      'Problem: Contact not found\nConnection: ActiveCampaign account at acme.api-us1.com',
    );
    expect(JSON.stringify(har)).not.toContain(KEY);
  });

  it('quotes a body with single quotes so the shell passes it unchanged', () => {
    const call = captureCall(
      'v3.contacts.create',
      { params: {}, body: { contact: { email: "o'neil@example.org" } } },
      KEY,
      {
        status: 201,
        body: '{}',
      },
    );
    const m = buildBundle({ ...call, explorerVersion: '1', browser: '', policy: NO_EXTRA_REDACTION });
    expect(m.reproduction.text).toContain(`--data-raw '{"contact":{"email":"o'\\''neil@example.org"}}'`);
  });
});
