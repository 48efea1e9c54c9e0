import http from 'node:http';
import type https from 'node:https';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createNodeDeliverer } from './node-deliverer';
import { startReceiver, type TestReceiver } from './test-receiver';

const receivers: TestReceiver[] = [];
async function receiver(answer?: Parameters<typeof startReceiver>[0]) {
  const r = await startReceiver(answer);
  receivers.push(r);
  return r;
}
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((r) => r.close()));
});

const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' };

describe('the node deliverer', () => {
  it('POSTs the form body to a loopback receiver once and reports its status', async () => {
    const r = await receiver(() => 202);
    const result = await createNodeDeliverer()({
      url: `${r.origin}/in/box?x=1`,
      headers: FORM,
      body: 'type=subscribe',
    });
    expect(result).toEqual({ status: 202 });
    expect(r.received).toHaveLength(1);
    expect(r.received[0]).toMatchObject({
      method: 'POST',
      path: '/in/box?x=1',
      body: 'type=subscribe',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': '14' },
    });
  });

  it('reports a 410 as it is (the sandbox deactivates the webhook)', async () => {
    const r = await receiver(() => 410);
    expect(await createNodeDeliverer()({ url: `${r.origin}/gone`, headers: FORM, body: 'a=1' })).toEqual({
      status: 410,
    });
  });

  it('connects localhost to 127.0.0.1 itself, with no DNS lookup, keeping the Host header', async () => {
    const r = await receiver();
    const opened: string[] = [];
    const spy = (options: https.RequestOptions, onResponse: (res: http.IncomingMessage) => void) => {
      opened.push(String(options.host));
      return http.request(options, onResponse);
    };
    const deliver = createNodeDeliverer({ request: { http: spy, https: spy } });
    expect(await deliver({ url: `http://localhost:${r.port}/x`, headers: FORM, body: '' })).toEqual({ status: 200 });
    expect(opened).toEqual(['127.0.0.1']);
    expect(r.received[0]?.headers.host).toBe(`localhost:${r.port}`);
  });

  it('gives up on a receiver that never answers after its timeout, without retrying', async () => {
    const r = await receiver(() => undefined);
    const result = await createNodeDeliverer({ timeoutMs: 200 })({
      url: `${r.origin}/slow`,
      headers: FORM,
      body: 'a=1',
    });
    expect(result).toEqual({ error: expect.stringContaining('no answer within 200 ms') });
    expect(r.received).toHaveLength(1);
  });

  it('reports a connection failure as an error', async () => {
    const r = await receiver();
    const { origin } = r;
    await r.close();
    receivers.pop();
    const result = await createNodeDeliverer()({ url: `${origin}/x`, headers: FORM, body: '' });
    expect(result).toEqual({ error: expect.stringContaining('ECONNREFUSED') });
  });

  it.each([
    'https://hooks.example.com/activecampaign',
    'http://10.1.2.3/hook',
    'http://192.168.0.10:8080/hook',
    'http://[fd00::1]/hook',
    'http://localhost.localdomain/hook',
    'ftp://127.0.0.1/hook',
    'not a url',
  ])('refuses %s by its host name, before opening any socket', async (url) => {
    const open = vi.fn(() => {
      throw new Error('must not connect');
    });
    const deliver = createNodeDeliverer({ request: { http: open, https: open } });
    const result = await deliver({ url, headers: FORM, body: 'a=1' });
    expect(result).toEqual({ refused: expect.any(String) });
    expect(open).not.toHaveBeenCalled();
  });
});
