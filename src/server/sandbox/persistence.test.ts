import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSandbox } from './sandbox';
import { SEED_CONTACTS } from './seed';
import { fromSnapshot, toSnapshot } from './snapshot';
import { startSandbox } from './start-sandbox';
import { tableOf } from './store';

const run = promisify(execFile);
const KEY = 'persist-key';
let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-data-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function post(url: string, key: string, body: unknown) {
  return fetch(`${url}/api/3/contacts`, {
    method: 'POST',
    headers: { 'Api-Token': key, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

describe('snapshots', () => {
  it('round-trip every table, the key and the id counters', () => {
    const sb = createSandbox({ apiKey: KEY, baseUrl: '' });
    tableOf(sb.store, 'contacts').remove(String(SEED_CONTACTS));
    const { store, apiKey } = fromSnapshot(toSnapshot(sb.store, KEY), 'http://h', () => new Date());
    expect(apiKey).toBe(KEY);
    expect(tableOf(store, 'contacts').size).toBe(SEED_CONTACTS - 1);
    // A deleted last id is never handed out again.
    expect(tableOf(store, 'contacts').lastId).toBe(SEED_CONTACTS);
    expect(tableOf(store, 'deals').get('1')).toEqual(tableOf(sb.store, 'deals').get('1'));
    expect(tableOf(store, 'webhooks').get('1')?.events).toEqual(['subscribe', 'unsubscribe', 'sent']);
  });

  it('refuse broken text with a message naming the problem', () => {
    const now = () => new Date();
    expect(() => fromSnapshot('{"format":', '', now)).toThrow(/not valid JSON/);
    expect(() => fromSnapshot('{"format":"other"}', '', now)).toThrow(/not a sandbox data file: format/);
    const good = JSON.parse(toSnapshot(createSandbox({ apiKey: KEY, baseUrl: '' }).store, KEY)) as {
      tables: { contacts: { rows: { email: unknown }[] } };
    };
    const first = good.tables.contacts.rows[0];
    if (first) first.email = 42;
    expect(() => fromSnapshot(JSON.stringify(good), '', now)).toThrow(/tables\.contacts\.rows\.0\.email/);
  });
});

describe('--data persistence', () => {
  it('keeps data and key across a save and a restart', async () => {
    const file = path.join(dir, 'sandbox.json');
    const first = await startSandbox(0, KEY, { dataFile: file, rateLimit: false });
    expect((await post(first.url, KEY, { contact: { email: 'kept@example.com' } })).status).toBe(201);
    first.sandbox.resetKey('second-key');
    first.save();
    first.server.close();
    expect(fs.readdirSync(dir)).toEqual(['sandbox.json']);

    const second = await startSandbox(0, undefined, { dataFile: file, rateLimit: false });
    try {
      expect(second.sandbox.apiKey()).toBe('second-key');
      const found = await fetch(`${second.url}/api/3/contacts?email=kept%40example.com`, {
        headers: { 'Api-Token': 'second-key' },
      });
      const body = (await found.json()) as { contacts: { id: string; links: { notes: string } }[] };
      expect(body.contacts[0]?.id).toBe(String(SEED_CONTACTS + 1));
      // Links use the new address, not the one saved with the data.
      expect(body.contacts[0]?.links.notes.startsWith(second.url)).toBe(true);
    } finally {
      second.server.close();
    }
  });

  it('refuses a corrupt file clearly and leaves it untouched', async () => {
    const file = path.join(dir, 'broken.json');
    fs.writeFileSync(file, '{"format":"activecampaign-sandbox", "tables": [');
    const before = fs.readFileSync(file, 'utf8');
    await expect(startSandbox(0, KEY, { dataFile: file })).rejects.toThrow(
      /Cannot load the sandbox data file .*broken\.json: it is not valid JSON.*left untouched/,
    );
    expect(fs.readFileSync(file, 'utf8')).toBe(before);
  });
});

const cli = path.resolve(import.meta.dirname, '../cli/sandbox.ts');
const tsx = path.resolve(import.meta.dirname, '../../../node_modules/.bin/tsx');

describe('npm run sandbox -- --data', () => {
  it('saves on a clean stop (SIGTERM)', async () => {
    const file = path.join(dir, 'sandbox.json');
    // One node process (no tsx wrapper), so the signal reaches the sandbox itself.
    const child = spawn(process.execPath, ['--import', 'tsx', cli, '--port', '0', '--api-key', KEY, '--data', file], {
      cwd: path.resolve(import.meta.dirname, '../../..'),
    });
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const m = /API URL: (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (m?.[1]) resolve(m[1]);
      });
      child.once('exit', () => reject(new Error(`sandbox exited early: ${out}`)));
    });
    expect((await post(url, KEY, { contact: { email: 'stopped@example.com' } })).status).toBe(201);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    const saved = fromSnapshot(fs.readFileSync(file, 'utf8'), '', () => new Date());
    expect([...tableOf(saved.store, 'contacts').rows.values()].some((c) => c.email === 'stopped@example.com')).toBe(
      true,
    );
  }, 30_000);
});

describe('npm run sandbox -- --reset-key', () => {
  it('prints a new key, stores it in the data file and keeps the data', async () => {
    const file = path.join(dir, 'sandbox.json');
    const sb = createSandbox({ apiKey: 'old-key', baseUrl: '' });
    tableOf(sb.store, 'contacts').remove('1');
    fs.writeFileSync(file, toSnapshot(sb.store, 'old-key'));
    const { stdout } = await run(tsx, [cli, '--data', file, '--reset-key']);
    const printed = /([0-9a-f]{72})/.exec(stdout)?.[1];
    const saved = fromSnapshot(fs.readFileSync(file, 'utf8'), '', () => new Date());
    expect(printed).toBeDefined();
    expect(saved.apiKey).toBe(printed);
    expect(tableOf(saved.store, 'contacts').rows.has('1')).toBe(false);
  }, 30_000);

  it('exits with a clear error on a corrupt file, leaving it as it was', async () => {
    const file = path.join(dir, 'sandbox.json');
    fs.writeFileSync(file, 'not json');
    const failed = await run(tsx, [cli, '--data', file, '--reset-key']).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(failed).toMatchObject({ code: 1, stderr: expect.stringContaining('left untouched') });
    expect(fs.readFileSync(file, 'utf8')).toBe('not json');
  }, 30_000);
});
