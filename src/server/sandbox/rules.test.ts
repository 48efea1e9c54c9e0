import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Row } from './engine/resource';
import { contacts } from './resources/contacts';
import { testSandbox as setup } from './test-support';

const pointers = (body: Record<string, unknown>) =>
  (body.errors as { source: { pointer: string } }[]).map((e) => e.source.pointer);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('bad input', () => {
  it('ignores attributes the record does not have, as the API does', () => {
    const { v3 } = setup();
    const res = v3('POST', '/api/3/contacts', { contact: { email: 'new@example.com', favouriteColour: 'teal' } });
    expect(res.status).toBe(201);
    expect(res.body.contact).not.toHaveProperty('favouriteColour');
    expect(v3('GET', '/api/3/contacts?email=new@example.com').body.contacts).toHaveLength(1);
  });

  it('answers wrong types and missing required attributes with 422 and a pointer to each', () => {
    const { v3 } = setup();
    const wrong = v3('POST', '/api/3/deals', {
      deal: { title: { en: 'x' }, value: 'lots', currency: 'usd', stage: 1 },
    });
    expect(wrong.status).toBe(422);
    expect(pointers(wrong.body)).toEqual(['/data/attributes/title', '/data/attributes/value']);
    const missing = v3('POST', '/api/3/tags', { tag: { description: 'no name' } });
    expect(missing.body).toEqual({
      errors: [
        {
          title: 'The tag field is required',
          detail: '',
          code: 'field_missing',
          source: { pointer: '/data/attributes/tag' },
        },
      ],
    });
    expect(pointers(v3('POST', '/api/3/notes', {}).body)).toEqual(['/data/attributes/note']);
    expect(v3('POST', '/api/3/notes', '{"note":').status).toBe(400);
  });

  it('accepts a phone-only contact (allowNullEmail with a phone), and refuses one with neither', () => {
    const { v3 } = setup();
    const first = v3('POST', '/api/3/contacts', { contact: { phone: '+1 312 555 0199', allowNullEmail: true } });
    const second = v3('POST', '/api/3/contacts', { contact: { phone: '+1 312 555 0198', allowNullEmail: true } });
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(first.body.contact).toMatchObject({ email: '', phone: '+1 312 555 0199' });
    expect((first.body.contact as Row).hash).not.toBe((second.body.contact as Row).hash);
    expect(pointers(v3('POST', '/api/3/contacts', { contact: { allowNullEmail: true } }).body)).toEqual([
      '/data/attributes/phone',
    ]);
    expect(pointers(v3('POST', '/api/3/contacts', { contact: { phone: '+1 312 555 0197' } }).body)).toEqual([
      '/data/attributes/email',
    ]);
  });
});

describe('one set of rules for v3 and v1', () => {
  it('refuses the same duplicate and the same missing related record whichever API writes', () => {
    const { v3, v1 } = setup();
    expect(v3('POST', '/api/3/dealTasktypes', { dealTasktype: { title: 'Demo' } }).status).toBe(422);
    const dup = v1('deal_tasktype_add', {}, { title: 'Demo' });
    expect(dup).toMatchObject({ result_code: 0, result_message: 'A task type with this title already exists' });
    expect(v1('deal_tasktype_add', {}, { title: 'Site visit' })).toMatchObject({ result_code: 1 });
    expect((v3('GET', '/api/3/dealTasktypes').body.meta as { total: string }).total).toBe('5');
    const deal = { title: 'Renewal', value: '100', currency: 'usd', owner: '1', stage: '99999' };
    expect(v3('POST', '/api/3/deals', { deal }).body.errors).toMatchObject([{ title: 'No DealStage with id 99999' }]);
    expect(v1('deal_add', {}, deal)).toMatchObject({ result_code: 0, result_message: 'No DealStage with id 99999' });
  });
});

describe('lists: creation rules', () => {
  const list = { name: 'Events', stringid: 'events', sender_url: 'https://e.example', sender_reminder: 'You came.' };

  it('v3 needs name, stringid, sender_url and sender_reminder, and a stringid of its own', () => {
    const { v3 } = setup();
    expect(pointers(v3('POST', '/api/3/lists', { list: { name: 'Events' } }).body)).toEqual([
      '/data/attributes/stringid',
      '/data/attributes/sender_url',
      '/data/attributes/sender_reminder',
    ]);
    expect(v3('POST', '/api/3/lists', { list }).status).toBe(200);
    expect(pointers(v3('POST', '/api/3/lists', { list: { ...list, name: 'Other' } }).body)).toEqual([
      '/data/attributes/stringid',
    ]);
  });

  it('v1 list_add needs the sender address and makes the stringid from the name, unique in the account', () => {
    const { v1, v3 } = setup();
    expect(v1('list_add', {}, { name: 'Customers' })).toMatchObject({ result_code: 0 });
    const sender = {
      sender_name: 'Co',
      sender_addr1: '1 St',
      sender_city: 'Chicago',
      sender_zip: '60601',
      sender_country: 'US',
    };
    const added = v1('list_add', {}, { name: 'Customers', ...sender });
    expect(added).toMatchObject({ result_code: 1 });
    expect(v3('GET', `/api/3/lists/${String(added.id)}`).body.list).toMatchObject({ stringid: 'customers-2' });
  });
});

describe('tag search', () => {
  it('filters the name with every operator and ranks exact matches first with weight', () => {
    const { v3 } = setup();
    const names = (query: string) => (v3('GET', `/api/3/tags?limit=100&${query}`).body.tags as Row[]).map((t) => t.tag);
    expect(names('filters[search][eq]=lead')).toEqual(['Lead']);
    expect(names('filters[search][starts_with]=re')).toEqual(['Referral', 'Reseller']);
    expect(names('filters[search][contains]=er')).toEqual([
      'VIP member',
      'Customer',
      'Newsletter',
      'Partner',
      'Referral',
      'Beta tester',
      'Reseller',
      'Enterprise',
    ]);
    expect(names('filters[search][neq]=Lead')).toHaveLength(15);
    expect(names('filters[search][lt]=C')).toEqual(['Beta tester', 'Annual plan']);
    v3('POST', '/api/3/tags', { tag: { tag: 'Cold lead' } });
    v3('POST', '/api/3/tags', { tag: { tag: 'Lead magnet' } });
    expect(names('search=lead&orders[search]=weight')).toEqual(['Lead', 'Lead magnet', 'Cold lead']);
    expect(names('filters[search][contains]=lead&orders[search]=weight')).toEqual(['Lead', 'Lead magnet', 'Cold lead']);
    expect(names('search=lead&orders[search]=ASC')).toEqual(['Cold lead', 'Lead', 'Lead magnet']);
  });
});

describe('timestamps', () => {
  it('lists and campaigns carry created_timestamp and updated_timestamp; an update moves only the updated ones', () => {
    const { v3, setNow } = setup();
    const before = v3('GET', '/api/3/lists/2').body.list as Row;
    expect(before).toMatchObject({
      created_timestamp: '2025-12-22 16:00:00',
      updated_timestamp: '2025-12-22 16:00:00',
    });
    expect(v3('GET', '/api/3/campaigns/1').body.campaign).toMatchObject({
      created_timestamp: '2026-01-01 15:00:00',
      updated_timestamp: '2026-01-01 15:00:00',
    });
    setNow(new Date('2026-03-04T05:06:07Z'));
    const after = v3('PUT', '/api/3/lists/2', { list: { name: 'Product news' } }).body.list as Row;
    expect(after).toMatchObject({
      cdate: before.cdate,
      created_timestamp: before.created_timestamp,
      udate: '2026-03-03T23:06:07-06:00',
      updated_timestamp: '2026-03-04 05:06:07',
    });
  });
});

describe('paging', () => {
  it('serialises only the rows of the page, whatever the size of the table', () => {
    const spy = vi.spyOn(contacts, 'computed');
    const { v3 } = setup(5000);
    const page = v3('GET', '/api/3/contacts?offset=4000&limit=50').body;
    expect(page.meta).toMatchObject({ total: '5250' });
    expect((page.contacts as Row[])[0]?.id).toBe('4001');
    expect(spy).toHaveBeenCalledTimes(50);
  });
});
