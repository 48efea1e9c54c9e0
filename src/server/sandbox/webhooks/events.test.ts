import { describe, expect, it } from 'vitest';
import { catalog } from '../../../core/catalog/registry';
import type { MethodDef } from '../../../core/catalog/types';
import { exampleForm } from '../../../core/form-model/raw-values';
import { previewValues } from '../../../core/form-model/to-zod';
import { buildRequest } from '../../../core/request/build-request';
import { TRIGGERING_METHODS } from '../../../core/webhooks/triggers';
import type { SandboxRequest } from '../http-types';
import { harness, TEST_KEY, type Harness } from './test-harness';

/** The calls that fire each event, v3 and v1, with exactly the deliveries expected (seeded account). */
const cases: { name: string; run: (h: Harness) => void; fired: string[] }[] = [
  // subscribe: a contact is added (list 0), or subscribed to a list (that list)
  {
    name: 'v3 create contact',
    run: (h) => h.v3('POST', '/api/3/contacts', { contact: { email: 'new@example.org' } }),
    fired: ['subscribe'],
  },
  {
    name: 'v3 sync of a new address',
    run: (h) => h.v3('POST', '/api/3/contact/sync', { contact: { email: 'new@example.org' } }),
    fired: ['subscribe'],
  },
  {
    name: 'v3 subscribe to a list',
    run: (h) => h.v3('POST', '/api/3/contactLists', { contactList: { contact: 2, list: 3, status: 1 } }),
    fired: ['subscribe'],
  },
  {
    name: 'v1 contact_add on a list, with a tag',
    run: (h) => h.v1('contact_add', { email: 'new@example.org', 'p[2]': '2', 'status[2]': '1', tags: 'fresh' }),
    fired: ['subscribe', 'contact_tag_added'],
  },
  {
    name: 'v1 contact_sync of a new address',
    run: (h) => h.v1('contact_sync', { email: 'new@example.org' }),
    fired: ['subscribe'],
  },
  // unsubscribe
  {
    name: 'v3 unsubscribe from a list',
    run: (h) => h.v3('POST', '/api/3/contactLists', { contactList: { contact: 1, list: 1, status: 2 } }),
    fired: ['unsubscribe'],
  },
  {
    name: 'v1 contact_edit unsubscribing',
    run: (h) => h.v1('contact_edit', { id: '1', email: 'jane.doe@example.org', 'p[1]': '1', 'status[1]': '2' }),
    fired: ['update', 'unsubscribe'],
  },
  // update
  {
    name: 'v3 update contact',
    run: (h) => h.v3('PUT', '/api/3/contacts/1', { contact: { firstName: 'J' } }),
    fired: ['update'],
  },
  {
    name: 'v3 sync of a known address',
    run: (h) => h.v3('POST', '/api/3/contact/sync', { contact: { email: 'jane.doe@example.org', lastName: 'D' } }),
    fired: ['update'],
  },
  {
    name: 'v3 custom field value',
    run: (h) => h.v3('POST', '/api/3/fieldValues', { fieldValue: { contact: 1, field: 2, value: 'x' } }),
    fired: ['update'],
  },
  {
    name: 'v3 custom field value changed',
    run: (h) => h.v3('PUT', '/api/3/fieldValues/1', { fieldValue: { contact: 1, field: 1, value: 'Silver' } }),
    fired: ['update'],
  },
  {
    name: 'v1 contact_edit',
    run: (h) => h.v1('contact_edit', { id: '2', email: 'x2@example.org', overwrite: '0' }),
    fired: ['update'],
  },
  {
    name: 'v1 contact_sync of a known address',
    run: (h) => h.v1('contact_sync', { email: 'jane.doe@example.org', first_name: 'J' }),
    fired: ['update'],
  },
  // tags
  {
    name: 'v3 tag a contact',
    run: (h) => h.v3('POST', '/api/3/contactTags', { contactTag: { contact: '2', tag: '1' } }),
    fired: ['contact_tag_added'],
  },
  { name: 'v3 untag a contact', run: (h) => h.v3('DELETE', '/api/3/contactTags/1'), fired: ['contact_tag_removed'] },
  {
    name: 'v1 contact_tag_add, two tags',
    run: (h) => h.v1('contact_tag_add', { id: '2', 'tags[0]': 'hot', 'tags[1]': 'cold' }),
    fired: ['contact_tag_added', 'contact_tag_added'],
  },
  {
    name: 'v1 contact_tag_remove by email',
    run: (h) => h.v1('contact_tag_remove', { email: 'jane.doe@example.org', tags: 'Lead' }),
    fired: ['contact_tag_removed'],
  },
  // notes
  {
    name: 'v3 note on a contact',
    run: (h) => h.v3('POST', '/api/3/notes', { note: { note: 'Hi', reltype: 'Subscriber', relid: 1 } }),
    fired: ['subscriber_note'],
  },
  {
    name: 'v1 contact_note_add',
    run: (h) => h.v1('contact_note_add', { id: '1', listid: '0', note: 'Hi' }),
    fired: ['subscriber_note'],
  },
  {
    name: 'v3 note on a deal (notes)',
    run: (h) => h.v3('POST', '/api/3/notes', { note: { note: 'Hi', reltype: 'Deal', relid: 1 } }),
    fired: ['deal_note_add'],
  },
  {
    name: 'v3 note on a deal (deals/{id}/notes)',
    run: (h) => h.v3('POST', '/api/3/deals/1/notes', { note: { note: 'Hi' } }),
    fired: ['deal_note_add'],
  },
  {
    name: 'v1 deal_note_add',
    run: (h) => h.v1('deal_note_add', { dealid: '1', note: 'Hi' }),
    fired: ['deal_note_add'],
  },
  // deals
  {
    name: 'v3 create deal',
    run: (h) =>
      h.v3('POST', '/api/3/deals', {
        deal: { title: 'D', value: 1000, currency: 'usd', contact: '1', group: '1', stage: '1', owner: '1' },
      }),
    fired: ['deal_add'],
  },
  {
    name: 'v1 deal_add',
    run: (h) => h.v1('deal_add', { title: 'D', value: '10', currency: 'usd', pipeline: '1', stage: '1', owner: '1' }),
    fired: ['deal_add'],
  },
  {
    name: 'v3 update deal',
    run: (h) => h.v3('PUT', '/api/3/deals/1', { deal: { stage: '3' } }),
    fired: ['deal_update'],
  },
  { name: 'v1 deal_edit', run: (h) => h.v1('deal_edit', { id: '1', title: 'T' }), fired: ['deal_update'] },
  // the account's structure
  {
    name: 'v3 create list',
    run: (h) =>
      h.v3('POST', '/api/3/lists', {
        list: { name: 'L', stringid: 'l', sender_url: 'https://x.example', sender_reminder: 'r' },
      }),
    fired: ['list_add'],
  },
  {
    name: 'v1 list_add',
    run: (h) =>
      h.v1('list_add', {
        name: 'L',
        sender_name: 'a',
        sender_addr1: 'a',
        sender_city: 'c',
        sender_zip: '1',
        sender_country: 'US',
      }),
    fired: ['list_add'],
  },
  {
    name: 'v3 create stage',
    run: (h) => h.v3('POST', '/api/3/dealStages', { dealStage: { title: 'S', group: '1' } }),
    fired: ['deal_stage_add'],
  },
  {
    name: 'v1 deal_stage_add',
    run: (h) => h.v1('deal_stage_add', { title: 'S', pipeline: '1' }),
    fired: ['deal_stage_add'],
  },
  {
    name: 'v3 create pipeline',
    run: (h) => h.v3('POST', '/api/3/dealGroups', { dealGroup: { title: 'P', currency: 'usd' } }),
    fired: ['deal_pipeline_add'],
  },
  { name: 'v1 deal_pipeline_add', run: (h) => h.v1('deal_pipeline_add', { title: 'P' }), fired: ['deal_pipeline_add'] },
  {
    name: 'v3 create task type',
    run: (h) => h.v3('POST', '/api/3/dealTasktypes', { dealTasktype: { title: 'Site visit' } }),
    fired: ['deal_tasktype_add'],
  },
  {
    name: 'v1 deal_tasktype_add',
    run: (h) => h.v1('deal_tasktype_add', { title: 'Site visit' }),
    fired: ['deal_tasktype_add'],
  },
  // deal tasks
  {
    name: 'v3 create deal task',
    run: (h) =>
      h.v3('POST', '/api/3/dealTasks', {
        dealTask: { relid: 1, duedate: '2026-03-01T12:00:00-06:00', dealTasktype: 1 },
      }),
    fired: ['deal_task_add'],
  },
  {
    name: 'v1 deal_task_add',
    run: (h) => h.v1('deal_task_add', { dealid: '1', note: 'Call', duedate: '2026-03-01' }),
    fired: ['deal_task_add'],
  },
  {
    name: 'v3 complete a deal task',
    run: (h) => h.v3('PUT', '/api/3/dealTasks/1', { dealTask: { status: 1 } }),
    fired: ['deal_task_complete'],
  },
  {
    name: 'v1 deal_task_edit to done',
    run: (h) => h.v1('deal_task_edit', { id: '1', status: '1' }),
    fired: ['deal_task_complete'],
  },
];

/** Calls that change nothing a webhook reports, fail, or are reads or bulk work: none fires. */
const silent: { name: string; run: (h: Harness) => void }[] = [
  { name: 'a read', run: (h) => h.v3('GET', '/api/3/contacts/1') },
  { name: 'a v1 read', run: (h) => h.v1('contact_view', { id: '1' }, { method: 'GET' }) },
  {
    name: 'a bulk import',
    run: (h) => h.v3('POST', '/api/3/import/bulk_import', { contacts: [{ email: 'bulk@example.org', tags: ['x'] }] }),
  },
  {
    name: 'a bulk owner change',
    run: (h) => h.v3('PATCH', '/api/3/deals/bulkUpdate', { deals: [{ id: 1, owner: 2 }] }),
  },
  {
    name: 'moving every deal of a stage',
    run: (h) => h.v3('PUT', '/api/3/dealStages/1/deals', { deals: { stage: 2 } }),
  },
  {
    name: 'a duplicate contact (422)',
    run: (h) => h.v3('POST', '/api/3/contacts', { contact: { email: 'jane.doe@example.org' } }),
  },
  { name: 'a wrong key (403)', run: (h) => h.v3('PUT', '/api/3/contacts/1', { contact: { firstName: 'J' } }, 'wrong') },
  { name: 'a v1 failure (result_code 0)', run: (h) => h.v1('contact_edit', { id: '999999', email: 'a@example.org' }) },
  { name: 'deleting a contact', run: (h) => h.v3('DELETE', '/api/3/contacts/3') },
  {
    name: 'subscribing a subscriber again',
    run: (h) => h.v3('POST', '/api/3/contactLists', { contactList: { contact: 1, list: 1, status: 1 } }),
  },
  {
    name: 'editing a task without completing it',
    run: (h) => h.v3('PUT', '/api/3/dealTasks/1', { dealTask: { title: 'T' } }),
  },
  {
    name: 'a note on an account',
    run: (h) => h.v3('POST', '/api/3/notes', { note: { note: 'n', reltype: 'CustomerAccount', relid: 1 } }),
  },
  {
    name: 'creating a tag',
    run: (h) => h.v3('POST', '/api/3/tags', { tag: { tag: 'New', tagType: 'contact', description: '' } }),
  },
];

describe('which calls fire which events', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const h = harness();
    h.webhook();
    c.run(h);
    expect(h.types()).toEqual(c.fired);
  });

  it.each(silent.map((c) => [c.name, c] as const))('%s fires nothing', (_name, c) => {
    const h = harness();
    h.webhook();
    c.run(h);
    expect(h.types()).toEqual([]);
  });

  it('covers the thirteen events the issue asks for, each by a v3 and a v1 call', () => {
    const byApi = (api: 'v3' | 'v1') => new Set(cases.filter((c) => c.name.startsWith(api)).flatMap((c) => c.fired));
    const required = [
      'subscribe',
      'unsubscribe',
      'update',
      'contact_tag_added',
      'contact_tag_removed',
      'subscriber_note',
    ];
    const more = [
      'list_add',
      'deal_add',
      'deal_update',
      'deal_note_add',
      'deal_stage_add',
      'deal_task_add',
      'deal_task_complete',
    ];
    for (const event of [...required, ...more]) {
      expect(byApi('v3').has(event), `v3 ${event}`).toBe(true);
      expect(byApi('v1').has(event), `v1 ${event}`).toBe(true);
    }
  });
});

/** The request the explorer sends for a method filled with its catalog example. */
function exampleRequest(m: MethodDef): SandboxRequest {
  const prepared = buildRequest(m, previewValues(m, exampleForm(m)), {
    apiUrl: 'http://127.0.0.1:1',
    apiKey: TEST_KEY,
  });
  const url = new URL(prepared.url);
  const headers: Record<string, string> = {};
  for (const h of prepared.headers) headers[h.name.toLowerCase()] = h.value;
  return { method: prepared.method, path: url.pathname, query: url.searchParams, headers, body: prepared.body ?? '' };
}

/** The methods that may fire events: everything else in the catalog, reads and bulk calls included, fires none. */
const MAY_FIRE = new Set([
  'v3.contacts.create',
  'v3.contacts.sync',
  'v3.contacts.update',
  'v3.contactLists.updateStatus',
  'v3.contactTags.create',
  'v3.contactTags.delete',
  'v3.fieldValues.create',
  'v3.fieldValues.update',
  'v3.notes.create',
  'v3.deals.createNote',
  'v3.deals.create',
  'v3.deals.update',
  'v3.dealTasks.create',
  'v3.dealTasks.update',
  'v3.dealStages.create',
  'v3.dealGroups.create',
  'v3.dealTasktypes.create',
  'v3.lists.create',
  'v1.contact_add',
  'v1.contact_sync',
  'v1.contact_edit',
  'v1.contact_tag_add',
  'v1.contact_tag_remove',
  'v1.contact_note_add',
  'v1.deal_note_add',
  'v1.deal_add',
  'v1.deal_edit',
  'v1.deal_task_add',
  'v1.deal_task_edit',
  'v1.deal_stage_add',
  'v1.deal_pipeline_add',
  'v1.deal_tasktype_add',
  'v1.list_add',
]);

describe('every other catalog method fires nothing', () => {
  it('the methods with triggers are exactly the expected ones', () => {
    expect(new Set(TRIGGERING_METHODS)).toEqual(MAY_FIRE);
  });

  const others = catalog.filter((m) => !MAY_FIRE.has(m.id));
  it.each(others.map((m) => [m.id, m] as const))('%s with its example', (_id, m) => {
    const h = harness();
    h.webhook();
    h.sb.handle(exampleRequest(m));
    expect(h.types()).toEqual([]);
  });
});
