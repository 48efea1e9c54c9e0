import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { E2E } from './env';
import { expect, test } from './fixtures';

/**
 * Starts `npm start` exactly as a user would (own ports, output captured),
 * then attacks it from a second loopback origin and from a rebound Host
 * name, and finally greps everything the server printed for the API key.
 */
const PORT = E2E.port + 20;
const EXPLORER = `http://127.0.0.1:${PORT}`;
const SANDBOX = `http://127.0.0.1:${PORT + 1}`;
const SANDBOX_KEY = 'cross-origin-sandbox-key-51c0ffee';
/** A user's own key: it must never show up in any server output. Every target below is on loopback. */
const USER_KEY = 'user-secret-key-9f8e7d6c5b4a39281706';

let server: ChildProcess;
let output = '';
let attacker: http.Server;
let attackerUrl = '';
let closedPort = 0;

/** The attacking page tries every way a script on another origin could read through the proxy. */
const attackPage = `<!doctype html><title>attacker</title><script>
window.results = (async () => {
  const out = {};
  const attempt = async (name, run) => {
    try { out[name] = 'read: ' + (await run()); } catch (e) { out[name] = 'blocked: ' + e.name; }
  };
  await attempt('proxy with key', async () => (await fetch('${EXPLORER}/proxy/api/3/users/me', {
    headers: { 'X-Target-Origin': '${SANDBOX}', 'Api-Token': '${SANDBOX_KEY}' } })).text());
  await attempt('proxy simple GET', async () => (await fetch('${EXPLORER}/proxy/api/3/users/me')).text());
  await attempt('config with sandbox key', async () => (await fetch('${EXPLORER}/explorer-config.json')).text());
  await attempt('sandbox reset', async () => (await fetch('${EXPLORER}/explorer-api/sandbox/reset-key', { method: 'POST' })).text());
  return out;
})();
</script>`;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  attacker = http.createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(attackPage));
  await new Promise<void>((resolve) => attacker.listen(PORT + 2, '127.0.0.1', resolve));
  attackerUrl = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`;
  closedPort = PORT + 3; // nothing listens here: a connect failure the server must report without the key
  server = spawn(
    'npm',
    [
      'start',
      '--',
      '--port',
      String(PORT),
      '--sandbox-port',
      String(PORT + 1),
      '--sandbox-api-key',
      SANDBOX_KEY,
      '--allow-origin',
      `http://127.0.0.1:${closedPort}`,
      '--max-request-bytes',
      '1000',
    ],
    { cwd: path.resolve(import.meta.dirname, '..'), stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  const collect = (d: Buffer) => (output += d.toString());
  server.stdout?.on('data', collect);
  server.stderr?.on('data', collect);
  await new Promise<void>((resolve, reject) => {
    const ready = () => output.includes('Press Ctrl+C') && resolve();
    server.stdout?.on('data', ready);
    server.once('exit', (code) => reject(new Error(`npm start exited (${code}):\n${output}`)));
  });
});

test.afterAll(async () => {
  attacker.close();
  if (server.pid && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    process.kill(-server.pid, 'SIGTERM'); // the npm process group this test started
    await exited;
  }
  // Shutdown output counts too.
  expect(output).not.toContain(USER_KEY);
});

/** node:http, because a browser will not let a page set Host; loopback only. */
function send(path: string, headers: Record<string, string>, body?: string) {
  return new Promise<{ status: number; code: string | undefined; body: string }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: PORT, path, method: body ? 'POST' : 'GET', headers }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, code: res.headers['x-proxy-error'] as string, body: text }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

test('a page on another origin cannot read anything through the proxy', async ({ page }) => {
  await page.goto(attackerUrl);
  const results = await page.evaluate(
    () => (window as unknown as { results: Promise<Record<string, string>> }).results,
  );
  expect(Object.keys(results)).toHaveLength(4);
  for (const [name, outcome] of Object.entries(results)) expect(outcome, name).toMatch(/^blocked: TypeError/);
  expect(JSON.stringify(results)).not.toContain(SANDBOX_KEY);

  // What the browser hid, the server refused: the same calls as the page made them.
  const asPage = { origin: attackerUrl, 'sec-fetch-site': 'same-site' };
  const proxied = await send('/proxy/api/3/users/me', { ...asPage, 'x-target-origin': SANDBOX, 'api-token': USER_KEY });
  expect(proxied.code).toBe('cross_origin');
  const rebound = await send('/explorer-config.json', { host: `attacker.example:${PORT}` });
  expect([rebound.status, rebound.code]).toEqual([421, 'bad_host']);
  expect(rebound.body).not.toContain(SANDBOX_KEY);
});

test("the explorer's own page still works, and no API key reaches the server's output", async ({ page }) => {
  await page.goto(EXPLORER);
  const own = await page.evaluate(
    async ([sandbox, key]) => {
      const res = await fetch('/proxy/api/3/users/me', { headers: { 'X-Target-Origin': sandbox, 'Api-Token': key } });
      return res.status;
    },
    [SANDBOX, USER_KEY] as const,
  );
  expect(own).toBe(403); // the sandbox refuses a key that is not its own, as ActiveCampaign would

  const withKey = { 'api-token': USER_KEY };
  const failures = [
    await send('/proxy/api/3/users/me', { ...withKey, 'x-target-origin': `http://127.0.0.1:${closedPort}` }),
    await send('/proxy/api/3/users/me', { ...withKey, 'x-target-origin': `https://127.0.0.1:${closedPort}` }),
    await send('/proxy/api/3/users/me', { ...withKey, 'x-target-origin': SANDBOX, host: 'evil.example' }),
    await send('/proxy/api/3/contacts', { ...withKey, 'x-target-origin': SANDBOX }, 'x'.repeat(2000)),
    await send(`/proxy/admin/api.php?api_action=contact_view&api_key=${USER_KEY}`, {
      'x-target-origin': `http://127.0.0.1:${closedPort + 1}`,
    }),
  ];
  expect(failures.map((f) => f.code)).toEqual([
    'connect_failed',
    'target_not_allowed',
    'bad_host',
    'request_too_large',
    'target_not_allowed',
  ]);
  for (const f of failures) expect(f.body).not.toContain(USER_KEY);
  expect(output).toContain('Press Ctrl+C');
  expect(output).not.toContain(USER_KEY);
});
