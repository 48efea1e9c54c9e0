import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HistoryRecord } from '../../core/bundle/history-record';
import * as buildModule from '../../core/request/build-request';
import { toProxyCall } from '../../core/request/proxy-request';
import type { PreparedRequest } from '../../core/request/types';
import { recordCall } from '../../lib/history-store';
import { resend } from './history-actions';

// The real buildRequest, watched: re-send must build through it, as the method page's Send does.
vi.mock('../../core/request/build-request', async (importOriginal) => {
  const actual = await importOriginal<typeof buildModule>();
  return { ...actual, buildRequest: vi.fn(actual.buildRequest) };
});
// Storage is IndexedDB's business (history-store.test.ts); here only what is handed to it matters.
vi.mock('../../lib/history-store', () => ({ recordCall: vi.fn(async () => {}) }));

const connection = {
  apiUrl: 'https://acme.api-us1.com',
  apiKey: 'k'.repeat(64),
  safety: { id: 'acme', name: 'Acme', sandbox: false, readOnly: false },
};
const values = { params: {}, body: { contact: { email: 'ada@example.com', firstName: 'Ada' } } };
const record = {
  id: 7,
  values,
  exchange: {
    methodId: 'v3.contacts.create',
    methodSummary: 'Create a contact',
    api: 'v3',
    startedAt: '2026-01-01T00:00:00.000Z',
    durationMs: 12,
    request: { method: 'POST', url: 'https://acme.api-us1.com/api/3/contacts', headers: [] },
  },
} as HistoryRecord;

afterEach(() => {
  vi.unstubAllGlobals();
  vi.mocked(buildModule.buildRequest).mockClear();
  vi.mocked(recordCall).mockClear();
});

describe('resend', () => {
  it('builds the stored values with buildRequest, sends exactly that, and records the new call', async () => {
    const fetchMock = vi.fn<typeof fetch>(async () => new Response('{"contact":{"id":"9"}}', { status: 201 }));
    vi.stubGlobal('fetch', fetchMock);

    await resend(record, connection);

    const build = vi.mocked(buildModule.buildRequest);
    expect(build).toHaveBeenCalledTimes(1);
    const [method, usedValues, usedConnection] = build.mock.calls[0] ?? [];
    expect(method).toMatchObject({ id: 'v3.contacts.create', http: 'POST' });
    expect(usedValues).toEqual(values);
    expect(usedConnection).toEqual(connection);
    const prepared = build.mock.results[0]?.value as PreparedRequest;
    const wire = toProxyCall(prepared);
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe(wire.url);
    expect(init).toMatchObject({ method: 'POST', headers: wire.headers, body: wire.body });
    expect(JSON.parse(String(init?.body))).toEqual(values.body);

    const stored = vi.mocked(recordCall).mock.calls[0];
    expect(stored?.[0]).toMatchObject({ methodId: 'v3.contacts.create', response: { status: 201 } });
    expect(stored?.[1]).toEqual(values);
    expect(stored?.[2]).toEqual(prepared.secrets);
  });

  it('refuses an imported entry, which has no form values, without sending', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    await expect(resend({ ...record, values: undefined }, connection)).rejects.toThrow(/no form values/);
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
