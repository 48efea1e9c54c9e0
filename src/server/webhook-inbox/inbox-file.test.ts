import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadInboxFile, persistInbox } from './inbox-file';
import { createInboxStore } from './inbox-store';

const dirs: string[] = [];
function tempFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inbox-file-'));
  dirs.push(dir);
  return path.join(dir, 'inbox.json');
}
afterEach(() => {
  vi.useRealTimers();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const delivery = (body: string) => ({
  inbox: 'sandbox',
  target: '/webhooks/inbox/sandbox',
  rawHeaders: ['Content-Type', 'application/x-www-form-urlencoded'],
  body: Buffer.from(body),
  truncated: false,
});

describe('the inbox file', () => {
  it('is absent until asked for: a missing file loads as nothing', () => {
    expect(loadInboxFile(tempFile())).toBeUndefined();
  });

  it('is written shortly after a change and at once on flush, and loads back the same deliveries', () => {
    vi.useFakeTimers();
    const file = tempFile();
    const store = createInboxStore();
    const { flush } = persistInbox(store, file);
    store.add(delivery('type=subscribe'));
    expect(fs.existsSync(file)).toBe(false);
    vi.advanceTimersByTime(300);
    expect(loadInboxFile(file)?.deliveries.map((d) => d.body)).toEqual(['type=subscribe']);
    store.add(delivery('type=update'));
    flush();
    const state = loadInboxFile(file);
    expect(state).toEqual(store.state());
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  it.each([
    ['not json', /Unexpected token|not valid JSON/],
    ['{"version":2,"nextId":1,"deliveries":[]}', /version/],
    ['{"version":1,"nextId":1,"deliveries":[{"id":1}]}', /deliveries\.0\.id/],
  ])('refuses a corrupt file (%s) with a message naming it, leaving it untouched', (text, why) => {
    const file = tempFile();
    fs.writeFileSync(file, text);
    expect(() => loadInboxFile(file)).toThrow(why);
    expect(() => loadInboxFile(file)).toThrow(/Cannot load the webhook inbox file .*left untouched/);
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
  });
});
