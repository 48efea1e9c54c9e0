import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createSandboxServer, type SandboxServerOptions } from './node-server';
import { RESET_KEY_PATH, createSandbox } from './sandbox';
import { SEED_CONTACTS } from './seed';
import { tableOf } from './store';

const KEY = 'http-test-key';
const servers: http.Server[] = [];

async function serve(options: SandboxServerOptions) {
  const sandbox = createSandbox({ apiKey: KEY, baseUrl: '' });
  const server = createSandboxServer(sandbox, options);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  sandbox.store.baseUrl = url;
  return { sandbox, url };
}

afterEach(() => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    s.close();
  }
});

const me = (url: string, key = KEY) => fetch(`${url}/api/3/users/me`, { headers: { 'Api-Token': key } });

describe('sandbox over HTTP', () => {
  it('is limited by default', async () => {
    const { url } = await serve({});
    const answers = await Promise.all(Array.from({ length: 20 }, () => me(url)));
    expect(answers.map((r) => r.status)).toContain(429);
  });

  it('answers 429 with Retry-After above 5 requests/second per account', async () => {
    // A frozen clock makes "within one second" exact however slow the machine is.
    const { url } = await serve({ rateLimit: { perSecond: 5, now: () => 0 } });
    const answers = await Promise.all(Array.from({ length: 8 }, () => me(url)));
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
    const refused = answers.find((r) => r.status === 429);
    expect(refused?.headers.get('retry-after')).toBe('1');
    expect(refused?.headers.get('ratelimit-limit')).toBe('5');
    expect(await refused?.json()).toMatchObject({ message: expect.stringContaining('Too Many Requests') });
    // The budget is the account's, shared by every key: another key is refused too.
    expect((await me(url, 'other-key')).status).toBe(429);
    // v1 draws on the same budget.
    const v1 = await fetch(`${url}/admin/api.php?api_action=user_me&api_output=json&api_key=${KEY}`);
    expect(v1.status).toBe(429);
  });

  it('does not limit when the option is off', async () => {
    const { url } = await serve({ rateLimit: false });
    const answers = await Promise.all(Array.from({ length: 20 }, () => me(url)));
    expect(answers.every((r) => r.status === 200)).toBe(true);
  });

  it('never duplicates ids under many parallel creates', async () => {
    const { url, sandbox } = await serve({ rateLimit: false });
    const n = 200;
    const answers = await Promise.all(
      Array.from({ length: n }, (_, i) =>
        fetch(`${url}/api/3/contacts`, {
          method: 'POST',
          headers: { 'Api-Token': KEY, 'Content-Type': 'application/json' },
          body: JSON.stringify({ contact: { email: `parallel-${i}@example.com` } }),
        }).then((r) => r.json() as Promise<{ contact: { id: string; email: string } }>),
      ),
    );
    const ids = answers.map((a) => Number(a.contact.id));
    expect(new Set(ids).size).toBe(n);
    expect(Math.min(...ids)).toBe(SEED_CONTACTS + 1);
    expect(Math.max(...ids)).toBe(SEED_CONTACTS + n);
    expect(tableOf(sandbox.store, 'contacts').size).toBe(SEED_CONTACTS + n);
    // The same email sent many times at once is created exactly once.
    const dupes = await Promise.all(
      Array.from({ length: 20 }, () =>
        fetch(`${url}/api/3/contacts`, {
          method: 'POST',
          headers: { 'Api-Token': KEY, 'Content-Type': 'application/json' },
          body: '{"contact":{"email":"same@example.com"}}',
        }),
      ),
    );
    expect(dupes.map((r) => r.status).sort()).toEqual([201, ...Array<number>(19).fill(422)]);
  });

  it('denies the old key immediately after a reset, through the API and the admin route', async () => {
    const { url, sandbox } = await serve({ rateLimit: false });
    const fresh = sandbox.resetKey();
    expect(fresh).toMatch(/^[0-9a-f]{72}$/);
    expect((await me(url)).status).toBe(403);
    expect((await me(url, fresh)).status).toBe(200);
    const v1Old = await fetch(`${url}/admin/api.php?api_action=user_me&api_output=json&api_key=${KEY}`);
    expect(await v1Old.text()).toContain('You are not authorized to access this file');

    // The admin route needs the current key and hands out the next one.
    expect((await fetch(`${url}${RESET_KEY_PATH}`, { method: 'POST', headers: { 'Api-Token': KEY } })).status).toBe(
      403,
    );
    const reset = await fetch(`${url}${RESET_KEY_PATH}`, { method: 'POST', headers: { 'Api-Token': fresh } });
    const { apiKey } = (await reset.json()) as { apiKey: string };
    expect(apiKey).not.toBe(fresh);
    expect((await me(url, fresh)).status).toBe(403);
    expect((await me(url, apiKey)).status).toBe(200);
  });
});
