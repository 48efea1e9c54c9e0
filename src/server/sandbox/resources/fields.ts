/**
 * Contact custom fields, their options and list relations, the values
 * contacts hold, and custom field groups. A field's title is unique; a
 * contact holds one value per field (writing again replaces it). Deleting a
 * field removes its options, relations and every contact's value.
 */
import { conform } from '../engine/conform';
import { byField } from '../engine/filters';
import { json, unprocessable, type FieldError, type SandboxResponse } from '../http-types';
import type { Attrs, OpCtx, Resource } from '../engine/resource';
import { readJson } from '../engine/validate';
import { at, crud, idsOf, ownedBy, text } from './common';

const SEEDED = [
  {
    title: 'Membership tier',
    type: 'dropdown',
    perstag: 'MEMBERSHIP_TIER',
    defval: 'Bronze',
    descript: 'Tier shown in the member portal',
    options: ['Bronze', 'Silver', 'Gold'],
  },
  {
    title: 'Birthday',
    type: 'date',
    perstag: 'BIRTHDAY',
    defval: '',
    descript: 'For the birthday automation',
    options: [],
  },
  {
    title: 'Company size',
    type: 'text',
    perstag: 'COMPANY_SIZE',
    defval: '',
    descript: 'Employees, as the contact gave it',
    options: [],
  },
  {
    title: 'Newsletter topics',
    type: 'checkbox',
    perstag: 'NEWSLETTER_TOPICS',
    defval: '',
    descript: 'What they want to hear about',
    options: ['Product news', 'Events', 'Tips'],
  },
];

export const fields: Resource = {
  name: 'fields',
  singular: 'field',
  entity: 'Field',
  methods: {
    ...crud('v3.fields'),
  },
  defaults: { descript: '', defval: '', isrequired: '0', show_in_list: '0', visible: '1', service: '' },
  computed: (row, db) => ({
    options: idsOf(db.children('fieldOptions', 'field', row.id)),
    relations: idsOf(db.children('fieldRels', 'field', row.id)),
    ordernum: row.ordernum ?? row.id,
  }),
  unique: [
    { fields: ['title'], ignoreCase: true, onConflict: 'refuse', title: 'There is already a field with this title' },
  ],
  filters: { 'filters[perstag]': byField('perstag', 'eq') },
  hooks: {
    // A new field's personalisation tag is its title in capitals unless one is given.
    prepare: (input, ctx) =>
      ctx.current || text(input.perstag) !== ''
        ? input
        : {
            ...input,
            perstag: text(input.title)
              .toUpperCase()
              .replace(/[^A-Z0-9]+/g, '_'),
          },
  },
  seed: (add, db) =>
    SEEDED.forEach(({ options, ...field }, i) => {
      const row = add(field, at(-300 + i));
      db.insert('fieldRels', { field: row.id, relid: 0 }, at(-300 + i));
      options.forEach((value, n) =>
        db.insert(
          'fieldOptions',
          { field: row.id, value, label: value, orderid: n + 1, isdefault: n === 0 ? 1 : 0 },
          at(-300 + i),
        ),
      );
    }),
};

/** POST /fieldOption/bulk and /fieldOptions/bulk: each `fieldOptions` entry becomes an option of its field. */
function bulkOptions(ctx: OpCtx): SandboxResponse {
  const parsed = readJson(ctx.req);
  if (!parsed.ok) return parsed.response;
  const list = (parsed.value as { fieldOptions?: unknown } | null)?.fieldOptions;
  if (!Array.isArray(list) || list.length === 0) {
    return json(422, { errors: 'Bulk operation failed. Request must contain an array of fieldOption objects.' });
  }
  const errors: FieldError[] = [];
  list.forEach((item: unknown, i) => {
    const o = (typeof item === 'object' && item !== null ? item : {}) as Attrs;
    if (!ctx.db.find('fields', text(o.field)))
      errors.push({
        title: `Custom field ${text(o.field) || '(none)'} does not exist`,
        code: 'related_missing',
        field: `fieldOptions/${i}/field`,
      });
    if (text(o.value) === '')
      errors.push({ title: 'The value field is required', code: 'field_missing', field: `fieldOptions/${i}/value` });
  });
  if (errors.length > 0) return unprocessable(errors);
  const rows = list.map((item: Attrs) => ctx.db.insert('fieldOptions', { label: item.value, ...item }));
  return json(
    ctx.op.status,
    conform({ fieldOptions: rows.map((r) => ctx.db.wire('fieldOptions', r)) }, ctx.op.example),
  );
}

export const fieldOptions: Resource = {
  name: 'fieldOptions',
  singular: 'fieldOption',
  entity: 'FieldOption',
  methods: {
    'v3.fieldOption.bulkCreate': { kind: 'action', root: 'fieldOptions', handle: bulkOptions },
    'v3.fieldOptions.bulkCreate': { kind: 'action', root: 'fieldOptions', handle: bulkOptions },
  },
  relations: [ownedBy('field', 'fields')],
};

export const fieldRels: Resource = {
  name: 'fieldRels',
  singular: 'fieldRel',
  entity: 'FieldRel',
  methods: crud('v3.fieldRels', ['create', 'delete']),
  relations: [
    ownedBy('field', 'fields'),
    // relid 0 means "every list".
    ownedBy('relid', 'lists'),
  ],
};

export const fieldValues: Resource = {
  name: 'fieldValues',
  singular: 'fieldValue',
  entity: 'FieldValue',
  methods: {
    ...crud('v3.fieldValues'),
    'v3.contacts.listFieldValues': { kind: 'list', parent: { table: 'contacts', field: 'contact' } },
  },
  defaults: { created_by: '0', updated_by: '0' },
  computed: (row) => ({ owner: row.contact }),
  relations: [ownedBy('contact', 'contacts', 'owner'), ownedBy('field', 'fields')],
  unique: [{ fields: ['contact', 'field'], onConflict: 'update' }],
  filters: { 'filters[fieldid]': byField('field', 'eq'), 'filters[val]': byField('value', 'eq') },
};

/** Custom field groups (listed by `GET /groupMembers`) and the fields placed in them. */
export const groupDefinitions: Resource = {
  name: 'groupDefinitions',
  singular: 'groupDefinition',
  entity: 'GroupDefinition',
  methods: { 'v3.groupDefinitions.create': 'create', 'v3.groupMembers.list': 'list' },
  defaults: { type_id: 1, created_by: 1, updated_by: 1 },
  seed: (add) => {
    add({ label: '{**DEFAULT**}', ordernum: 1 });
    add({ label: 'Membership', ordernum: 2 });
  },
};

export const groupMembers: Resource = {
  name: 'groupMembers',
  singular: 'groupMember',
  entity: 'GroupMember',
  methods: {
    ...crud('v3.groupMembers', ['create', 'get', 'update', 'delete']),
  },
  defaults: { created_by: 1, updated_by: 1 },
  relations: [ownedBy('group_id', 'groupDefinitions', 'groupDefinition'), ownedBy('rel_id', 'fields')],
  seed: (add) => {
    add({ group_id: 2, rel_id: 1, ordernum: 1 });
    add({ group_id: 1, rel_id: 2, ordernum: 1 });
    add({ group_id: 1, rel_id: 3, ordernum: 2 });
    add({ group_id: 2, rel_id: 4, ordernum: 2 });
  },
};
