import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { openWebhookInbox } from './open-inbox';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const delivery = (body: string) => ({
  inbox: 'sandbox',
  target: '/webhooks/inbox/sandbox',
  rawHeaders: ['Content-Type', 'application/x-www-form-urlencoded'],
  body: Buffer.from(body),
  truncated: false,
});

it('keeps nothing on disk unless a file is named', () => {
  const inbox = openWebhookInbox(undefined);
  inbox.store.add(delivery('type=subscribe'));
  inbox.flush();
  expect(inbox.store.snapshot().persisted).toBe(false);
});

it('with a file, a restart finds the deliveries, and repeats are still recognised', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'open-inbox-'));
  dirs.push(dir);
  const file = path.join(dir, 'inbox.json');
  const first = openWebhookInbox(file);
  first.store.add(delivery('type=subscribe'));
  first.flush();
  const again = openWebhookInbox(file);
  expect(again.store.snapshot()).toMatchObject({ persisted: true, deliveries: [{ id: '1', eventType: 'subscribe' }] });
  expect(again.store.add(delivery('type=subscribe'))).toMatchObject({ id: '2', duplicateOf: '1' });
  again.flush();
});
