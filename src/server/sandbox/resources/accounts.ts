/**
 * Accounts (companies), the contacts that work there, and account custom
 * fields with their values. Names are unique, case-insensitively. Deleting
 * an account deletes its contact links, notes and values and leaves its
 * deals without an account.
 */
import { byField } from '../engine/filters';
import { json, type SandboxResponse } from '../http-types';
import type { OpCtx, Resource } from '../engine/resource';
import { at, COMPANIES, crud, customFieldMetaDefaults, ownedBy, pick, renamed } from './common';
import { bulkValues } from './deals';

/** DELETE /accounts/bulk_delete?ids[]=1&ids[]=2: deletes the accounts that exist. */
function bulkDelete(ctx: OpCtx): SandboxResponse {
  const ids = [...ctx.req.query.getAll('ids[]'), ...ctx.req.query.getAll('ids')].flatMap((v) => v.split(','));
  for (const id of ids) ctx.db.remove('accounts', id.trim());
  return json(ctx.op.status, { meta: { success: true } });
}

export const accounts: Resource = {
  name: 'accounts',
  singular: 'account',
  entity: 'Account',
  methods: {
    ...crud('v3.accounts'),
    'v3.accounts.bulkDelete': { kind: 'action', handle: bulkDelete },
  },
  defaults: { accountUrl: '', fields: [] },
  computed: (row, db) => ({
    contactCount: String(db.children('accountContacts', 'account', row.id).length),
    dealCount: String(db.children('deals', 'account', row.id).length),
  }),
  unique: [
    {
      fields: ['name'],
      ignoreCase: true,
      onConflict: 'refuse',
      title: 'An account with this name already exists. Please choose a new name.',
    },
  ],
  filters: { search: byField('name', 'contains') },
  hooks: { prepare: (input) => (typeof input.name === 'string' ? { ...input, name: input.name.trim() } : input) },
  seed: (add) =>
    COMPANIES.forEach((name, i) =>
      add({ name, accountUrl: `https://www.${name.toLowerCase().replace(/[^a-z]+/g, '')}.example.com` }, at(i - 100)),
    ),
};

export const accountContacts: Resource = {
  name: 'accountContacts',
  singular: 'accountContact',
  entity: 'AccountContact',
  methods: {
    ...crud('v3.accountContacts'),
    'v3.contacts.listAccountContacts': { kind: 'list', parent: { table: 'contacts', field: 'contact' } },
  },
  defaults: { jobTitle: '' },
  relations: [ownedBy('account', 'accounts'), ownedBy('contact', 'contacts')],
  unique: [
    { fields: ['account', 'contact'], onConflict: 'refuse', title: 'The contact is already linked to this account' },
  ],
  seed: (add) => {
    const titles = ['Head of Marketing', 'CTO', 'Procurement lead', 'Founder', 'Operations manager'];
    // The contact of every deal works at the deal's account.
    for (let i = 1; i <= 40; i++)
      add({ account: 1 + (i % COMPANIES.length), contact: i === 40 ? 1 : i * 5, jobTitle: pick(titles, i) }, at(i));
    for (let c = 1; c <= 4; c++) add({ account: 1, contact: c, jobTitle: pick(titles, c + 2) }, at(c));
  },
};

export const accountCustomFieldMeta: Resource = {
  name: 'accountCustomFieldMeta',
  singular: 'accountCustomFieldMetum',
  entity: 'AccountCustomFieldMetum',
  methods: {
    ...crud('v3.accountCustomFieldMeta'),
  },
  defaults: customFieldMetaDefaults,
  seed: (add) => {
    add(
      {
        fieldLabel: 'Company size',
        fieldType: 'dropdown',
        fieldOptions: ['1 - 10', '11 - 50', '51 - 500', '501 - 1000', '1000+'],
        displayOrder: 1,
      },
      at(-460),
    );
    add({ fieldLabel: 'Industry', fieldType: 'text', displayOrder: 2 }, at(-459));
    add(
      { fieldLabel: 'Annual revenue', fieldType: 'currency', fieldDefaultCurrency: 'usd', displayOrder: 3 },
      at(-458),
    );
  },
};

export const accountCustomFieldData: Resource = {
  name: 'accountCustomFieldData',
  singular: 'accountCustomFieldDatum',
  entity: 'AccountCustomFieldDatum',
  methods: {
    ...crud('v3.accountCustomFieldData'),
    'v3.accountCustomFieldData.bulkCreate': {
      kind: 'action',
      handle: bulkValues('accountCustomFieldData', 'accountId', true, 'customerAccountId'),
    },
    'v3.accountCustomFieldData.bulkUpdate': {
      kind: 'action',
      handle: bulkValues('accountCustomFieldData', 'accountId', false, 'customerAccountId'),
    },
  },
  computed: (row) => ({ accountCustomFieldMetumId: Number(row.customFieldId) }),
  // The body names the account customerAccountId; the record, accountId.
  hooks: { prepare: (input) => renamed(input, { customerAccountId: 'accountId' }) },
  relations: [
    ownedBy('accountId', 'accounts', 'account'),
    ownedBy('customFieldId', 'accountCustomFieldMeta', 'accountCustomFieldMetum'),
  ],
  unique: [
    {
      fields: ['accountId', 'customFieldId'],
      onConflict: 'refuse',
      title: 'The account already has a value for this field',
    },
  ],
  filters: { 'filters[customerAccountId]': byField('accountId', 'eq') },
  seed: (add) => {
    const industries = ['Manufacturing', 'Software', 'Retail', 'Biotech'];
    COMPANIES.forEach((_name, i) => {
      // Account 1's size is not recorded yet, so the documented example can record it.
      if (i > 0)
        add(
          { accountId: i + 1, customFieldId: 1, fieldValue: pick(['11 - 50', '51 - 500', '501 - 1000', '1000+'], i) },
          at(i - 90),
        );
      add({ accountId: i + 1, customFieldId: 2, fieldValue: pick(industries, i) }, at(i - 90));
    });
  },
};
