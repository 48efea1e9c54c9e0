/**
 * Requests the conformance test sends to a freshly seeded sandbox: one
 * success per implemented route plus its documented (and real-API) errors.
 * `undocumentedStatus` marks answers the real API gives but the catalog does
 * not list for that method, so the test checks the shape loosely there.
 */
export interface ConformanceCase {
  id: string;
  path: string;
  body?: unknown;
  status: number;
  undocumentedStatus?: boolean;
  note?: string;
}

const GONE = 99999;

export const conformanceCases: readonly ConformanceCase[] = [
  // users
  { id: 'v3.users.me', path: '/api/3/users/me', status: 200 },
  { id: 'v3.users.list', path: '/api/3/users', status: 200 },
  { id: 'v3.users.get', path: '/api/3/users/1', status: 200 },
  { id: 'v3.users.get', path: `/api/3/users/${GONE}`, status: 404, undocumentedStatus: true },
  { id: 'v3.users.getByEmail', path: '/api/3/users/email/admin%40example.com', status: 200 },
  { id: 'v3.users.getByUsername', path: '/api/3/users/username/admin', status: 200 },
  // contacts
  { id: 'v3.contacts.list', path: '/api/3/contacts?listid=2&orders[email]=DESC&limit=5', status: 200 },
  { id: 'v3.contacts.list', path: '/api/3/contacts?tagid=1&id_greater=100', status: 200 },
  { id: 'v3.contacts.list', path: '/api/3/contacts?orders[email]=DASC', status: 422, undocumentedStatus: true },
  { id: 'v3.contacts.get', path: '/api/3/contacts/4', status: 200 },
  { id: 'v3.contacts.get', path: `/api/3/contacts/${GONE}`, status: 404 },
  {
    id: 'v3.contacts.create',
    path: '/api/3/contacts',
    body: { contact: { email: 'new@example.com', fieldValues: [{ field: '1', value: 'Gold' }] } },
    status: 201,
  },
  {
    id: 'v3.contacts.create',
    path: '/api/3/contacts',
    body: { contact: { email: 'jane.doe@example.org' } },
    status: 422,
  },
  { id: 'v3.contacts.create', path: '/api/3/contacts', body: { contact: { email: 'not-an-email' } }, status: 422 },
  { id: 'v3.contacts.update', path: '/api/3/contacts/1', body: { contact: { firstName: 'Janet' } }, status: 200 },
  { id: 'v3.contacts.update', path: `/api/3/contacts/${GONE}`, body: { contact: { firstName: 'X' } }, status: 404 },
  { id: 'v3.contacts.delete', path: '/api/3/contacts/2', status: 200 },
  { id: 'v3.contacts.delete', path: `/api/3/contacts/${GONE}`, status: 404 },
  {
    id: 'v3.contacts.sync',
    path: '/api/3/contact/sync',
    body: { contact: { email: 'jane.doe@example.org', lastName: 'Synced', fieldValues: [{ field: 3, value: '50' }] } },
    status: 201,
  },
  { id: 'v3.contacts.sync', path: '/api/3/contact/sync', body: 'not an object', status: 400 },
  { id: 'v3.contacts.listContactLists', path: '/api/3/contacts/3/contactLists', status: 200 },
  { id: 'v3.contacts.listContactLists', path: `/api/3/contacts/${GONE}/contactLists`, status: 404 },
  { id: 'v3.contacts.listFieldValues', path: '/api/3/contacts/4/fieldValues', status: 200 },
  { id: 'v3.contacts.listDeals', path: '/api/3/contacts/5/deals', status: 200 },
  { id: 'v3.contacts.listDeals', path: `/api/3/contacts/${GONE}/deals`, status: 404 },
  { id: 'v3.contacts.listNotes', path: '/api/3/contacts/1/notes', status: 200 },
  { id: 'v3.contacts.listContactLogs', path: '/api/3/contacts/1/contactLogs', status: 200 },
  // lists and membership
  { id: 'v3.lists.list', path: '/api/3/lists?filters[name][contains]=news&orders[name]=ASC', status: 200 },
  { id: 'v3.lists.get', path: '/api/3/lists/1', status: 200 },
  { id: 'v3.lists.get', path: `/api/3/lists/${GONE}`, status: 404 },
  {
    id: 'v3.lists.create',
    path: '/api/3/lists',
    body: { list: { name: 'Beta', stringid: 'beta', sender_url: 'https://x.example', sender_reminder: 'You asked.' } },
    status: 200,
  },
  {
    id: 'v3.lists.create',
    path: '/api/3/lists',
    body: { list: { name: 'Beta' } },
    status: 422,
    undocumentedStatus: true,
  },
  { id: 'v3.lists.delete', path: '/api/3/lists/3', status: 200 },
  { id: 'v3.lists.delete', path: `/api/3/lists/${GONE}`, status: 404, undocumentedStatus: true },
  {
    id: 'v3.contactLists.updateStatus',
    path: '/api/3/contactLists',
    body: { contactList: { list: 2, contact: 1, status: 1 } },
    status: 200,
  },
  {
    id: 'v3.contactLists.updateStatus',
    path: '/api/3/contactLists',
    body: { contactList: { list: 2, contact: 1 } },
    status: 422,
    undocumentedStatus: true,
  },
  // tags
  { id: 'v3.tags.list', path: '/api/3/tags?search=vi', status: 200 },
  { id: 'v3.tags.get', path: '/api/3/tags/1', status: 200 },
  { id: 'v3.tags.get', path: `/api/3/tags/${GONE}`, status: 404 },
  {
    id: 'v3.tags.create',
    path: '/api/3/tags',
    body: { tag: { tag: 'Spring promo', tagType: 'contact' } },
    status: 201,
  },
  {
    id: 'v3.tags.create',
    path: '/api/3/tags',
    body: { tag: { tag: 'VIP member' } },
    status: 422,
    undocumentedStatus: true,
  },
  { id: 'v3.tags.update', path: '/api/3/tags/2', body: { tag: { description: 'Warm lead' } }, status: 200 },
  { id: 'v3.tags.update', path: `/api/3/tags/${GONE}`, body: { tag: {} }, status: 404, undocumentedStatus: true },
  { id: 'v3.tags.delete', path: '/api/3/tags/6', status: 200 },
  { id: 'v3.tags.delete', path: `/api/3/tags/${GONE}`, status: 404 },
  {
    id: 'v3.contactTags.create',
    path: '/api/3/contactTags',
    body: { contactTag: { contact: '2', tag: '1' } },
    status: 201,
  },
  {
    id: 'v3.contactTags.create',
    path: '/api/3/contactTags',
    body: { contactTag: { contact: String(GONE), tag: '1' } },
    status: 404,
  },
  { id: 'v3.contactTags.create', path: '/api/3/contactTags', body: { contactTag: { tag: '1' } }, status: 422 },
  { id: 'v3.contactTags.delete', path: '/api/3/contactTags/1', status: 200 },
  { id: 'v3.contactTags.delete', path: `/api/3/contactTags/${GONE}`, status: 404 },
  // custom fields and values
  { id: 'v3.fields.list', path: '/api/3/fields', status: 200 },
  { id: 'v3.fields.get', path: '/api/3/fields/1', status: 200 },
  { id: 'v3.fields.get', path: `/api/3/fields/${GONE}`, status: 404 },
  { id: 'v3.fields.create', path: '/api/3/fields', body: { field: { title: 'Shoe size', type: 'text' } }, status: 201 },
  {
    id: 'v3.fields.create',
    path: '/api/3/fields',
    body: { field: { title: 'Membership tier', type: 'text' } },
    status: 422,
  },
  { id: 'v3.fields.update', path: '/api/3/fields/3', body: { field: { descript: 'Employees' } }, status: 200 },
  { id: 'v3.fields.update', path: `/api/3/fields/${GONE}`, body: { field: {} }, status: 404 },
  { id: 'v3.fields.delete', path: '/api/3/fields/2', status: 200 },
  { id: 'v3.fields.delete', path: `/api/3/fields/${GONE}`, status: 404 },
  { id: 'v3.fieldValues.list', path: '/api/3/fieldValues?filters[fieldid]=1', status: 200 },
  { id: 'v3.fieldValues.get', path: '/api/3/fieldValues/1', status: 200 },
  { id: 'v3.fieldValues.get', path: `/api/3/fieldValues/${GONE}`, status: 404 },
  {
    id: 'v3.fieldValues.create',
    path: '/api/3/fieldValues',
    body: { fieldValue: { contact: 1, field: 3, value: '11-50' } },
    status: 200,
  },
  {
    id: 'v3.fieldValues.create',
    path: '/api/3/fieldValues',
    body: { fieldValue: { contact: 1, field: GONE, value: 'x' } },
    status: 422,
    undocumentedStatus: true,
  },
  { id: 'v3.fieldValues.update', path: '/api/3/fieldValues/1', body: { fieldValue: { value: 'Gold' } }, status: 200 },
  { id: 'v3.fieldValues.delete', path: '/api/3/fieldValues/1', status: 200 },
  { id: 'v3.fieldValues.delete', path: `/api/3/fieldValues/${GONE}`, status: 404, undocumentedStatus: true },
  // deals, pipelines, stages
  { id: 'v3.deals.list', path: '/api/3/deals?filters[group]=1&orders[value]=DESC', status: 200 },
  { id: 'v3.deals.get', path: '/api/3/deals/1', status: 200 },
  { id: 'v3.deals.get', path: `/api/3/deals/${GONE}`, status: 404, undocumentedStatus: true },
  {
    id: 'v3.deals.create',
    path: '/api/3/deals',
    body: {
      deal: { title: 'Big one', value: 45600, currency: 'usd', contact: '1', account: '1', stage: '2', owner: '1' },
    },
    status: 201,
  },
  {
    id: 'v3.deals.create',
    path: '/api/3/deals',
    body: { deal: { title: 'No value' } },
    status: 422,
    undocumentedStatus: true,
  },
  { id: 'v3.deals.update', path: '/api/3/deals/1', body: { deal: { stage: '3' } }, status: 200 },
  { id: 'v3.deals.delete', path: '/api/3/deals/2', status: 200 },
  { id: 'v3.dealGroups.list', path: '/api/3/dealGroups', status: 200 },
  { id: 'v3.dealGroups.get', path: '/api/3/dealGroups/1', status: 200 },
  {
    id: 'v3.dealGroups.create',
    path: '/api/3/dealGroups',
    body: { dealGroup: { title: 'Renewals', currency: 'usd' } },
    status: 200,
  },
  { id: 'v3.dealGroups.update', path: '/api/3/dealGroups/2', body: { dealGroup: { title: 'Partners' } }, status: 200 },
  { id: 'v3.dealGroups.delete', path: '/api/3/dealGroups/2', status: 200 },
  { id: 'v3.dealStages.list', path: '/api/3/dealStages?filters[d_groupid]=1', status: 200 },
  { id: 'v3.dealStages.get', path: '/api/3/dealStages/1', status: 200 },
  {
    id: 'v3.dealStages.create',
    path: '/api/3/dealStages',
    body: { dealStage: { title: 'Won', group: 1 } },
    status: 200,
  },
  { id: 'v3.dealStages.update', path: '/api/3/dealStages/1', body: { dealStage: { color: '696969' } }, status: 200 },
  { id: 'v3.dealStages.delete', path: '/api/3/dealStages/5', status: 200 },
  // accounts
  { id: 'v3.accounts.list', path: '/api/3/accounts?search=ac', status: 200 },
  { id: 'v3.accounts.get', path: '/api/3/accounts/1', status: 200 },
  { id: 'v3.accounts.create', path: '/api/3/accounts', body: { account: { name: 'Initrode' } }, status: 201 },
  { id: 'v3.accounts.create', path: '/api/3/accounts', body: { account: { name: 'acme corp' } }, status: 422 },
  {
    id: 'v3.accounts.update',
    path: '/api/3/accounts/1',
    body: { account: { accountUrl: 'https://a.example' } },
    status: 200,
  },
  { id: 'v3.accounts.delete', path: '/api/3/accounts/2', status: 200 },
  // notes
  { id: 'v3.notes.list', path: '/api/3/notes', status: 200 },
  { id: 'v3.notes.get', path: '/api/3/notes/1', status: 200 },
  {
    id: 'v3.notes.create',
    path: '/api/3/notes',
    body: { note: { note: 'Called back.', relid: 1, reltype: 'Subscriber' } },
    status: 201,
  },
  {
    id: 'v3.notes.create',
    path: '/api/3/notes',
    body: { note: { note: 'Orphan', relid: GONE, reltype: 'Subscriber' } },
    status: 422,
    undocumentedStatus: true,
  },
  { id: 'v3.notes.update', path: '/api/3/notes/1', body: { note: { note: 'Edited.' } }, status: 200 },
  { id: 'v3.notes.delete', path: '/api/3/notes/1', status: 200 },
  // webhooks
  { id: 'v3.webhooks.list', path: '/api/3/webhooks', status: 200 },
  { id: 'v3.webhooks.get', path: '/api/3/webhooks/1', status: 200 },
  { id: 'v3.webhooks.get', path: `/api/3/webhooks/${GONE}`, status: 404 },
  {
    id: 'v3.webhooks.create',
    path: '/api/3/webhooks',
    body: {
      webhook: { name: 'Audit', url: 'http://127.0.0.1:9/a', events: ['subscribe'], sources: ['api'] },
    },
    status: 201,
  },
  {
    id: 'v3.webhooks.create',
    path: '/api/3/webhooks',
    body: { webhook: { name: 'Bad', url: 'https://hooks.example.com:8443/a', events: ['nope'], sources: ['api'] } },
    status: 422,
  },
  {
    id: 'v3.webhooks.create',
    path: '/api/3/webhooks',
    body: { webhook: { name: 'Bad', url: 'https://127.0.0.1:8443/a', events: ['nope'], sources: ['api'] } },
    status: 422,
  },
  { id: 'v3.webhooks.update', path: '/api/3/webhooks/1', body: { webhook: { name: 'CRM' } }, status: 200 },
  { id: 'v3.webhooks.delete', path: '/api/3/webhooks/1', status: 200 },
  { id: 'v3.webhook.listEvents', path: '/api/3/webhook/events', status: 200 },
  // read-only automations and campaigns
  { id: 'v3.automations.list', path: '/api/3/automations', status: 200 },
  { id: 'v3.automations.get', path: '/api/3/automations/1', status: 200 },
  { id: 'v3.campaigns.list', path: '/api/3/campaigns?orders[sdate]=DESC', status: 200 },
  { id: 'v3.campaigns.get', path: '/api/3/campaigns/1', status: 200 },
  { id: 'v3.campaigns.get', path: `/api/3/campaigns/${GONE}`, status: 404 },
];
