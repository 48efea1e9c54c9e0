import { describe, expect, it } from 'vitest';
import { findMethod } from '../catalog/registry';
import type { MethodDef } from '../catalog/types';
import type { Exchange } from '../exchange/types';
import { buildRequest } from '../request/build-request';
import { redactRequest } from '../request/redact';
import { NO_EXTRA_REDACTION } from './redaction-policy';
import { COPY_BODY_LIMIT, renderSupportBundle } from './support-bundle';

const KEY = 'bundle-secret-key-42';

function method(id: string): MethodDef {
  const m = findMethod(id);
  if (!m) throw new Error(`missing ${id}`);
  return m;
}

function exchangeFor(m: MethodDef, values: Parameters<typeof buildRequest>[1], body: string, status = 422): Exchange {
  const prepared = buildRequest(m, values, { apiUrl: 'https://acme.api-us1.com', apiKey: KEY });
  return {
    methodId: m.id,
    methodSummary: m.summary,
    api: m.api,
    startedAt: '2026-11-26T10:00:00.000Z',
    durationMs: 12.4,
    request: redactRequest(prepared),
    response: {
      status,
      statusText: 'Unprocessable Entity',
      headers: [{ name: 'content-type', value: 'application/json' }],
      bodyText: body,
      bytes: body.length,
    },
  };
}

describe('renderSupportBundle', () => {
  it('has the four items and no key, for v3 POST and v1 GET', () => {
    const create = method('v3.contacts.create');
    const v3 = renderSupportBundle({
      exchange: exchangeFor(create, { params: {}, body: { contact: { email: 'a@example.com' } } }, '{"errors":[]}'),
      method: create,
      explorerVersion: '0.1.0',
      browser: 'test',
      policy: NO_EXTRA_REDACTION,
    });
    expect(v3).toContain('## 1. Full request URL');
    expect(v3).toContain('POST https://acme.api-us1.com/api/3/contacts');
    expect(v3).toContain('## 2. POST data');
    expect(v3).toContain('{"contact":{"email":"a@example.com"}}');
    expect(v3).toContain('## 3. Expected response / action');
    expect(v3).toContain('HTTP 201');
    expect(v3).toContain('## 4. Actual response');
    expect(v3).toContain('HTTP 422 Unprocessable Entity');
    expect(v3).toContain('Api-Token: [REDACTED]');
    expect(v3).not.toContain(KEY);

    const view = method('v1.contact_view_email');
    const v1 = renderSupportBundle({
      exchange: exchangeFor(view, { params: { email: 'a@example.com' } }, '{"result_code":0}', 200),
      method: view,
      explorerVersion: '0.1.0',
      browser: 'test',
    });
    expect(v1).toContain('api_key=[REDACTED]');
    expect(v1).toContain('None (GET request without a body).');
    expect(v1).toContain('HTTP 200 with result_code 1');
    expect(v1).not.toContain(KEY);
  });

  it('truncates long bodies with a note', () => {
    const m = method('v3.contacts.list');
    const big = `"${'x'.repeat(COPY_BODY_LIMIT + 50)}"`;
    const text = renderSupportBundle({
      exchange: exchangeFor(m, { params: {} }, big, 200),
      method: m,
      explorerVersion: '0',
      browser: 'b',
    });
    expect(text).toContain('[truncated: 52 more characters');
  });

  it('keeps a body with backticks inside its fence', () => {
    const m = method('v3.contacts.list');
    const text = renderSupportBundle({
      exchange: exchangeFor(m, { params: {} }, '{"a":"```\\n# heading"}', 200),
      method: m,
      explorerVersion: '0',
      browser: 'b',
    });
    expect(text).toContain('````json\n{"a":"```');
  });
});
