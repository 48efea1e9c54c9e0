import { afterEach, describe, expect, it } from 'vitest';
import type { Resolver } from './proxy';
import { proxyErrorOf, startProxy, startUpstream, type RawResponse, type Running } from './proxy-test-kit';

const KEY = 'secret-api-key-0123456789abcdef';
const open: Running[] = [];
const track = <T extends Running>(r: T): T => (open.push(r), r);
afterEach(async () => {
  await Promise.all(open.splice(0).map((r) => r.close()));
});

/** Maps every test name to loopback, as a hostile DNS server would; it never asks the real DNS. */
function rebindingResolver(address = '127.0.0.1'): Resolver & { calls: string[] } {
  const calls: string[] = [];
  const resolve = (hostname: string) => {
    calls.push(hostname);
    return Promise.resolve({ address, family: address.includes(':') ? 6 : 4 });
  };
  return Object.assign(resolve, { calls });
}

function expectRefusal(res: RawResponse, code: string, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers['x-proxy-error']).toBe(code);
  expect(proxyErrorOf(res)?.code).toBe(code);
  expect(res.headers['access-control-allow-origin']).toBeUndefined();
  expect(res.body).not.toContain(KEY);
}

describe('proxy refusals, each before any connection', () => {
  it.each<[string | undefined, string]>([
    [undefined, 'missing'],
    ['https://evil.test', 'not an ActiveCampaign host'],
    ['https://acct.api-us1.com@127.0.0.1', 'userinfo'],
    ['https://acct.api-us1.com.', 'trailing dot'],
    ['http://2130706433:1', 'decimal IPv4'],
  ])('target_not_allowed for X-Target-Origin %s (%s)', async (target) => {
    const canary = track(await startUpstream());
    const proxy = track(await startProxy({ extraOrigins: () => [canary.origin] }));
    const headers: Record<string, string> = { 'api-token': KEY };
    if (target) headers['x-target-origin'] = target;
    expectRefusal(await proxy.request({ path: '/proxy/api/3/users/me', headers }), 'target_not_allowed', 403);
    expect(canary.connections()).toBe(0);
  });

  it.each([
    [{ host: 'evil.test' }, 'bad_host', 421],
    [{ host: 'attacker.example:80' }, 'bad_host', 421],
    [{ origin: 'http://127.0.0.1:1' }, 'cross_origin', 403],
    [{ origin: 'null' }, 'cross_origin', 403],
    [{ 'sec-fetch-site': 'cross-site' }, 'cross_origin', 403],
    [{ 'sec-fetch-site': 'same-site' }, 'cross_origin', 403],
  ])('refuses a caller with %o: %s', async (extra, code, status) => {
    const canary = track(await startUpstream());
    const proxy = track(await startProxy({ extraOrigins: () => [canary.origin] }));
    const res = await proxy.request({
      path: '/proxy/api/3/users/me',
      headers: { 'x-target-origin': canary.origin, 'api-token': KEY, ...extra },
    });
    expectRefusal(res, code, status);
    expect(canary.connections()).toBe(0);
  });

  it("accepts the explorer's own origin and a same-origin fetch", async () => {
    const upstream = track(await startUpstream());
    const proxy = track(await startProxy({ extraOrigins: () => [upstream.origin] }));
    const res = await proxy.request({
      path: '/proxy/x',
      method: 'POST',
      headers: { 'x-target-origin': upstream.origin, origin: proxy.origin, 'sec-fetch-site': 'same-origin' },
      body: '{}',
    });
    expect(res.status).toBe(200);
  });

  it('bad_request for a method the API never uses', async () => {
    const canary = track(await startUpstream());
    const proxy = track(await startProxy({ extraOrigins: () => [canary.origin] }));
    const res = await proxy.request({
      path: '/proxy/x',
      method: 'TRACE',
      headers: { 'x-target-origin': canary.origin },
    });
    expectRefusal(res, 'bad_request', 400);
    expect(canary.connections()).toBe(0);
  });

  it('request_too_large from the declared length, before connecting', async () => {
    const canary = track(await startUpstream());
    const proxy = track(await startProxy({ extraOrigins: () => [canary.origin], limits: { maxRequestBytes: 1024 } }));
    const res = await proxy.request({
      path: '/proxy/x',
      method: 'POST',
      headers: { 'x-target-origin': canary.origin, 'api-token': KEY },
      body: 'y'.repeat(4096),
    });
    expectRefusal(res, 'request_too_large', 413);
    expect(proxyErrorOf(res)?.message).toContain('--max-request-bytes');
    expect(canary.connections()).toBe(0);
  });

  it('request_too_large while streaming a body that declared no length', async () => {
    const upstream = track(await startUpstream());
    const proxy = track(
      await startProxy({ extraOrigins: () => [upstream.origin], limits: { maxRequestBytes: 20_000 } }),
    );
    const res = await proxy.request({
      path: '/proxy/x',
      method: 'POST',
      headers: { 'x-target-origin': upstream.origin, 'api-token': KEY },
      body: 'y'.repeat(40_000),
      chunked: true,
    });
    expectRefusal(res, 'request_too_large', 413);
    expect(upstream.requests).toHaveLength(0);
  });
});

describe('no SSRF through DNS (injected resolver only; loopback canaries)', () => {
  // Loopback answers only: should the check ever regress, the connection still stays on this machine.
  // Every other forbidden range is covered by address-policy.test.ts without a socket.
  it.each(['127.0.0.1', '::ffff:127.0.0.1', '::1', '127.0.0.2'])(
    'address_not_allowed when an ActiveCampaign name resolves to %s',
    async (address) => {
      const resolve = rebindingResolver(address);
      const proxy = track(await startProxy({ extraOrigins: () => [], resolve }));
      const res = await proxy.request({
        path: '/proxy/api/3/users/me',
        headers: { 'x-target-origin': 'https://acct.api-us1.com', 'api-token': KEY },
      });
      expectRefusal(res, 'address_not_allowed', 403);
      expect(resolve.calls).toEqual(['acct.api-us1.com']);
    },
  );

  it('an explicitly allowed host name rebound to loopback is refused, and the canary there receives nothing', async () => {
    const canary = track(await startUpstream());
    const target = `http://rebind.example.test:${canary.port}`;
    const resolve = rebindingResolver();
    const proxy = track(await startProxy({ extraOrigins: () => [target], resolve }));
    const res = await proxy.request({
      path: '/proxy/api/3/users/me',
      headers: { 'x-target-origin': target, 'api-token': KEY },
    });
    expectRefusal(res, 'address_not_allowed', 403);
    expect(canary.connections()).toBe(0);
  });

  it('connects to the address the resolver returned, resolving once (no second lookup to rebind)', async () => {
    const upstream = track(await startUpstream());
    const target = `http://localhost:${upstream.port}`;
    const resolve = rebindingResolver();
    const proxy = track(await startProxy({ extraOrigins: () => [target], resolve }));
    const res = await proxy.request({ path: '/proxy/x', headers: { 'x-target-origin': target } });
    expect(res.status).toBe(200);
    expect(resolve.calls).toEqual(['localhost']);
    expect(upstream.requests).toHaveLength(1);
  });

  it('dns_failed when the name does not resolve', async () => {
    const resolve: Resolver = () => Promise.reject(Object.assign(new Error('nope'), { code: 'ENOTFOUND' }));
    const proxy = track(await startProxy({ extraOrigins: () => [], resolve }));
    const res = await proxy.request({
      path: '/proxy/x',
      headers: { 'x-target-origin': 'https://nosuchaccount.api-us1.com', 'api-token': KEY },
    });
    expectRefusal(res, 'dns_failed', 502);
    expect(proxyErrorOf(res)?.message).toContain('ENOTFOUND');
  });
});
