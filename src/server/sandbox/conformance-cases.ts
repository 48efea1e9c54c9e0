/**
 * Requests the conformance test sends to a freshly seeded sandbox, beyond
 * each method's catalog example (every-method.test.ts): a success with
 * other data for every resource that can be written, and the errors the
 * real API gives. A case whose status the catalog does not document for
 * its method is checked loosely (AC's error shapes, not the catalog's).
 */
import { findMethod } from '../../core/catalog/registry';

export interface ConformanceCase {
  id: string;
  path: string;
  body?: unknown;
  status: number;
  /** The catalog lists no such status for this method (the real API answers it). */
  undocumentedStatus: boolean;
}

const GONE = 99999;

function documentedSuccess(id: string): number {
  const m = findMethod(id);
  if (!m) throw new Error(`No catalog method ${id}`);
  return m.responses.filter((r) => r.status < 300).sort((a, b) => a.status - b.status)[0]?.status ?? 200;
}

/** The method succeeds with its documented status. */
function ok(id: string, path: string, body?: unknown): ConformanceCase {
  return { id, path, body, status: documentedSuccess(id), undocumentedStatus: false };
}

/** The method fails with `status`. */
function fails(id: string, path: string, status: number, body?: unknown): ConformanceCase {
  const documented = findMethod(id)?.responses.some((r) => r.status === status) ?? false;
  return { id, path, body, status, undocumentedStatus: !documented };
}

const contactBody = (contact: Record<string, unknown>) => ({ contact });

export const conformanceCases: readonly ConformanceCase[] = [
  // users, groups, settings
  ok('v3.users.me', '/api/3/users/me'),
  ok('v3.users.getByEmail', '/api/3/users/email/SALES%40example.com'),
  ok('v3.users.create', '/api/3/users', {
    user: {
      username: 'kim',
      email: 'kim@example.com',
      firstName: 'Kim',
      lastName: 'Lee',
      group: 3,
      password: 'S3cret-pass!',
    },
  }),
  fails('v3.users.create', '/api/3/users', 422, { user: { username: 'ADMIN', email: 'new@example.com' } }),
  ok('v3.users.update', '/api/3/users/2', { user: { firstName: 'Samantha' } }),
  ok('v3.users.delete', '/api/3/users/2'),
  ok('v3.groups.create', '/api/3/groups', { group: { title: 'Support', descript: 'Answers customers' } }),
  ok('v3.groups.update', '/api/3/groups/2', { group: { descript: 'Deals and renewals' } }),
  ok('v3.groups.delete', '/api/3/groups/3'),
  ok('v3.configs.update', '/api/3/configs/1', { config: { val: '100' } }),
  ok('v3.brandings.update', '/api/3/brandings/2', { branding: { siteName: 'Sandbox news' } }),
  ok('v3.addresses.create', '/api/3/addresses', {
    address: {
      company_name: 'Sandbox West',
      address_1: '5 Pine St',
      city: 'Seattle',
      state: 'WA',
      zip: '98101',
      country: 'US',
    },
  }),
  ok('v3.addresses.update', '/api/3/addresses/2', { address: { city: 'Cork' } }),
  ok('v3.addressGroups.delete', '/api/3/addressGroups/1'),
  ok('v3.addressLists.delete', '/api/3/addressLists/2'),
  ok('v3.calendars.create', '/api/3/calendars', { calendar: { title: 'Renewals', type: 'Deals' } }),
  ok('v3.savedResponses.update', '/api/3/savedResponses/1', { savedResponse: { subject: 'Our plans' } }),
  ok('v3.forms.delete', '/api/3/forms/3'),
  // contacts
  ok('v3.contacts.list', '/api/3/contacts?listid=2&orders[email]=DESC&limit=5'),
  ok('v3.contacts.list', '/api/3/contacts?tagid=1&id_greater=100'),
  ok('v3.contacts.list', '/api/3/contacts?filters[created_after]=2026-01-05&filters[created_before]=2026-01-06'),
  fails('v3.contacts.list', '/api/3/contacts?orders[email]=DASC', 422),
  ok('v3.contacts.get', '/api/3/contacts/4'),
  ok(
    'v3.contacts.create',
    '/api/3/contacts',
    contactBody({ email: 'new@example.com', fieldValues: [{ field: '1', value: 'Gold' }] }),
  ),
  ok('v3.contacts.create', '/api/3/contacts', contactBody({ phone: '+1 312 555 0199', allowNullEmail: true })),
  fails('v3.contacts.create', '/api/3/contacts', 422, contactBody({ email: 'jane.doe@example.org' })),
  fails('v3.contacts.create', '/api/3/contacts', 422, contactBody({ email: 'not-an-email' })),
  fails('v3.contacts.create', '/api/3/contacts', 422, contactBody({ allowNullEmail: true })),
  fails(
    'v3.contacts.create',
    '/api/3/contacts',
    422,
    contactBody({ email: 'x@example.com', fieldValues: [{ field: GONE, value: 'x' }] }),
  ),
  ok('v3.contacts.update', '/api/3/contacts/1', contactBody({ firstName: 'Janet' })),
  fails('v3.contacts.update', `/api/3/contacts/${GONE}`, 404, contactBody({ firstName: 'X' })),
  ok('v3.contacts.delete', '/api/3/contacts/2'),
  fails('v3.contacts.delete', `/api/3/contacts/${GONE}`, 404),
  ok(
    'v3.contacts.sync',
    '/api/3/contact/sync',
    contactBody({ email: 'JANE.DOE@example.org', lastName: 'Synced', fieldValues: [{ field: 3, value: '50' }] }),
  ),
  fails('v3.contacts.sync', '/api/3/contact/sync', 400, 'not an object'),
  ok('v3.contacts.listContactLists', '/api/3/contacts/3/contactLists'),
  fails('v3.contacts.listDeals', `/api/3/contacts/${GONE}/deals`, 404),
  ok('v3.contacts.getContactData', '/api/3/contacts/2/contactData'),
  ok('v3.accountContacts.create', '/api/3/accountContacts', {
    accountContact: { account: 3, contact: 7, jobTitle: 'Buyer' },
  }),
  fails('v3.accountContacts.create', '/api/3/accountContacts', 422, { accountContact: { account: GONE, contact: 7 } }),
  ok('v3.accountContacts.update', '/api/3/accountContacts/1', { accountContact: { jobTitle: 'VP Marketing' } }),
  ok('v3.accountContacts.delete', '/api/3/accountContacts/1'),
  ok('v3.contactAutomations.create', '/api/3/contactAutomations', { contactAutomation: { contact: 3, automation: 3 } }),
  ok('v3.contactAutomations.delete', '/api/3/contactAutomations/1'),
  ok('v3.contactDeals.create', '/api/3/contactDeals', { contactDeal: { contact: 9, deal: 1, role: 2 } }),
  ok('v3.contactDeals.update', '/api/3/contactDeals/1', { contactDeal: { role: 3 } }),
  ok('v3.contactDeals.delete', '/api/3/contactDeals/1'),
  // lists and membership
  ok('v3.lists.list', '/api/3/lists?filters[name][contains]=news&orders[name]=ASC'),
  ok('v3.lists.list', '/api/3/lists?filters[name]=update&orders[name]=weight'),
  ok('v3.lists.create', '/api/3/lists', {
    list: { name: 'Beta', stringid: 'beta', sender_url: 'https://x.example', sender_reminder: 'You asked.' },
  }),
  fails('v3.lists.create', '/api/3/lists', 422, { list: { name: 'Beta' } }),
  fails('v3.lists.create', '/api/3/lists', 422, {
    list: { name: 'Again', stringid: 'customers', sender_url: 'https://x.example', sender_reminder: 'x' },
  }),
  ok('v3.lists.update', '/api/3/lists/2', { list: { name: 'Product news' } }),
  fails('v3.lists.update', `/api/3/lists/${GONE}`, 404, { list: { name: 'x' } }),
  ok('v3.lists.delete', '/api/3/lists/3'),
  fails('v3.lists.delete', `/api/3/lists/${GONE}`, 404),
  ok('v3.lists.updateExclusion', '/api/3/lists/exclusions/2', { channel: 'all', lists: ['1'] }),
  ok('v3.listGroups.create', '/api/3/listGroups', { listGroup: { listid: 3, groupid: 2 } }),
  ok('v3.contactLists.updateStatus', '/api/3/contactLists', { contactList: { list: 2, contact: 1, status: 1 } }),
  ok('v3.contactLists.updateStatus', '/api/3/contactLists', { contactList: { list: 1, contact: 1, status: 2 } }),
  fails('v3.contactLists.updateStatus', '/api/3/contactLists', 422, { contactList: { list: 2, contact: 1 } }),
  fails('v3.contactLists.updateStatus', '/api/3/contactLists', 422, {
    contactList: { list: 2, contact: 1, status: 3 },
  }),
  // tags
  ok('v3.tags.list', '/api/3/tags?search=vi'),
  ok('v3.tags.list', '/api/3/tags?filters[search][starts_with]=web&orders[search]=weight'),
  ok('v3.tags.create', '/api/3/tags', { tag: { tag: 'Spring promo', tagType: 'contact' } }),
  fails('v3.tags.create', '/api/3/tags', 422, { tag: { tag: 'vip MEMBER' } }),
  fails('v3.tags.create', '/api/3/tags', 422, { tag: { tag: 'Odd', tagType: 'person' } }),
  ok('v3.tags.update', '/api/3/tags/2', { tag: { description: 'Warm lead' } }),
  fails('v3.tags.update', `/api/3/tags/${GONE}`, 404, { tag: {} }),
  ok('v3.tags.delete', '/api/3/tags/6'),
  ok('v3.contactTags.create', '/api/3/contactTags', { contactTag: { contact: '2', tag: '1' } }),
  fails('v3.contactTags.create', '/api/3/contactTags', 404, { contactTag: { contact: String(GONE), tag: '1' } }),
  fails('v3.contactTags.create', '/api/3/contactTags', 422, { contactTag: { tag: '1' } }),
  ok('v3.contactTags.delete', '/api/3/contactTags/1'),
  fails('v3.contactTags.delete', `/api/3/contactTags/${GONE}`, 404),
  // custom fields and values
  ok('v3.fields.create', '/api/3/fields', { field: { title: 'Shoe size', type: 'text' } }),
  fails('v3.fields.create', '/api/3/fields', 422, { field: { title: 'Membership tier', type: 'text' } }),
  ok('v3.fields.update', '/api/3/fields/3', { field: { descript: 'Employees' } }),
  ok('v3.fields.delete', '/api/3/fields/2'),
  ok('v3.fieldValues.list', '/api/3/fieldValues?filters[fieldid]=1'),
  ok('v3.fieldValues.create', '/api/3/fieldValues', { fieldValue: { contact: 1, field: 3, value: '11-50' } }),
  fails('v3.fieldValues.create', '/api/3/fieldValues', 422, { fieldValue: { contact: 1, field: GONE, value: 'x' } }),
  ok('v3.fieldValues.update', '/api/3/fieldValues/1', { fieldValue: { value: 'Gold' } }),
  ok('v3.fieldValues.delete', '/api/3/fieldValues/1'),
  ok('v3.fieldRels.create', '/api/3/fieldRels', { fieldRel: { field: 4, relid: 3 } }),
  ok('v3.fieldRels.delete', '/api/3/fieldRels/1'),
  ok('v3.fieldOptions.bulkCreate', '/api/3/fieldOptions/bulk', {
    fieldOptions: [{ field: 4, value: 'Offers', label: 'Offers' }],
  }),
  fails('v3.fieldOptions.bulkCreate', '/api/3/fieldOptions/bulk', 422, { fieldOptions: [] }),
  ok('v3.groupDefinitions.create', '/api/3/groupDefinitions', { groupDefinition: { label: 'Billing', type_id: 1 } }),
  ok('v3.groupMembers.update', '/api/3/groupMembers/1', { groupMember: { ordernum: 3 } }),
  ok('v3.groupMembers.delete', '/api/3/groupMembers/2'),
  // deals, pipelines, stages, tasks
  ok('v3.deals.list', '/api/3/deals?filters[group]=1&orders[value]=DESC'),
  ok('v3.deals.list', '/api/3/deals?filters[minimum_value]=2000&filters[maximum_value]=3000'),
  ok('v3.deals.create', '/api/3/deals', {
    deal: { title: 'Big one', value: 45600, currency: 'usd', contact: '1', account: '1', stage: '2', owner: '1' },
  }),
  ok('v3.deals.create', '/api/3/deals', { deal: { title: 'New pipeline', value: 100, currency: 'usd', group: '3' } }),
  fails('v3.deals.create', '/api/3/deals', 422, { deal: { title: 'No value' } }),
  fails('v3.deals.create', '/api/3/deals', 422, { deal: { title: 'x', value: 'lots', currency: 'usd', stage: '1' } }),
  fails('v3.deals.create', '/api/3/deals', 422, {
    deal: { title: 'x', value: 1, currency: 'usd', stage: String(GONE) },
  }),
  ok('v3.deals.update', '/api/3/deals/1', { deal: { stage: '3' } }),
  fails('v3.deals.update', '/api/3/deals/1', 422, { deal: { stage: '1', group: '2' } }),
  ok('v3.deals.delete', '/api/3/deals/2'),
  fails('v3.deals.get', `/api/3/deals/${GONE}`, 404),
  ok('v3.deals.createNote', '/api/3/deals/3/notes', { note: { note: 'Call went well.' } }),
  ok('v3.deals.bulkUpdateOwners', '/api/3/deals/bulkUpdate', {
    deals: [
      { id: '1', ownerId: '1' },
      { id: '3', ownerId: '1' },
    ],
  }),
  ok('v3.dealGroups.create', '/api/3/dealGroups', { dealGroup: { title: 'Upsells', currency: 'usd' } }),
  ok('v3.dealGroups.update', '/api/3/dealGroups/2', { dealGroup: { title: 'Partners' } }),
  ok('v3.dealGroups.delete', '/api/3/dealGroups/2'),
  ok('v3.dealStages.list', '/api/3/dealStages?filters[d_groupid]=1'),
  ok('v3.dealStages.create', '/api/3/dealStages', { dealStage: { title: 'Won', group: 1 } }),
  fails('v3.dealStages.create', '/api/3/dealStages', 422, { dealStage: { title: 'Orphan', group: GONE } }),
  ok('v3.dealStages.update', '/api/3/dealStages/1', { dealStage: { color: '696969' } }),
  ok('v3.dealStages.delete', '/api/3/dealStages/5'),
  ok('v3.dealStages.moveDeals', '/api/3/dealStages/2/deals', { deal: { stage: '4' } }),
  fails('v3.dealStages.moveDeals', '/api/3/dealStages/2/deals', 422, { deal: { stage: '7' } }),
  ok('v3.dealRoles.create', '/api/3/dealRoles', { title: 'Sponsor' }),
  ok('v3.dealRoles.delete', '/api/3/dealRoles/4'),
  ok('v3.dealCustomFieldMeta.create', '/api/3/dealCustomFieldMeta', {
    dealCustomFieldMetum: { fieldLabel: 'Competitor', fieldType: 'text' },
  }),
  ok('v3.dealCustomFieldMeta.update', '/api/3/dealCustomFieldMeta/2', {
    dealCustomFieldMetum: { fieldLabel: 'Term (months)' },
  }),
  ok('v3.dealCustomFieldMeta.delete', '/api/3/dealCustomFieldMeta/3'),
  ok('v3.dealCustomFieldData.update', '/api/3/dealCustomFieldData/1', {
    dealCustomFieldDatum: { fieldValue: 'Event' },
  }),
  ok('v3.dealCustomFieldData.delete', '/api/3/dealCustomFieldData/2'),
  ok('v3.dealCustomFieldData.bulkUpdate', '/api/3/dealCustomFieldData/bulkUpdate', [{ id: 1, fieldValue: 'Web' }]),
  ok('v3.dealTasks.create', '/api/3/dealTasks', {
    dealTask: { title: 'Send contract', relid: 4, duedate: '2026-02-10T10:00:00-06:00', dealTasktype: 2 },
  }),
  ok('v3.dealTasks.create', '/api/3/dealTasks', {
    dealTask: {
      title: 'Call Omar',
      ownerType: 'contact',
      relid: 2,
      duedate: '2026-02-10T10:00:00-06:00',
      dealTasktype: 1,
    },
  }),
  fails('v3.dealTasks.create', '/api/3/dealTasks', 422, {
    dealTask: { title: 'No deal', relid: GONE, duedate: '2026-02-10T10:00:00-06:00', dealTasktype: 1 },
  }),
  ok('v3.dealTasks.update', '/api/3/dealTasks/1', { dealTask: { status: 1 } }),
  ok('v3.dealTasks.delete', '/api/3/dealTasks/2'),
  ok('v3.taskNotifications.create', '/api/3/taskNotifications', { taskNotification: { dealTask: '3', interval: 30 } }),
  ok('v3.dealTasktypes.create', '/api/3/dealTasktypes', { dealTasktype: { title: 'Text message' } }),
  ok('v3.dealTasktypes.update', '/api/3/dealTasktypes/2', { dealTasktype: { title: 'E-mail' } }),
  ok('v3.dealTasktypes.delete', '/api/3/dealTasktypes/4'),
  ok('v3.dealTasktypes.moveTasks', '/api/3/dealTasktypes/2/dealTasks', { dealTask: { dealTasktype: '3' } }),
  ok('v3.taskOutcomes.create', '/api/3/taskOutcomes', {
    taskOutcome: { title: 'Left a voicemail', sentiment: 'Neutral' },
  }),
  ok('v3.taskOutcomes.update', '/api/3/taskOutccomes/3', { taskOutcome: { title: 'Did not pick up' } }),
  ok('v3.taskOutcomes.delete', '/api/3/taskOutccomes/4'),
  ok('v3.tasktypeOutcomeRels.delete', '/api/3/tasktypeOutcomeRels/1'),
  // accounts
  ok('v3.accounts.list', '/api/3/accounts?search=ac'),
  ok('v3.accounts.create', '/api/3/accounts', { account: { name: 'Initrode' } }),
  fails('v3.accounts.create', '/api/3/accounts', 422, { account: { name: 'acme corp' } }),
  fails('v3.accounts.create', '/api/3/accounts', 422, { account: {} }),
  ok('v3.accounts.update', '/api/3/accounts/1', { account: { accountUrl: 'https://a.example' } }),
  ok('v3.accounts.delete', '/api/3/accounts/2'),
  ok('v3.accounts.bulkDelete', '/api/3/accounts/bulk_delete?ids[]=3&ids[]=4'),
  ok('v3.accounts.createNote', '/api/3/accounts/2/notes', { note: { note: 'Budget approved.' } }),
  ok('v3.accountCustomFieldMeta.create', '/api/3/accountCustomFieldMeta', {
    accountCustomFieldMetum: { fieldLabel: 'Region', fieldType: 'text' },
  }),
  ok('v3.accountCustomFieldMeta.update', '/api/3/accountCustomFieldMeta/2', {
    accountCustomFieldMetum: { fieldLabel: 'Sector' },
  }),
  ok('v3.accountCustomFieldMeta.delete', '/api/3/accountCustomFieldMeta/3'),
  ok('v3.accountCustomFieldData.create', '/api/3/accountCustomFieldData', {
    accountCustomFieldDatum: { customerAccountId: 5, customFieldId: 3, fieldValue: '1200000' },
  }),
  ok('v3.accountCustomFieldData.update', '/api/3/accountCustomFieldData/1', {
    accountCustomFieldDatum: { fieldValue: '1000+' },
  }),
  ok('v3.accountCustomFieldData.delete', '/api/3/accountCustomFieldData/2'),
  // notes
  ok('v3.notes.create', '/api/3/notes', { note: { note: 'Called back.', relid: 1, reltype: 'Subscriber' } }),
  fails('v3.notes.create', '/api/3/notes', 422, { note: { note: 'Orphan', relid: GONE, reltype: 'Subscriber' } }),
  ok('v3.notes.update', '/api/3/notes/1', { note: { note: 'Edited.', relid: 1, reltype: 'Subscriber' } }),
  ok('v3.notes.delete', '/api/3/notes/1'),
  // campaigns, messages, personalization
  ok('v3.campaigns.list', '/api/3/campaigns?orders[sdate]=DESC'),
  ok('v3.campaigns.delete', '/api/3/campaigns/2'),
  ok('v3.campaigns.delete', `/api/3/campaigns/${GONE}`),
  ok('v3.campaign.create', '/api/3/campaign', { name: 'March newsletter', type: 'single' }),
  ok('v3.campaigns.copy', '/api/3/campaigns/1/copy'),
  ok('v3.messages.create', '/api/3/messages', {
    message: {
      subject: 'Hello',
      fromname: 'Sandbox Store',
      fromemail: 'news@example.com',
      reply2: 'news@example.com',
      html: '<p>Hi</p>',
    },
  }),
  ok('v3.messages.update', '/api/3/messages/2', { message: { subject: 'Hello again' } }),
  ok('v3.messages.delete', '/api/3/messages/3'),
  ok('v3.personalizations.create', '/api/3/personalizations', {
    personalization: { name: 'Shop hours', tag: 'shop-hours', format: 'text', content: '9–5', listids: '1' },
  }),
  ok('v3.personalizations.update', '/api/3/personalizations/1', { personalization: { content: '<p>2 Main St</p>' } }),
  ok('v3.personalizations.lock', '/api/3/personalizations/2/lock'),
  ok('v3.personalizations.delete', '/api/3/personalizations/3'),
  // webhooks
  ok('v3.webhooks.create', '/api/3/webhooks', {
    webhook: { name: 'Audit', url: 'http://127.0.0.1:9/a', events: ['subscribe'], sources: ['api'] },
  }),
  fails('v3.webhooks.create', '/api/3/webhooks', 422, {
    webhook: { name: 'Bad', url: 'https://hooks.example.com:8443/a', events: ['nope'], sources: ['api'] },
  }),
  fails('v3.webhooks.create', '/api/3/webhooks', 422, {
    webhook: { name: 'Bad', url: 'https://127.0.0.1:8443/a', events: ['nope'], sources: ['api'] },
  }),
  ok('v3.webhooks.update', '/api/3/webhooks/1', { webhook: { name: 'CRM' } }),
  ok('v3.webhooks.delete', '/api/3/webhooks/1'),
  fails('v3.webhooks.get', `/api/3/webhooks/${GONE}`, 404),
  // e-commerce
  ok('v3.connections.create', '/api/3/connections', {
    connection: {
      service: 'bigshop',
      externalid: 'store-9',
      name: 'Big Shop',
      logoUrl: 'https://example.com/b.png',
      linkUrl: 'https://bigshop.example.com',
    },
  }),
  ok('v3.connections.update', '/api/3/connections/2', { connection: { name: 'Sandbox Store (US)' } }),
  ok('v3.connections.delete', '/api/3/connections/2'),
  ok('v3.ecomCustomers.create', '/api/3/ecomCustomers', {
    ecomCustomer: { connectionid: '1', externalid: 'C-77', email: 'buyer@example.com' },
  }),
  fails('v3.ecomCustomers.create', '/api/3/ecomCustomers', 422, {
    ecomCustomer: { connectionid: String(GONE), externalid: 'C-78', email: 'x@example.com' },
  }),
  ok('v3.ecomCustomers.update', '/api/3/ecomCustomers/1', { ecomCustomer: { acceptsMarketing: '0' } }),
  ok('v3.ecomCustomers.delete', '/api/3/ecomCustomers/4'),
  ok('v3.ecomOrders.update', '/api/3/ecomOrders/1', { ecomOrder: { shippingMethod: 'FedEx' } }),
  ok('v3.ecomOrders.delete', '/api/3/ecomOrders/2'),
  // custom objects
  ok('v3.customObjects.createSchema', '/api/3/customObjects/schemas', {
    schema: {
      slug: 'warranty',
      labels: { singular: 'Warranty', plural: 'Warranties' },
      fields: [{ id: 'ends-on', labels: { singular: 'Ends on', plural: 'End on' }, type: 'date' }],
    },
  }),
  fails('v3.customObjects.createSchema', '/api/3/customObjects/schemas', 422, {
    schema: { slug: 'subscription', labels: { singular: 'X', plural: 'Xs' } },
  }),
  ok('v3.customObjects.updateSchema', '/api/3/customObjects/schemas/6449c3f3-b68d-46d1-850b-c8aea998ce1b', {
    schema: { description: 'Paid plans' },
  }),
  ok('v3.customObjects.deleteSchema', '/api/3/customObjects/schemas/230f6065-a8e5-4df2-a70a-f6832d004d8d'),
  ok('v3.customObjects.upsertRecord', '/api/3/customObjects/records/6449c3f3-b68d-46d1-850b-c8aea998ce1b', {
    record: {
      externalId: 'sub-2001',
      fields: [{ id: 'plan', value: 'Pro' }],
      relationships: { 'primary-contact': [3] },
    },
  }),
  ok(
    'v3.customObjects.deleteRecordByExternalId',
    '/api/3/customObjects/records/6449c3f3-b68d-46d1-850b-c8aea998ce1b/external/sub-1002',
  ),
  // tracking
  ok('v3.eventTracking.update', '/api/3/eventTracking', { eventTracking: { enabled: false } }),
  ok('v3.eventTrackingEvents.create', '/api/3/eventTrackingEvents', {
    eventTrackingEvent: { name: 'downloaded guide' },
  }),
  ok('v3.eventTrackingEvents.delete', '/api/3/eventTrackingEvents/signed%20up'),
  ok('v3.siteTracking.update', '/api/3/siteTracking', { siteTracking: { enabled: false } }),
  ok('v3.siteTrackingDomains.create', '/api/3/siteTrackingDomains', {
    siteTrackingDomain: { name: 'blog.example.com' },
  }),
  ok('v3.siteTrackingDomains.delete', '/api/3/siteTrackingDomains/shop.example.com'),
  ok('v3.prism.createUrlWhitelisting', '/api/3/prism/urlWhitelistings', {
    data: { type: 'urlWhitelistings', attributes: { whitelisted_domain: 'blog.example.com', whitelisted_page: '*' } },
  }),
  ok('v3.prism.deleteUrlWhitelisting', '/api/3/prism/urlWhitelistings/490469'),
];
