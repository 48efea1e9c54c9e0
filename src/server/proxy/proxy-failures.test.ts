import { afterEach, describe, expect, it } from 'vitest';
import type { Resolver } from './proxy';
import {
  closedPort,
  proxyErrorOf,
  startProxy,
  startTcp,
  startUpstream,
  type RawResponse,
  type Running,
} from './proxy-test-kit';

const KEY = 'secret-api-key-0123456789abcdef';
const open: Running[] = [];
const track = <T extends Running>(r: T): T => (open.push(r), r);
afterEach(async () => {
  await Promise.all(open.splice(0).map((r) => r.close()));
});
/** `localhost` always means 127.0.0.1 here, whatever /etc/hosts says. */
const loopbackResolver: Resolver = () => Promise.resolve({ address: '127.0.0.1', family: 4 });

function expectFailure(res: RawResponse, code: string, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers['x-proxy-error']).toBe(code);
  expect(proxyErrorOf(res)?.code).toBe(code);
  expect(res.body).not.toContain(KEY);
}

async function through(target: string, extra: Parameters<typeof startProxy>[0] = { extraOrigins: () => [] }) {
  const proxy = track(await startProxy({ resolve: loopbackResolver, ...extra, extraOrigins: () => [target] }));
  return proxy.request({ path: '/proxy/api/3/users/me', headers: { 'x-target-origin': target, 'api-token': KEY } });
}

describe('upstream failures are named, never passed off as API answers', () => {
  it('connect_failed when nothing listens', async () => {
    const res = await through(`http://127.0.0.1:${await closedPort()}`);
    expectFailure(res, 'connect_failed', 502);
    expect(proxyErrorOf(res)?.message).toContain('ECONNREFUSED');
  });

  it('tls_failed when the https target answers plain text', async () => {
    const garbage = track(await startTcp((s) => s.once('data', () => s.end('HTTP/1.1 200 OK\r\n\r\nnot tls'))));
    expectFailure(await through(`https://localhost:${garbage.port}`), 'tls_failed', 502);
  });

  it('tls_failed when the https target hangs up during the handshake', async () => {
    const rude = track(await startTcp((s) => s.once('data', () => s.destroy())));
    expectFailure(await through(`https://localhost:${rude.port}`), 'tls_failed', 502);
  });

  it('timeout naming --connect-timeout-ms when the handshake never completes', async () => {
    const silent = track(await startTcp(() => undefined));
    const res = await through(`https://localhost:${silent.port}`, {
      extraOrigins: () => [],
      limits: { connectTimeoutMs: 150 },
    });
    expectFailure(res, 'timeout', 504);
    expect(proxyErrorOf(res)?.message).toContain('--connect-timeout-ms');
  });

  it('timeout naming --total-timeout-ms when the answer never comes', async () => {
    const mute = track(await startUpstream(() => undefined));
    const res = await through(mute.origin, { extraOrigins: () => [], limits: { totalTimeoutMs: 200 } });
    expectFailure(res, 'timeout', 504);
    expect(proxyErrorOf(res)?.message).toContain('--total-timeout-ms');
  });

  it('upstream_reset when the connection drops before any answer', async () => {
    const dropper = track(await startUpstream((req) => req.socket.destroy()));
    expectFailure(await through(dropper.origin), 'upstream_reset', 502);
  });

  it('a reset in the middle of the body cuts the stream instead of ending it cleanly', async () => {
    const halfway = track(
      await startUpstream((req, res) => {
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '1000' });
        res.write('{"contacts":[');
        setTimeout(() => req.socket.destroy(), 20);
      }),
    );
    const res = await through(halfway.origin);
    expect(res.status).toBe(200);
    expect(res.cut).toBe(true);
  });

  it('response_too_large from the declared length, naming --max-response-bytes', async () => {
    const big = track(
      await startUpstream((_q, res) => res.writeHead(200, { 'Content-Length': '5000' }).end('x'.repeat(5000))),
    );
    const res = await through(big.origin, { extraOrigins: () => [], limits: { maxResponseBytes: 1000 } });
    expectFailure(res, 'response_too_large', 502);
    expect(proxyErrorOf(res)?.message).toContain('--max-response-bytes');
  });

  it('an undeclared body whose first bytes already exceed the limit gets response_too_large', async () => {
    const big = track(await startUpstream((_q, res) => res.writeHead(200).end('x'.repeat(20_000))));
    const res = await through(big.origin, { extraOrigins: () => [], limits: { maxResponseBytes: 5000 } });
    expectFailure(res, 'response_too_large', 502);
  });

  it('an undeclared body that outgrows the limit after streaming began is cut, not delivered whole', async () => {
    const big = track(
      await startUpstream((_q, res) => {
        res.writeHead(200, { 'Content-Type': 'text/plain' });
        res.write('x'.repeat(1000));
        setTimeout(() => res.end('x'.repeat(20_000)), 30);
      }),
    );
    const res = await through(big.origin, { extraOrigins: () => [], limits: { maxResponseBytes: 5000 } });
    expect(res.status).toBe(200);
    expect(res.cut).toBe(true);
    expect(res.body.length).toBeLessThanOrEqual(5000);
  });
});
