import { describe, expect, it } from 'vitest';
import { decodeBracketForm } from '../../../core/webhooks/bracket-form';
import type { Delivery } from './deliverer';
import { harness, RECEIVER, type Harness } from './test-harness';

const createContact = (h: Harness, email = 'new@example.org') =>
  h.v3('POST', '/api/3/contacts', { contact: { email, firstName: 'Nia' } });
const tagContact = (h: Harness, contact = '2', tag = '1') =>
  h.v3('POST', '/api/3/contactTags', { contactTag: { contact, tag } });
const subscribe = (h: Harness, contact: number, list: number, status = 1) =>
  h.v3('POST', '/api/3/contactLists', { contactList: { contact, list, status } });

/** Lets pending promise callbacks (a deliverer's answer) run. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('who hears an event', () => {
  it('a webhook hears only its events', () => {
    const h = harness();
    h.webhook({ events: ['contact_tag_added'] });
    createContact(h);
    tagContact(h);
    expect(h.types()).toEqual(['contact_tag_added']);
  });

  it('only webhooks whose sources include api hear API calls', () => {
    const h = harness();
    h.webhook({ sources: ['public', 'admin', 'system'] });
    createContact(h);
    expect(h.deliveries).toEqual([]);
    h.webhook({ sources: ['admin', 'api'], url: 'http://127.0.0.1:9/second' });
    createContact(h, 'other@example.org');
    expect(h.deliveries.map((d) => d.url)).toEqual(['http://127.0.0.1:9/second']);
  });

  it('a listid other than 0 narrows list events to that list, and leaves list-less events alone', () => {
    const h = harness();
    h.webhook({ listid: 2 });
    createContact(h); // list 0: not list 2
    subscribe(h, 2, 3); // list 3
    expect(h.deliveries).toEqual([]);
    subscribe(h, 2, 2);
    tagContact(h); // tag events ignore listid (ActiveCampaign's docs)
    h.v3('PUT', '/api/3/contacts/2', { contact: { firstName: 'O' } }); // contact 2 is now on list 2
    expect(h.payloads().map((p) => [p.type, p.list])).toEqual([
      ['subscribe', '2'],
      ['contact_tag_added', '0'],
      ['update', '2'],
    ]);
  });

  it('a webhook for every list gets the event’s own list', () => {
    const h = harness();
    h.webhook();
    subscribe(h, 2, 3);
    subscribe(h, 1, 1, 2);
    expect(h.payloads().map((p) => [p.type, p.list])).toEqual([
      ['subscribe', '3'],
      ['unsubscribe', '1'],
    ]);
  });

  it('every webhook that hears an event gets its own delivery', () => {
    const h = harness();
    h.webhook({ url: 'http://127.0.0.1:9/a' });
    h.webhook({ url: 'http://localhost:9/b', events: ['subscribe'] });
    createContact(h);
    expect(h.deliveries.map((d) => d.url)).toEqual(['http://127.0.0.1:9/a', 'http://localhost:9/b']);
  });
});

describe('what a delivery carries', () => {
  it('a form-encoded POST body with the header fields and the contact under bracket keys', () => {
    const h = harness();
    h.webhook();
    createContact(h);
    const [delivery] = h.deliveries;
    expect(delivery?.headers['Content-Type']).toBe('application/x-www-form-urlencoded');
    expect(delivery?.body).toMatch(/^type=subscribe&date_time=2026-02-01T06%3A00%3A00-06%3A00&initiated_from=api/);
    expect(delivery?.body).toContain('contact%5Bemail%5D=new%40example.org');
    const created = h.json(h.v3('GET', '/api/3/contacts?email=new%40example.org')).contacts as { id: string }[];
    expect(h.payloads()[0]).toMatchObject({
      type: 'subscribe',
      date_time: '2026-02-01T06:00:00-06:00',
      initiated_from: 'api',
      initiated_by: 'api',
      list: '0',
      contact: { id: created[0]?.id, email: 'new@example.org', first_name: 'Nia', ip: '0.0.0.0', tags: '' },
    });
  });

  it('tag events name the tag and list the contact’s tags', () => {
    const h = harness();
    h.webhook();
    tagContact(h, '1', '1');
    const tagName = (h.json(h.v3('GET', '/api/3/tags/1')).tag as { tag: string }).tag;
    expect(h.payloads()[0]).toMatchObject({ type: 'contact_tag_added', tag: tagName, contact: { id: '1' } });
    expect(String((h.payloads()[0]?.contact as Record<string, string>).tags).split(', ')).toContain(tagName);
  });

  it('deal events carry the deal with its stage, pipeline, owner and contact by name, and what changed', () => {
    const h = harness();
    h.webhook();
    h.v3('PUT', '/api/3/deals/1', { deal: { title: 'Renamed', value: 1234567 } });
    const deal = h.json(h.v3('GET', '/api/3/deals/1')).deal as Record<string, string>;
    const stage = (h.json(h.v3('GET', `/api/3/dealStages/${deal.stage}`)).dealStage as { title: string }).title;
    const owner = h.json(h.v3('GET', `/api/3/users/${deal.owner}`)).user as { firstName: string };
    expect(h.payloads()[0]).toMatchObject({
      type: 'deal_update',
      contact: { id: deal.contact },
      deal: {
        id: '1',
        title: 'Renamed',
        stageid: deal.stage,
        stage_title: stage,
        value: '12,345.67',
        value_raw: '12345.67',
        currency_symbol: '$',
        owner_firstname: owner.firstName,
        contactid: deal.contact,
      },
      updated_fields: ['title', 'value'],
    });
  });

  it('deal task events carry the task with its type and the deal', () => {
    const h = harness();
    h.webhook();
    h.v3('PUT', '/api/3/dealTasks/1', { dealTask: { status: 1 } });
    const task = h.json(h.v3('GET', '/api/3/dealTasks/1')).dealTask as Record<string, string>;
    const type = h.json(h.v3('GET', `/api/3/dealTasktypes/${task.dealTasktype}`)).dealTasktype as Record<
      string,
      string
    >;
    expect(h.payloads()[0]).toMatchObject({
      type: 'deal_task_complete',
      task: { id: '1', title: task.title, type_title: type.title, duedate_iso: task.duedate },
      deal: { id: task.relid },
    });
  });

  it('notes: a plain note for contacts, note[id] and note[text] for deals', () => {
    const h = harness();
    h.webhook();
    h.v3('POST', '/api/3/notes', { note: { note: 'Called back', reltype: 'Subscriber', relid: 1 } });
    h.v1('deal_note_add', { dealid: '1', note: 'Sent the quote' });
    const [contactNote, dealNote] = h.payloads();
    expect(contactNote).toMatchObject({ type: 'subscriber_note', note: 'Called back', contact: { id: '1' } });
    expect(dealNote).toMatchObject({ type: 'deal_note_add', note: { text: 'Sent the quote' }, deal: { id: '1' } });
  });

  it('list_add names the new list', () => {
    const h = harness();
    h.webhook();
    const res = h.v3('POST', '/api/3/lists', {
      list: { name: 'Beta testers', stringid: 'beta', sender_url: 'https://x.example', sender_reminder: 'r' },
    });
    const id = (h.json(res).list as { id: string }).id;
    expect(h.payloads()[0]).toMatchObject({ type: 'list_add', list: id, list_name: 'Beta testers' });
  });
});

describe('delivery outcomes', () => {
  it('answers first: the deliverer runs after handle has returned', async () => {
    const h = harness({ schedule: (task) => void setImmediate(task) });
    h.webhook();
    const res = createContact(h);
    expect(res.status).toBe(201);
    expect(h.deliveries).toEqual([]);
    await settle();
    expect(h.deliveries).toHaveLength(1);
  });

  it('a receiver that never answers holds up no call', async () => {
    const h = harness({ schedule: (task) => void setImmediate(task) });
    h.answer(() => new Promise(() => undefined));
    h.webhook();
    createContact(h);
    await settle();
    expect(tagContact(h).status).toBe(201);
    await settle();
    expect(h.types()).toEqual(['subscribe', 'contact_tag_added']);
    expect(h.reports).toEqual([]);
  });

  it.each([
    ['a 500', () => Promise.resolve({ status: 500 })],
    ['a network error', () => Promise.resolve({ error: 'ECONNREFUSED' })],
    ['a throwing deliverer', () => Promise.reject(new Error('boom'))],
  ])('%s is not retried and leaves the webhook active', async (_name, result) => {
    const h = harness();
    h.answer(result);
    const id = h.webhook();
    createContact(h);
    await settle();
    expect(h.deliveries).toHaveLength(1);
    expect(h.reports).toHaveLength(1);
    tagContact(h);
    await settle();
    expect(h.deliveries).toHaveLength(2);
    expect((h.json(h.v3('GET', `/api/3/webhooks/${id}`)).webhook as { active: string }).active).toBe('1');
  });

  it('a 410 deactivates the webhook: no more deliveries, shown as active "0" in v3 and v1 answers', async () => {
    const h = harness();
    const gone = h.webhook({ url: 'http://127.0.0.1:9/gone' });
    const kept = h.webhook({ url: 'http://127.0.0.1:9/kept' });
    h.answer((d: Delivery) => Promise.resolve({ status: d.url.endsWith('/gone') ? 410 : 200 }));
    createContact(h);
    await settle();
    expect(h.deliveries).toHaveLength(2);

    tagContact(h);
    expect(h.deliveries.slice(2).map((d) => d.url)).toEqual(['http://127.0.0.1:9/kept']);

    const active = (w: unknown) => (w as { active: string }).active;
    expect(active(h.json(h.v3('GET', `/api/3/webhooks/${gone}`)).webhook)).toBe('0');
    expect(active(h.json(h.v3('GET', `/api/3/webhooks/${kept}`)).webhook)).toBe('1');
    const listed = h.json(h.v3('GET', '/api/3/webhooks')).webhooks as { id: string; active: string }[];
    expect(listed.map((w) => [w.id, w.active])).toEqual([
      ['1', '1'],
      [gone, '0'],
      [kept, '1'],
    ]);
    expect(h.json(h.v1('webhook_view', { id: gone }, { method: 'GET' }))).toMatchObject({ id: gone, active: '0' });
    expect(h.json(h.v1('webhook_list', {}, { method: 'GET' }))).toMatchObject({ '1': { id: gone, active: '0' } });
    expect(h.v1('webhook_view', { id: gone }, { method: 'GET', output: 'xml' }).body).toContain(
      `<id>${gone}</id><active>0</active>`,
    );
    // Editing does not bring it back (ActiveCampaign: delete and recreate it).
    const edited = h.v3('PUT', `/api/3/webhooks/${gone}`, { webhook: { name: 'Still gone' } });
    expect(active(h.json(edited).webhook)).toBe('0');
  });

  it('resetting the data brings the account back with every webhook active', async () => {
    const h = harness();
    h.answer(() => Promise.resolve({ status: 410 }));
    const id = h.webhook();
    createContact(h);
    await settle();
    h.sb.resetData();
    expect(h.json(h.v3('GET', '/api/3/webhooks/1')).webhook).toMatchObject({ active: '1' });
    expect(h.v3('GET', `/api/3/webhooks/${id}`).status).toBe(404);
  });
});

describe('loopback only', () => {
  const elsewhere = [
    'https://hooks.example.com/activecampaign',
    'http://10.0.0.8/hook',
    'http://192.168.1.20:8080/hook',
    'http://[fe80::1]/hook',
    'http://[::ffff:127.0.0.1]/hook',
    'http://localhost.example.com/hook',
    'http://169.254.169.254/latest',
  ];

  it.each(elsewhere)('v3 create refuses %s with the 422 shape, and stores nothing', (url) => {
    const h = harness();
    const res = h.v3('POST', '/api/3/webhooks', {
      webhook: { name: 'x', url, events: ['subscribe'], sources: ['api'] },
    });
    expect(res.status).toBe(422);
    const error = (h.json(res).errors as Record<string, unknown>[])[0];
    expect(error).toMatchObject({ code: 'field_invalid', source: { pointer: '/data/attributes/url' } });
    expect(String(error?.detail)).toMatch(/only to this computer’s loopback addresses.*127\.0\.0\.1/);
    expect(h.json(h.v3('GET', '/api/3/webhooks')).meta).toMatchObject({ total: '1' });
  });

  it('v3 update refuses a new non-loopback URL and keeps the old one', () => {
    const h = harness();
    const id = h.webhook();
    const res = h.v3('PUT', `/api/3/webhooks/${id}`, { webhook: { url: 'https://hooks.example.com/x' } });
    expect(res.status).toBe(422);
    expect(h.json(h.v3('GET', `/api/3/webhooks/${id}`)).webhook).toMatchObject({ url: RECEIVER });
  });

  it.each(['json', 'xml'] as const)('v1 webhook_add and webhook_edit refuse it with result_code 0 (%s)', (output) => {
    const h = harness();
    const add = h.v1(
      'webhook_add',
      { name: 'x', url: 'http://10.0.0.8/hook', 'action[subscribe]': 'subscribe', 'init[api]': 'api' },
      { output },
    );
    const edit = h.v1('webhook_edit', { id: '1', url: 'http://10.0.0.8/hook' }, { output });
    for (const res of [add, edit]) {
      if (output === 'json') {
        expect(h.json(res)).toMatchObject({ result_code: 0, result_output: 'json' });
        expect(String(h.json(res).result_message)).toContain('loopback');
      } else {
        expect(res.body).toContain('<result_code>0</result_code>');
        expect(res.body).toContain('10.0.0.8 is not one of them');
      }
    }
    expect(h.json(h.v3('GET', '/api/3/webhooks/1')).webhook).toMatchObject({
      url: 'https://hooks.example.com/activecampaign',
    });
  });

  it.each(['http://localhost:8080/in', 'http://127.0.0.2/in', 'http://[::1]:9/in', 'https://127.0.0.1/in'])(
    'accepts %s',
    (url) => {
      const h = harness();
      expect(
        h.v3('POST', '/api/3/webhooks', { webhook: { name: 'x', url, events: ['subscribe'], sources: ['api'] } })
          .status,
      ).toBe(201);
    },
  );

  it('a wrong key still gets 403, not the URL refusal', () => {
    const h = harness();
    const res = h.v3('POST', '/api/3/webhooks', { webhook: { name: 'x', url: 'http://10.0.0.8/' } }, 'wrong-key');
    expect(res.status).toBe(403);
  });

  it('a stored non-loopback URL (seeded, or from a data file) is refused at delivery, before the deliverer', async () => {
    const h = harness();
    // The seeded webhook points at hooks.example.com; let it hear API calls (the URL itself is not touched).
    h.v3('PUT', '/api/3/webhooks/1', { webhook: { sources: ['api'] } });
    createContact(h);
    await settle();
    expect(h.deliveries).toEqual([]);
    expect(h.reports).toHaveLength(1);
    expect(h.reports[0]).toMatchObject({ webhookId: '1', type: 'subscribe' });
    expect(h.reports[0]?.result).toEqual({ refused: expect.stringContaining('hooks.example.com is not one of them') });
    expect(decodeBracketForm(h.reports[0]?.body ?? '').value).toMatchObject({ type: 'subscribe' });
  });
});

describe('without a deliverer', () => {
  it('reads nothing and delivers nothing, but the URL rule and the flag still hold', () => {
    const h = harness({ deliver: undefined });
    h.webhook();
    createContact(h);
    expect(h.reports).toEqual([]);
    expect(h.v3('POST', '/api/3/webhooks', { webhook: { name: 'x', url: 'http://10.0.0.8/' } }).status).toBe(422);
    expect(h.json(h.v3('GET', '/api/3/webhooks/1')).webhook).toMatchObject({ active: '1' });
  });
});
