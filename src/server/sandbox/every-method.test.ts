import { describe, expect, it } from 'vitest';
import { catalog } from '../../core/catalog/registry';
import type { MethodDef } from '../../core/catalog/types';
import { checkContract } from '../../core/contract/check-contract';
import { exampleForm } from '../../core/form-model/raw-values';
import { previewValues } from '../../core/form-model/to-zod';
import { buildRequest } from '../../core/request/build-request';
import type { SandboxRequest } from './http-types';
import { createSandbox, type Sandbox } from './sandbox';

const KEY = 'every-method-key';
const ORIGIN = 'http://127.0.0.1:1';

function fresh(): Sandbox {
  return createSandbox({ apiKey: KEY, baseUrl: ORIGIN, now: () => new Date('2026-02-01T12:00:00Z') });
}

/** The request the explorer itself would send for the method filled with its catalog example. */
function exampleRequest(m: MethodDef): SandboxRequest {
  const prepared = buildRequest(m, previewValues(m, exampleForm(m)), { apiUrl: ORIGIN, apiKey: KEY });
  const url = new URL(prepared.url);
  const headers: Record<string, string> = {};
  for (const h of prepared.headers) headers[h.name.toLowerCase()] = h.value;
  if (prepared.body !== undefined) headers['content-type'] ??= 'application/json';
  return { method: prepared.method, path: url.pathname, query: url.searchParams, headers, body: prepared.body ?? '' };
}

function get(sb: Sandbox, url: string) {
  const u = new URL(url);
  return sb.handle({ method: 'GET', path: u.pathname, query: u.searchParams, headers: { 'api-token': KEY }, body: '' });
}

describe('every catalog method through the sandbox', () => {
  it.each(catalog.map((m) => [m.id, m] as const))('%s is served with its documented shape', (_id, m) => {
    const res = fresh().handle(exampleRequest(m));
    expect(res.body).not.toContain('does not implement');
    expect(checkContract(m, res.status, res.body)).toEqual([]);
    expect(res.status).toBeLessThan(300);
  });

  it('v1 without api_output answers XML, as the real API does', () => {
    const res = fresh().handle({
      method: 'GET',
      path: '/admin/api.php',
      query: new URLSearchParams({ api_action: 'user_me', api_key: KEY }),
      headers: {},
      body: '',
    });
    expect(res.headers['Content-Type']).toContain('xml');
    expect(res.body).toMatch(/^<\?xml/);
  });
});

/** Every URL string in a JSON value. */
function urlsIn(value: unknown, out: Set<string>): void {
  if (typeof value === 'string' && value.startsWith(`${ORIGIN}/api/3/`)) out.add(value);
  else if (Array.isArray(value)) value.forEach((v) => urlsIn(v, out));
  else if (typeof value === 'object' && value !== null) Object.values(value).forEach((v) => urlsIn(v, out));
}

describe('links in seeded responses', () => {
  it('every links URL of every seeded v3 GET answer responds 200', () => {
    const sb = fresh();
    const urls = new Set<string>();
    for (const m of catalog) {
      if (m.api !== 'v3' || m.http !== 'GET') continue;
      const res = sb.handle(exampleRequest(m));
      if (res.status === 200 && res.headers['Content-Type']?.includes('json')) urlsIn(JSON.parse(res.body), urls);
    }
    expect(urls.size).toBeGreaterThan(300);
    const failing = [...urls].filter((u) => get(sb, u).status !== 200);
    expect(failing).toEqual([]);
  });
});
