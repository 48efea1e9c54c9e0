/**
 * Users (the key belongs to user 1, the admin), their permission groups with
 * the groups' sending limits, and per-user settings (configs). Usernames and
 * emails are unique.
 */
import type { Resource } from '../engine/resource';
import { at, crud, ownedBy, refersTo } from './common';

export const users: Resource = {
  name: 'users',
  singular: 'user',
  entity: 'User',
  methods: {
    'v3.users.me': { kind: 'get', id: '1' },
    ...crud('v3.users', ['list', 'get']),
    'v3.users.getByEmail': { kind: 'get', by: 'email' },
    'v3.users.getByUsername': { kind: 'get', by: 'username' },
    ...crud('v3.users', ['create', 'update', 'delete']),
  },
  defaults: { phone: '', signature: null, lang: 'english', localZoneid: 'America/Chicago' },
  relations: [refersTo('userGroup', 'groups', false)],
  unique: [
    { fields: ['username'], ignoreCase: true, onConflict: 'refuse', title: 'This username is already taken' },
    { fields: ['email'], ignoreCase: true, onConflict: 'refuse', title: 'A user with this email already exists' },
  ],
  // The body names the permission group `group`; the record, `userGroup`.
  hooks: { prepare: (input) => (input.group === undefined ? input : { ...input, userGroup: input.group }) },
  seed: (add) => {
    add(
      { username: 'admin', firstName: 'Avery', lastName: 'Sandbox', email: 'admin@example.com', userGroup: '1' },
      at(-720),
    );
    add(
      {
        username: 'sales',
        firstName: 'Sam',
        lastName: 'Seller',
        email: 'sales@example.com',
        phone: '+1 312 555 0142',
        userGroup: '2',
      },
      at(-700),
    );
  },
};

export const groups: Resource = {
  name: 'groups',
  singular: 'group',
  entity: 'Group',
  methods: {
    ...crud('v3.groups'),
  },
  defaults: { descript: '', p_admin: '0', reqApprovalNotify: '' },
  stampedOnCreate: ['sdate'],
  seed: (add) => {
    add(
      { title: 'Admin', descript: 'Full access to the account', p_admin: '1', pgDeal: '1', pg_user_add: '1' },
      at(-720),
    );
    add({ title: 'Sales team', descript: 'Works deals and contacts', pgDeal: '1', pgMessageSend: '0' }, at(-719));
    add({ title: 'Marketing team', descript: 'Can build and send campaigns' }, at(-718));
  },
};

export const groupLimits: Resource = {
  name: 'groupLimits',
  singular: 'groupLimit',
  entity: 'GroupLimit',
  methods: { 'v3.groupLimits.list': 'list' },
  relations: [ownedBy('group', 'groups')],
  computed: (row) => ({ groupid: row.group }),
  seed: (add) => {
    add({ group: 1, limitMail: '0' });
    add({ group: 2, limitMail: '5000', limitMailType: 'month', limitCampaign: '10' });
    add({ group: 3, limitMail: '50000', limitMailType: 'month', limitCampaign: '40', limitUser: '5' });
  },
};

export const configs: Resource = {
  name: 'configs',
  singular: 'config',
  entity: 'Config',
  methods: crud('v3.configs', ['list', 'update']),
  relations: [ownedBy('owner', 'users')],
  computed: (row) => ({ userid: row.owner }),
  seed: (add) => {
    const settings: [string, string, number][] = [
      ['pagination.contacts_index', '20', 1],
      ['pagination.deals_index', '50', 1],
      ['dashboard.layout', 'compact', 1],
      ['timezone', 'America/Chicago', 1],
      ['pagination.contacts_index', '50', 2],
      ['pagination.users_index', '20', 1],
      ['deals.default_pipeline', '1', 2],
    ];
    settings.forEach(([keyname, val, owner], i) => add({ keyname, val, owner }, at(-600 + i)));
  },
};
