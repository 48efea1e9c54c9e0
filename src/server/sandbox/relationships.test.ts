import { describe, expect, it } from 'vitest';
import { tableOf } from './store';
import { TEST_KEY as KEY, testSandbox } from './test-support';

const setup = testSandbox;

type Rows = { id: string; [k: string]: unknown }[];

describe('relationships hold', () => {
  it('deleting a tag removes its contactTags', () => {
    const { v3 } = setup();
    expect((v3('GET', '/api/3/contacts?tagid=1').body.meta as { total: string }).total).toBe('62');
    expect(v3('DELETE', '/api/3/tags/1').status).toBe(200);
    expect((v3('GET', '/api/3/contacts?tagid=1').body.meta as { total: string }).total).toBe('0');
    const contact4 = v3('GET', '/api/3/contacts/4').body;
    expect((contact4.contactTags as { tag: string }[]).map((t) => t.tag)).not.toContain('1');
  });

  it("sideloads a contact's lists and field values consistently with their collections", () => {
    const { v3 } = setup();
    v3('POST', '/api/3/contactLists', { contactList: { list: 3, contact: 4, status: 1 } });
    v3('POST', '/api/3/fieldValues', { fieldValue: { contact: 4, field: 3, value: '200+' } });
    const got = v3('GET', '/api/3/contacts/4').body;
    const lists = v3('GET', '/api/3/contacts/4/contactLists').body.contactLists as Rows;
    const values = v3('GET', '/api/3/contacts/4/fieldValues').body.fieldValues as Rows;
    expect(got.contactLists).toEqual(lists);
    expect(got.fieldValues).toEqual(values);
    expect(lists.map((l) => l.list)).toEqual(['1', '3']);
    expect(values.map((v) => [v.field, v.value])).toEqual([
      ['1', 'Silver'],
      ['3', '200+'],
    ]);
  });

  it('deleting a contact removes its memberships, tags and values', () => {
    const { v3, sb } = setup();
    v3('DELETE', '/api/3/contacts/4');
    const left = ['contactLists', 'contactTags', 'fieldValues'].flatMap((t) => [...tableOf(sb.store, t).rows.values()]);
    expect(left.filter((r) => r.contact === '4')).toEqual([]);
    expect(v3('GET', '/api/3/contacts/4').status).toBe(404);
  });

  it('pages with limit/offset, orders and id_greater the documented way', () => {
    const { v3 } = setup();
    const page = v3('GET', '/api/3/contacts?orders[id]=DESC&limit=3').body;
    expect((page.contacts as Rows).map((c) => c.id)).toEqual(['250', '249', '248']);
    const after = v3('GET', '/api/3/contacts?id_greater=245&orders[id]=ASC').body;
    expect((after.contacts as Rows).map((c) => c.id)).toEqual(['246', '247', '248', '249', '250']);
    const bad = v3('GET', '/api/3/contacts?orders[id]=UP');
    expect(bad.status).toBe(422);
    expect(JSON.stringify(bad.body)).toContain('/data/attributes/orders[id]');
    const deals = v3('GET', '/api/3/deals?filters[stage]=2').body;
    expect((deals.deals as Rows).every((d) => d.stage === '2')).toBe(true);
    expect(typeof (deals.meta as { total: unknown }).total).toBe('number');
  });

  it('moves a deal to a stage of another pipeline only with that pipeline', () => {
    const { v3 } = setup();
    const moved = v3('PUT', '/api/3/deals/1', { deal: { stage: '7' } }).body.deal as Record<string, string>;
    expect([moved.stage, moved.group]).toEqual(['7', '2']);
    const refused = v3('PUT', '/api/3/deals/1', { deal: { stage: '1', group: '2' } });
    expect(refused.status).toBe(422);
  });
});

describe('v1 actions share data with v3', () => {
  it('a write through either API is read back through the other, deletes and cascades included', () => {
    const { v1, v3 } = setup();
    const added = v1('contact_add', {}, { email: 'both@example.com', first_name: 'Bo', 'p[3]': '3', tags: 'Partner' });
    const id = String(added.subscriber_id);
    expect(v3('GET', `/api/3/contacts/${id}`).body).toMatchObject({
      contact: { email: 'both@example.com', firstName: 'Bo' },
      contactLists: [{ list: '3', status: '1' }],
      contactTags: [{ tag: '8' }],
    });
    v3('PUT', `/api/3/contacts/${id}`, { contact: { lastName: 'Th' } });
    v3('POST', '/api/3/contactLists', { contactList: { contact: id, list: 3, status: 2 } });
    expect(v1('contact_view', { id })).toMatchObject({ last_name: 'Th', lists: { '3': { status: '2' } } });
    expect(v1('contact_delete', { id })).toMatchObject({ result_code: 1 });
    expect(v3('GET', `/api/3/contacts/${id}`).status).toBe(404);
    expect((v3('GET', '/api/3/contacts?listid=3&limit=100').body.contacts as Rows).map((c) => c.id)).not.toContain(id);
    v3('DELETE', '/api/3/deals/3');
    expect(v1('deal_get', { id: '3' })).toMatchObject({ result_code: 0 });
  });

  it('contact_sync adds then updates; contact_list pages 20 with numbered keys', () => {
    const { v1, v3 } = setup();
    const added = v1('contact_sync', {}, { email: 'sync@example.com', first_name: 'S', 'p[2]': '2' });
    expect(added).toMatchObject({ result_code: 1, result_message: 'Contact added', subscriber_id: 251 });
    const updated = v1('contact_sync', {}, { email: 'SYNC@example.com', last_name: 'Two' });
    expect(updated).toMatchObject({ result_message: 'Contact updated', subscriber_id: 251 });
    expect(v3('GET', '/api/3/contacts/251').body.contact).toMatchObject({ firstName: 'S', lastName: 'Two' });
    const list = v1('contact_list', { ids: 'all', page: '2' });
    expect(Object.keys(list).filter((k) => /^\d+$/.test(k))).toHaveLength(20);
    expect(list['0']).toMatchObject({ id: '21' });
  });

  it('fails the v1 way: HTTP 200 and result_code 0', () => {
    const { v1 } = setup();
    expect(v1('contact_add', {}, { email: 'nope', 'p[1]': '1' })).toMatchObject({
      result_code: 0,
      result_message: 'Contact Email Address is not valid.',
    });
    expect(v1('contact_view', { id: '99999' })).toMatchObject({ result_code: 0 });
    expect(v1('no_such_action')).toMatchObject({ result_code: 0 });
  });

  it('contact_tag_remove, list_add/list_delete, tags_list, automation_list and account_view', () => {
    const { v1, v3 } = setup();
    expect(v1('contact_tag_remove', {}, { id: '4', tags: 'vip member' })).toMatchObject({
      result_message: 'Contact tag deleted',
    });
    expect(v1('contact_view', { id: '4' }).tags).toEqual([]);
    const list = v1(
      'list_add',
      {},
      {
        name: 'Events',
        sender_name: 'Co',
        sender_addr1: '1 St',
        sender_city: 'Chicago',
        sender_zip: '60601',
        sender_country: 'USA',
      },
    );
    expect(list).toMatchObject({ result_code: 1, id: 4 });
    expect(v3('GET', '/api/3/lists/4').body.list).toMatchObject({ name: 'Events', stringid: 'events' });
    expect(v1('list_delete', { id: '4' })).toMatchObject({ result_code: 1 });
    expect(v3('GET', '/api/3/lists/4').status).toBe(404);
    expect(v1('tags_list')).toMatchObject({ '0': { id: '1', name: 'VIP member' }, result_code: 1 });
    expect(v1('automation_list', { limit: '2' })).toMatchObject({ '1': { name: 'Lead scoring' } });
    expect(v1('automation_list', { limit: '2' })).not.toHaveProperty('2');
    expect(v1('account_view')).toMatchObject({ result_code: 1, account: '127.0.0.1:1' });
  });

  it('answers api_output=xml in XML', () => {
    const { sb } = setup();
    const res = sb.handle({
      method: 'GET',
      path: '/admin/api.php',
      query: new URLSearchParams({ api_action: 'list_view', api_key: KEY, api_output: 'xml', id: '1' }),
      headers: {},
      body: '',
    });
    expect(res.headers['Content-Type']).toContain('text/xml');
    expect(res.body).toContain('<name>Newsletter</name>');
    expect(res.body).toContain('<result_code>1</result_code>');
  });
});
