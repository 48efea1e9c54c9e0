import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MethodDef } from '../core/catalog/types';
import { recordCall } from './history-store';
import { sendCall, sendCallOptions } from './send-call';

vi.mock('./history-store', () => ({ recordCall: vi.fn(async () => {}) }));

const method: MethodDef = {
  id: 'v3.test.me',
  api: 'v3',
  group: 'Test',
  summary: 'Test',
  description: 'Test',
  http: 'GET',
  kind: 'read',
  path: '/api/3/users/me',
  params: [],
  responses: [],
};
const connection = {
  apiUrl: 'https://acme.api-us1.com',
  apiKey: 'k'.repeat(64),
  safety: { id: 'acme', name: 'Acme', sandbox: false, readOnly: false },
};

afterEach(() => {
  vi.unstubAllGlobals();
  vi.mocked(recordCall).mockClear();
});

describe('sendCall', () => {
  it('hands the caller’s AbortSignal to fetch and reports a cancelled call as such', async () => {
    const controller = new AbortController();
    const fetchMock = vi.fn(
      (_url: string, init: RequestInit) =>
        new Promise<Response>((_resolve, reject) => {
          init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const pending = sendCall({ method, values: { params: {} }, connection, signal: controller.signal });
    // The call first takes its turn in the rate budget; abort once it is on the wire.
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalled());
    controller.abort();
    const exchange = await pending;
    expect(fetchMock.mock.calls[0]?.[1].signal).toBe(controller.signal);
    expect(exchange.response).toBeUndefined();
    expect(exchange.networkError).toMatch(/^Cancelled before the answer arrived/);
  });

  it('refuses, unsent and unrecorded, when there is no usable connection', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    await expect(
      sendCall({ method, values: { params: {} }, connection: { ok: false, message: 'Enter the API URL.' } }),
    ).rejects.toThrow('Enter the API URL.');
    expect(fetchMock).not.toHaveBeenCalled();
    expect(recordCall).not.toHaveBeenCalled();
  });

  it('is the mutation function of sendCallOptions, with the hooks it was given', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{"user":{}}', { status: 200 })),
    );
    const onStart = vi.fn();
    const options = sendCallOptions({ onStart, awaitRecord: true });
    expect(options.mutationKey).toEqual(['send-call']);
    const exchange = await options.mutationFn?.(
      { method, values: { params: {} }, connection },
      // The mutation context is unused by sendCall; a QueryClient is not needed to call it.
      { client: undefined as never, meta: undefined, mutationKey: options.mutationKey },
    );
    expect(onStart).toHaveBeenCalledTimes(1);
    expect(exchange?.response?.status).toBe(200);
    expect(recordCall).toHaveBeenCalledTimes(1);
  });
});
