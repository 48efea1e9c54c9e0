/**
 * Mailing lists and memberships. List creation follows both references: a
 * list needs `name`, `stringid`, `sender_url` and `sender_reminder` (a
 * missing one is a 422 pointing at it); `stringid` is unique in the account.
 * A membership (contactList) is unique per contact and list: posting it
 * again changes its status (1 subscribed, 2 unsubscribed).
 */
import { byField } from '../engine/filters';
import type { Resource } from '../engine/resource';
import { at, crud, ownedBy, refersTo, text } from './common';

export const lists: Resource = {
  name: 'lists',
  singular: 'list',
  entity: '_List',
  methods: {
    ...crud('v3.lists'),
  },
  defaults: {
    userid: '1',
    user: '1',
    sender_name: '',
    sender_addr1: '',
    sender_city: '',
    sender_zip: '',
    sender_country: '',
    carboncopy: null,
    subscription_notify: null,
    unsubscription_notify: null,
    channel: 'email',
  },
  relations: [refersTo('user', 'users', false)],
  unique: [{ fields: ['stringid'], onConflict: 'refuse', title: 'A list with this stringid already exists' }],
  filters: { 'filters[name]': byField('name', 'contains') },
  orders: { name: { by: 'name', weightFrom: ['filters[name]'] } },
  seed: (add) => {
    const lists = [
      ['Newsletter', 'monthly-newsletter', 'You signed up for our newsletter on example.com.'],
      ['Product updates', 'product-updates', 'You asked to hear about new features.'],
      ['Customers', 'customers', 'You bought something from example.com.'],
    ] as const;
    lists.forEach(([name, stringid, reminder], i) =>
      add(
        {
          name,
          stringid,
          sender_url: 'https://www.example.com',
          sender_reminder: reminder,
          sender_name: 'Sandbox Store',
          sender_addr1: '1 Main St',
          sender_city: 'Chicago',
          sender_zip: '60601',
          sender_country: 'US',
        },
        at(-240 + i),
      ),
    );
  },
};

/** Addresses matched against every list's sends, never mailed. */
export const exclusions: Resource = {
  name: 'exclusions',
  singular: 'exclusion',
  base: 'lists/exclusions',
  entity: 'Exclusion',
  methods: {
    'v3.lists.listExclusions': 'list',
    'v3.lists.getExclusion': { kind: 'get', flat: true },
    'v3.lists.updateExclusion': { kind: 'update', flat: true },
  },
  seed: (add) => {
    add({ matchPhrase: 'old.address@example.com', matchType: 'exact', channel: 'email', hidden: false, lists: [] });
    add({ matchPhrase: '@competitor.example', matchType: 'contains', channel: 'email', hidden: false, lists: [] });
    add({ matchPhrase: 'qa+', matchType: 'begins', channel: 'all', hidden: false, lists: ['2'] });
  },
};

/** Which user groups may use a list. */
export const listGroups: Resource = {
  name: 'listGroups',
  singular: 'listGroup',
  entity: 'ListGroup',
  methods: { 'v3.listGroups.create': 'create' },
  relations: [ownedBy('list', 'lists'), ownedBy('group', 'groups')],
  unique: [{ fields: ['list', 'group'], onConflict: 'existing' }],
  hooks: {
    // The body names them listid and groupid; the record, list and group.
    prepare: (input) => ({ list: input.list ?? input.listid, group: input.group ?? input.groupid }),
  },
  seed: (add) => {
    for (const list of [1, 2, 3]) for (const group of [1, 3]) add({ list, group });
  },
};

export const contactLists: Resource = {
  name: 'contactLists',
  singular: 'contactList',
  entity: 'ContactList',
  methods: {
    'v3.contactLists.updateStatus': { kind: 'upsert', key: ['contact', 'list'] },
    'v3.contactLists.list': 'list',
    'v3.contacts.listContactLists': { kind: 'list', parent: { table: 'contacts', field: 'contact' } },
  },
  defaults: { form: null, campaign: null, message: null, automation: null, unsubscribeAutomation: null },
  computed: (row, db) => {
    const contact = db.find('contacts', row.contact);
    return { first_name: text(contact?.firstName), last_name: text(contact?.lastName) };
  },
  relations: [ownedBy('contact', 'contacts'), ownedBy('list', 'lists')],
  unique: [{ fields: ['contact', 'list'], onConflict: 'update' }],
  // The subscription date is the first subscription's; udate follows every change.
  stampedOnCreate: ['sdate'],
};
