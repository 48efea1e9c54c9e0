import { afterEach, describe, expect, it, vi } from 'vitest';
import * as buildModule from '../../core/request/build-request';
import { toProxyCall } from '../../core/request/proxy-request';
import type { PreparedRequest } from '../../core/request/types';
import { checkKey, KEY_CHECK_METHOD_ID } from './check-key';

// The real buildRequest, watched: the test proves Check key goes through it, not beside it.
vi.mock('../../core/request/build-request', async (importOriginal) => {
  const actual = await importOriginal<typeof buildModule>();
  return { ...actual, buildRequest: vi.fn(actual.buildRequest) };
});

const connection = {
  apiUrl: 'https://acme.api-us1.com',
  apiKey: 'k'.repeat(64),
  safety: { id: 'acme', name: 'Acme', sandbox: false, readOnly: false },
};

afterEach(() => {
  vi.unstubAllGlobals();
  vi.mocked(buildModule.buildRequest).mockClear();
});

describe('checkKey', () => {
  it('builds GET /api/3/users/me with buildRequest and sends exactly that through the proxy', async () => {
    const fetchMock = vi.fn<typeof fetch>(
      async () =>
        new Response(JSON.stringify({ user: { username: 'admin', email: 'ada@example.com' } }), { status: 200 }),
    );
    vi.stubGlobal('fetch', fetchMock);

    const result = await checkKey(connection);

    expect(result).toEqual({
      tone: 'ok',
      message: 'The key works. It belongs to user admin, ada@example.com.',
      owner: 'user admin, ada@example.com',
    });
    const build = vi.mocked(buildModule.buildRequest);
    expect(build).toHaveBeenCalledTimes(1);
    const [method, values, usedConnection] = build.mock.calls[0] ?? [];
    expect(method).toMatchObject({ id: KEY_CHECK_METHOD_ID, http: 'GET', path: '/api/3/users/me' });
    expect(values).toEqual({ params: {} });
    expect(usedConnection).toEqual(connection);
    const prepared = build.mock.results[0]?.value as PreparedRequest;
    const wire = toProxyCall(prepared);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe(wire.url);
    expect(init).toMatchObject({ method: 'GET', headers: wire.headers, credentials: 'omit', redirect: 'manual' });
    expect(wire.url).toBe('/proxy/api/3/users/me');
  });

  it('passes on a proxy refusal read from the pipeline’s captured response', async () => {
    const body = JSON.stringify({ proxyError: { code: 'dns_failed', message: 'Could not resolve acme.api-us1.com.' } });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(body, { status: 502, headers: { 'X-Proxy-Error': 'dns_failed' } })),
    );
    expect((await checkKey(connection)).message).toBe(
      'The proxy could not check the key (dns_failed): Could not resolve acme.api-us1.com.',
    );
  });

  it('says the proxy is unreachable when the request fails', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('fetch failed');
      }),
    );
    expect((await checkKey(connection)).message).toMatch(/Could not reach the explorer's proxy/);
  });

  it('asks for a key before sending anything', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    expect((await checkKey({ ...connection, apiKey: '' })).message).toMatch(/Enter the API key first/);
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
