import { describe, expect, it } from 'vitest';
import type { Row } from './engine/resource';
import { tableOf } from './store';
import { testSandbox } from './test-support';

function setup() {
  const { sb, v3 } = testSandbox();
  /** The rows of `table` that pass `where` (as the store holds them). */
  const rows = (table: string, where: (r: Row) => boolean = () => true) =>
    [...tableOf(sb.store, table).rows.values()].filter(where);
  return { v3, rows };
}

const is = (field: string, id: string) => (r: Row) => String(r[field]) === id;

describe('deleting a record takes what depends on it along', () => {
  it('a contact: memberships, tags, values, notes, runs, account links, goals; its deals lose their contact', () => {
    const { v3, rows } = setup();
    v3('POST', '/api/3/fieldValues', { fieldValue: { contact: 5, field: 3, value: '11-50' } });
    const owned = [
      'contactLists',
      'contactTags',
      'fieldValues',
      'contactAutomations',
      'accountContacts',
      'contactGoals',
    ];
    expect(owned.map((t) => rows(t, is('contact', '5')).length).every((n) => n > 0)).toBe(true);
    expect(rows('notes', (r) => r.reltype === 'Subscriber' && r.relid === '5')).toHaveLength(1);
    expect(v3('GET', '/api/3/deals/1').body.deal).toMatchObject({ contact: '5' });

    expect(v3('DELETE', '/api/3/contacts/5').status).toBe(200);
    for (const t of owned) expect(rows(t, is('contact', '5')), t).toEqual([]);
    expect(rows('notes', (r) => r.reltype === 'Subscriber' && r.relid === '5')).toEqual([]);
    expect(v3('GET', '/api/3/deals/1').body.deal).toMatchObject({ contact: null });
    expect(v3('GET', '/api/3/contacts/5/contactLists').status).toBe(404);
  });

  it('a deal: its notes, tasks, secondary contacts, activity and custom values; a contact task stays', () => {
    const { v3, rows } = setup();
    expect(rows('notes', (r) => r.reltype === 'Deal' && r.relid === '4')).toHaveLength(1);
    expect(rows('dealTasks', (r) => r.reltype === 'Deal' && r.relid === '4')).toHaveLength(1);
    expect(rows('contactDeals', is('deal', '4'))).toHaveLength(1);
    expect(rows('dealCustomFieldData', is('dealId', '4')).length).toBeGreaterThan(0);
    const contactTasks = rows('dealTasks', (r) => r.reltype === 'Subscriber').length;

    expect(v3('DELETE', '/api/3/deals/4').status).toBe(200);
    expect(rows('notes', (r) => r.reltype === 'Deal' && r.relid === '4')).toEqual([]);
    expect(rows('dealTasks', (r) => r.reltype === 'Deal' && r.relid === '4')).toEqual([]);
    expect(rows('contactDeals', is('deal', '4'))).toEqual([]);
    expect(rows('dealActivities', is('deal', '4'))).toEqual([]);
    expect(rows('dealCustomFieldData', is('dealId', '4'))).toEqual([]);
    expect(rows('dealTasks', (r) => r.reltype === 'Subscriber')).toHaveLength(contactTasks);
  });

  it('a pipeline: its stages and their deals; the other pipelines keep theirs', () => {
    const { v3, rows } = setup();
    expect(rows('dealStages', is('group', '2'))).toHaveLength(3);
    const inSales = rows('deals', is('group', '1')).length;
    expect(v3('DELETE', '/api/3/dealGroups/2').status).toBe(200);
    expect(rows('dealStages', is('group', '2'))).toEqual([]);
    expect(rows('deals', is('group', '2'))).toEqual([]);
    expect(rows('deals', is('group', '1'))).toHaveLength(inSales);
    expect((v3('GET', '/api/3/dealStages?filters[d_groupid]=2').body.meta as { total: string }).total).toBe('0');
  });

  it('a stage: its deals move to the first remaining stage of the pipeline', () => {
    const { v3, rows } = setup();
    const onStage2 = rows('deals', is('stage', '2')).map((d) => d.id);
    expect(onStage2.length).toBeGreaterThan(0);
    expect(v3('DELETE', '/api/3/dealStages/2').status).toBe(200);
    for (const id of onStage2)
      expect(v3('GET', `/api/3/deals/${id}`).body.deal).toMatchObject({ stage: '1', group: '1' });
    expect(v3('GET', '/api/3/dealGroups/1').body.dealGroup).toMatchObject({ stages: ['1', '3', '4', '5'] });
  });

  it('a list: its memberships; a field: its values, options and list relations', () => {
    const { v3, rows } = setup();
    expect(v3('DELETE', '/api/3/lists/2').status).toBe(200);
    expect(rows('contactLists', is('list', '2'))).toEqual([]);
    expect((v3('GET', '/api/3/contacts?listid=2').body.meta as { total: string }).total).toBe('0');
    expect(v3('DELETE', '/api/3/fields/1').status).toBe(200);
    for (const t of ['fieldValues', 'fieldOptions', 'fieldRels']) expect(rows(t, is('field', '1')), t).toEqual([]);
  });

  it('an account: its contact links, notes and values; its deals lose their account', () => {
    const { v3, rows } = setup();
    const deals = rows('deals', is('account', '3')).map((d) => d.id);
    expect(deals.length).toBeGreaterThan(0);
    expect(v3('DELETE', '/api/3/accounts/3').status).toBe(200);
    expect(rows('accountContacts', is('account', '3'))).toEqual([]);
    expect(rows('accountCustomFieldData', is('accountId', '3'))).toEqual([]);
    for (const id of deals) expect(v3('GET', `/api/3/deals/${id}`).body.deal).toMatchObject({ account: null });
  });

  it('a connection: its customers and orders with their products', () => {
    const { v3, rows } = setup();
    const orders = rows('ecomOrders', is('connectionid', '1')).map((o) => o.id);
    expect(orders.length).toBeGreaterThan(0);
    expect(v3('DELETE', '/api/3/connections/1').status).toBe(200);
    expect(rows('ecomCustomers', is('connectionid', '1'))).toEqual([]);
    expect(rows('ecomOrders', is('connectionid', '1'))).toEqual([]);
    for (const id of orders) expect(rows('ecomOrderProducts', is('orderid', id))).toEqual([]);
  });

  it('a custom object schema: its records', () => {
    const { v3, rows } = setup();
    const schema = '6449c3f3-b68d-46d1-850b-c8aea998ce1b';
    expect(rows('records', is('schemaId', schema)).length).toBeGreaterThan(0);
    expect(v3('DELETE', `/api/3/customObjects/schemas/${schema}`).status).toBe(200);
    expect(rows('records', is('schemaId', schema))).toEqual([]);
    expect(v3('GET', `/api/3/customObjects/records/${schema}`).status).toBe(404);
  });

  it('a campaign: its list and message links and tracked links', () => {
    const { v3, rows } = setup();
    expect(v3('DELETE', '/api/3/campaigns/1').body).toEqual({ succeeded: 1, message: 'Campaign deleted.' });
    for (const t of ['campaignLists', 'campaignMessages', 'links']) expect(rows(t, is('campaign', '1')), t).toEqual([]);
  });
});

describe('writes keep relations true', () => {
  it('refuses a record that names another that does not exist, pointing at the attribute', () => {
    const { v3 } = setup();
    const res = v3('POST', '/api/3/accountContacts', { accountContact: { account: 99999, contact: 1 } });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({
      errors: [
        {
          title: 'No Account with id 99999',
          detail: '',
          code: 'related_missing',
          source: { pointer: '/data/attributes/account' },
        },
      ],
    });
  });

  it('posting a membership twice updates it; tagging twice answers the same link', () => {
    const { v3, rows } = setup();
    const before = rows('contactLists').length;
    v3('POST', '/api/3/contactLists', { contactList: { contact: 1, list: 1, status: 2 } });
    expect(rows('contactLists')).toHaveLength(before);
    expect(rows('contactLists', (r) => r.contact === '1' && r.list === '1')[0]).toMatchObject({ status: '2' });
    const first = v3('POST', '/api/3/contactTags', { contactTag: { contact: 3, tag: 9 } });
    const again = v3('POST', '/api/3/contactTags', { contactTag: { contact: '3', tag: '9' } });
    expect((again.body.contactTag as Row).id).toBe((first.body.contactTag as Row).id);
  });

  it('a new pipeline gets three stages; the users named may work it', () => {
    const { v3 } = setup();
    const res = v3('POST', '/api/3/dealGroups', { dealGroup: { title: 'Upsells', currency: 'usd', users: [2] } });
    const group = res.body.dealGroup as Row;
    expect((res.body.dealStages as Row[]).map((s) => s.title)).toEqual(['To Contact', 'In Contact', 'Follow Up']);
    expect(v3('GET', `/api/3/dealGroups/${group.id}`).body.dealGroup).toMatchObject({
      dealGroupUsers: [expect.any(String)],
    });
    expect((v3('GET', '/api/3/dealGroupUsers?limit=100').body.dealGroupUsers as Row[]).at(-1)).toMatchObject({
      dealGroup: group.id,
      user: '2',
    });
  });
});
