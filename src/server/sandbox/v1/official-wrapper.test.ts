import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../start-sandbox';

/** The parts of npm `activecampaign` 1.2.5 this test drives; the package ships no types. */
interface AcClient {
  credentials_test(): PromiseLike<Record<string, unknown>>;
  api(path: string, data: Record<string, unknown>): PromiseLike<Record<string, unknown>>;
}
type AcConstructor = new (url: string, key: string) => AcClient;

const require = createRequire(import.meta.url);
const ActiveCampaign = require('activecampaign') as AcConstructor;

const KEY = 'wrapper-test-key';
let running: RunningSandbox;

beforeAll(async () => {
  // Port 0: the OS picks a free loopback port. The limit is off so the wrapper's burst is not throttled.
  running = await startSandbox(0, KEY, { rateLimit: false });
});
afterAll(() => {
  running.server.closeAllConnections();
  running.server.close();
});

describe('the official v1 Node wrapper, unchanged, against the sandbox', () => {
  it('runs credentials_test, contact add/view/edit, list list and tag add', async () => {
    // The wrapper's Connector is a module-level singleton, so one client is built and used throughout.
    const ac = new ActiveCampaign(running.url, KEY);

    const creds = await ac.credentials_test();
    expect(creds).toMatchObject({ result_code: 1, username: 'admin', success: 1 });

    const added = await ac.api('contact/add', {
      email: 'wrapper@example.com',
      first_name: 'Wrap',
      last_name: 'Per',
      'p[1]': 1,
      'status[1]': 1,
      'field[%COMPANY_SIZE%,0]': '11-50',
      tags: 'api, wrapper',
    });
    expect(added).toMatchObject({ result_code: 1, result_message: 'Contact added' });
    const id = Number(added.subscriber_id);
    expect(id).toBeGreaterThan(250);

    const viewed = await ac.api(`contact/view?email=${encodeURIComponent('wrapper@example.com')}`, {});
    expect(viewed).toMatchObject({ result_code: 1, id: String(id), first_name: 'Wrap', listid: '1' });
    expect(viewed.tags).toEqual(['api', 'wrapper']);
    expect(viewed.fields).toMatchObject({ '3': { perstag: 'COMPANY_SIZE', val: '11-50' } });

    const edited = await ac.api('contact/edit?overwrite=0', {
      id,
      email: 'wrapper@example.com',
      first_name: 'Wrapped',
    });
    expect(edited).toMatchObject({ result_code: 1, subscriber_id: id });
    const byId = await ac.api(`contact/view?id=${id}`, {});
    expect(byId).toMatchObject({ first_name: 'Wrapped', last_name: 'Per', status: '1' });

    const lists = await ac.api('list/list?ids=all', {});
    expect(lists).toMatchObject({ result_code: 1, '0': { id: '1', name: 'Newsletter' } });
    const listsByPost = await ac.api('list/list', { ids: '2,3' });
    expect(Object.keys(listsByPost).filter((k) => /^\d+$/.test(k))).toEqual(['0', '1']);

    const tagged = await ac.api('contact/tag/add', { email: 'wrapper@example.com', tags: 'vip member' });
    expect(tagged).toMatchObject({ result_code: 1 });
    const after = await ac.api(`contact/view?id=${id}`, {});
    expect(after.tags).toEqual(['api', 'wrapper', 'VIP member']);

    // v1 and v3 share the account: the contact and its tag are visible through v3.
    const v3 = (await (
      await fetch(`${running.url}/api/3/contacts/${id}`, { headers: { 'Api-Token': KEY } })
    ).json()) as { contact: { email: string }; contactTags: { tag: string }[] };
    expect(v3.contact.email).toBe('wrapper@example.com');
    expect(v3.contactTags.map((t) => t.tag)).toContain('1');
  });

  it('reports a v1 failure as fulfilled with success 0, and a wrong key as a rejection', async () => {
    const ac = new ActiveCampaign(running.url, KEY);
    const missing = await ac.api('contact/view?email=nobody%40example.com', {});
    expect(missing).toMatchObject({ result_code: 0, success: 0, error: 'Failed: Nothing is returned' });
    const bad = new ActiveCampaign(running.url, 'not-the-key');
    await expect(Promise.resolve(bad.credentials_test())).rejects.toMatch(/not authorized/);
  });
});
