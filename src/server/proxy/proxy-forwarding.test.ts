import { afterEach, describe, expect, it } from 'vitest';
import { proxyErrorOf, startProxy, startUpstream, type Running } from './proxy-test-kit';

const KEY = 'secret-api-key-0123456789abcdef';
const open: Running[] = [];
const track = <T extends Running>(r: T): T => (open.push(r), r);
afterEach(async () => {
  await Promise.all(open.splice(0).map((r) => r.close()));
});

describe('proxy forwarding', () => {
  it('forwards method, path, query, body and only the headers the API needs; marks the answer sandboxed', async () => {
    const upstream = track(
      await startUpstream((_req, res) => {
        res.writeHead(201, {
          'Content-Type': 'application/json',
          'Set-Cookie': 'session=1',
          'Access-Control-Allow-Origin': '*',
          'Content-Security-Policy': "default-src 'self'",
          Connection: 'X-Hop',
          'X-Hop': 'private',
          'X-Kept': 'yes',
        });
        res.end('{"contact":{"id":"1"}}');
      }),
    );
    const proxy = track(await startProxy({ extraOrigins: () => [upstream.origin] }));
    const res = await proxy.request({
      method: 'POST',
      path: '/proxy/api/3/contacts?a=1&b=%2F',
      headers: {
        'x-target-origin': upstream.origin,
        'api-token': KEY,
        'content-type': 'application/json',
        accept: 'application/json',
        cookie: 'explorer=1',
        authorization: 'Basic eA==',
        'x-forwarded-for': '1.2.3.4',
        'accept-encoding': 'gzip',
      },
      body: '{"contact":{"email":"a@b.test"}}',
    });
    expect(res.status).toBe(201);
    expect(res.body).toBe('{"contact":{"id":"1"}}');
    const [seen] = upstream.requests;
    expect(seen?.method).toBe('POST');
    expect(seen?.url).toBe('/api/3/contacts?a=1&b=%2F');
    expect(seen?.body).toBe('{"contact":{"email":"a@b.test"}}');
    expect(seen?.headers['api-token']).toBe(KEY);
    expect(seen?.headers.host).toBe(new URL(upstream.origin).host);
    for (const h of ['cookie', 'authorization', 'x-forwarded-for', 'x-target-origin', 'accept-encoding', 'origin']) {
      expect(seen?.headers[h], h).toBeUndefined();
    }
    expect(res.headers['content-security-policy']).toBe('sandbox');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-kept']).toBe('yes');
    for (const h of ['set-cookie', 'access-control-allow-origin', 'x-hop']) expect(res.headers[h], h).toBeUndefined();
    expect(res.headers['server-timing']).toMatch(/^dns;dur=[\d.]+, connect;dur=[\d.]+, ttfb;dur=[\d.]+$/);
  });

  it('hands a redirect back as it came, so the key is never replayed to another host', async () => {
    const elsewhere = track(await startUpstream());
    const upstream = track(
      await startUpstream((_req, res) => res.writeHead(302, { Location: `${elsewhere.origin}/steal` }).end()),
    );
    const proxy = track(await startProxy({ extraOrigins: () => [upstream.origin, elsewhere.origin] }));
    const res = await proxy.request({
      path: '/proxy/api/3/users/me',
      headers: { 'x-target-origin': upstream.origin, 'api-token': KEY },
    });
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe(`${elsewhere.origin}/steal`);
    expect(elsewhere.connections()).toBe(0);
  });

  it.each(['/proxy//evil.test/api/3/x', '/proxy/@evil.test/x', '/proxy/..%2F..%2Fx', '/proxy/%2F%2Fevil.test/x'])(
    'the path %s never changes the target',
    async (path) => {
      const upstream = track(await startUpstream());
      const proxy = track(await startProxy({ extraOrigins: () => [upstream.origin] }));
      const res = await proxy.request({ path, headers: { 'x-target-origin': upstream.origin } });
      expect(res.status).toBe(200);
      expect(upstream.requests[0]?.url).toBe(path.slice('/proxy'.length));
      expect(upstream.requests[0]?.headers.host).toBe(new URL(upstream.origin).host);
    },
  );

  it('streams a large answer through without a Content-Length', async () => {
    const chunk = Buffer.alloc(64 * 1024, 'x');
    const upstream = track(
      await startUpstream((_req, res) => {
        res.writeHead(200, { 'Content-Type': 'text/plain' });
        for (let i = 0; i < 64; i++) res.write(chunk);
        res.end();
      }),
    );
    const proxy = track(await startProxy({ extraOrigins: () => [upstream.origin] }));
    const res = await proxy.request({ path: '/proxy/big', headers: { 'x-target-origin': upstream.origin } });
    expect(res.cut).toBe(false);
    expect(res.body.length).toBe(64 * chunk.length);
    expect(proxyErrorOf(res)).toBeUndefined();
  });
});
