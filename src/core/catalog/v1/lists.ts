import type { ParamDef, V1Method } from '../types';
import {
  form,
  idParam,
  idsParam,
  listsParam,
  paginatorPage,
  paginatorParams,
  query,
  rows,
  v1Failure,
  v1Ok,
} from './common';

/** Sender and notification fields shared by list_add and list_edit (the postal address is required by anti-spam law). */
function listFields(required: boolean): readonly ParamDef[] {
  return [
    form('name', { type: 'string', example: 'Newsletter' }, 'Internal name of the list.', required),
    form('sender_name', { type: 'string', example: 'Acme Inc' }, 'Company or person the mail comes from.', required),
    form('sender_addr1', { type: 'string', example: '1 Main St' }, 'Postal address, first line.', required),
    form('sender_addr2', { type: 'string', example: 'Suite 200' }, 'Postal address, second line.'),
    form('sender_city', { type: 'string', example: 'Chicago' }, 'City.', required),
    form('sender_state', { type: 'string', example: 'IL' }, 'State or region.'),
    form('sender_zip', { type: 'string', example: '60601' }, 'Postal code.', required),
    form('sender_country', { type: 'string', example: 'USA' }, 'Country.', required),
    form('sender_url', { type: 'string', format: 'url', example: 'https://www.example.com' }, 'Website of the sender.'),
    form(
      'sender_reminder',
      { type: 'string', example: 'You signed up for our newsletter on example.com.' },
      'Reminder shown to recipients of why they get this mail.',
    ),
    form(
      'subscription_notify',
      { type: 'string', example: 'owner@example.com' },
      'Comma-separated addresses told about each new subscription.',
    ),
    form(
      'unsubscription_notify',
      { type: 'string', example: 'owner@example.com' },
      'Comma-separated addresses told about each unsubscription.',
    ),
    form('to_name', { type: 'string', example: 'Subscriber' }, 'Greeting name used when a contact has no name.'),
  ];
}

const listRecord = {
  id: '1',
  name: 'Newsletter',
  cdate: '2026-01-15 09:30:00',
  private: '0',
  userid: '1',
  subscriber_count: '42',
};

const fieldTypes = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

function fieldParams(required: boolean): readonly ParamDef[] {
  return [
    form('title', { type: 'string', example: 'Favorite color' }, 'Label of the custom field.', required),
    form(
      'type',
      { type: 'integer', enum: fieldTypes, example: 1 },
      'Field type: 1 text input, 2 text area, 3 checkbox, 4 radio, 5 dropdown, 6 hidden, 7 list box, 8 checkbox group, 9 date.',
      required,
    ),
    form('req', { type: 'integer', enum: [0, 1], example: 0 }, '1 = the field is required on forms.'),
    form('perstag', { type: 'string', example: 'FAVORITE_COLOR' }, 'Personalization tag, used as %FAVORITE_COLOR%.'),
    listsParam('form', 'Lists the field appears on; key and value both the list id, or 0 for all lists.'),
  ];
}

const fieldRecord = { id: '1', title: 'Favorite color', type: '1', req: '0', perstag: 'FAVORITE_COLOR', ordernum: '1' };

export const v1ListsMethods: readonly V1Method[] = [
  {
    id: 'v1.list_list',
    api: 'v1',
    group: 'Lists',
    summary: 'List lists (v1)',
    description: 'Returns the lists you name by id (or all of them), optionally narrowed by a name search.',
    http: 'GET',
    kind: 'read',
    action: 'list_list',
    params: [
      idsParam('query', 'Comma-separated list ids, or all.', 'all'),
      query('filters[name]', { type: 'string', example: 'News' }, 'Only lists whose name contains this text.'),
      query(
        'global_fields',
        { type: 'integer', enum: [0, 1], example: 0 },
        '1 = also return custom fields shared by all lists.',
      ),
      query('full', { type: 'integer', enum: [0, 1], example: 0 }, '1 = return every column of each list.'),
    ],
    responses: [
      v1Ok('result_code 1; lists keyed "0", "1", ….', rows(listRecord)),
      v1Failure('result_code 0: no list matched.'),
    ],
  },
  {
    id: 'v1.list_view',
    api: 'v1',
    group: 'Lists',
    summary: 'View a list (v1)',
    description: 'Returns one list with its sender details and settings.',
    http: 'GET',
    kind: 'read',
    action: 'list_view',
    params: [idParam('query', 'The list id.')],
    responses: [
      v1Ok('result_code 1 with the list fields.', {
        ...listRecord,
        sender_name: 'Acme Inc',
        sender_addr1: '1 Main St',
        sender_city: 'Chicago',
        sender_zip: '60601',
        sender_country: 'USA',
      }),
      v1Failure('result_code 0: no list has this id.'),
    ],
  },
  {
    id: 'v1.list_add',
    api: 'v1',
    group: 'Lists',
    summary: 'Add a list (v1)',
    description:
      'Creates a list. The sender name and postal address are mandatory because they are printed in every campaign footer.',
    http: 'POST',
    kind: 'write',
    action: 'list_add',
    params: listFields(true),
    responses: [
      v1Ok('result_code 1; id is the new list id (result_message wording varies).', { id: 6 }),
      v1Failure('result_code 0: the list was not created (a required sender field is usually missing).'),
    ],
  },
  {
    id: 'v1.list_edit',
    api: 'v1',
    group: 'Lists',
    summary: 'Edit a list (v1)',
    description: "Updates a list's name, sender address or notification settings.",
    http: 'POST',
    kind: 'write',
    action: 'list_edit',
    params: [idParam('form', 'The list id to update.'), ...listFields(false)],
    responses: [v1Ok('result_code 1: the list was updated.'), v1Failure('result_code 0: no list has this id.')],
  },
  {
    id: 'v1.list_delete',
    api: 'v1',
    group: 'Lists',
    summary: 'Delete a list (v1)',
    description: 'Deletes one list. Contacts stay in the account but lose this subscription.',
    http: 'GET',
    kind: 'destructive',
    action: 'list_delete',
    params: [idParam('query', 'The list id to delete.')],
    responses: [v1Ok('result_code 1: the list is gone.'), v1Failure('result_code 0: no list has this id.')],
  },
  {
    id: 'v1.list_delete_list',
    api: 'v1',
    group: 'Lists',
    summary: 'Delete several lists (v1)',
    description: 'Deletes every list in a comma-separated id list.',
    http: 'GET',
    kind: 'destructive',
    action: 'list_delete_list',
    params: [idsParam('query', 'Comma-separated list ids.')],
    responses: [v1Ok('result_code 1: the lists are gone.'), v1Failure('result_code 0: nothing was deleted.')],
  },
  {
    id: 'v1.list_paginator',
    api: 'v1',
    group: 'Lists',
    summary: 'Page through lists (v1)',
    description: 'Offset/limit paging over lists; returns a row array plus totals.',
    http: 'GET',
    kind: 'read',
    action: 'list_paginator',
    params: paginatorParams('id'),
    responses: [paginatorPage([listRecord]), v1Failure()],
  },
  {
    id: 'v1.list_field_add',
    api: 'v1',
    group: 'Lists',
    summary: 'Add a custom field (v1)',
    description:
      'Creates a contact custom field and attaches it to lists. Its perstag is what field[%PERSTAG%,0] refers to.',
    http: 'POST',
    kind: 'write',
    action: 'list_field_add',
    params: fieldParams(true),
    responses: [
      v1Ok('result_code 1: the field was created (result_message wording varies).'),
      v1Failure('result_code 0: the field was not created.'),
    ],
  },
  {
    id: 'v1.list_field_edit',
    api: 'v1',
    group: 'Lists',
    summary: 'Edit a custom field (v1)',
    description: "Changes a custom field's label, type, requirement or the lists it is on.",
    http: 'POST',
    kind: 'write',
    action: 'list_field_edit',
    params: [idParam('form', 'The field id to update.'), ...fieldParams(false)],
    responses: [v1Ok('result_code 1: the field was updated.'), v1Failure('result_code 0: no field has this id.')],
  },
  {
    id: 'v1.list_field_delete',
    api: 'v1',
    group: 'Lists',
    summary: 'Delete a custom field (v1)',
    description: 'Deletes a custom field and the values contacts had in it.',
    http: 'GET',
    kind: 'destructive',
    action: 'list_field_delete',
    params: [idParam('query', 'The field id to delete.')],
    responses: [v1Ok('result_code 1: the field is gone.'), v1Failure('result_code 0: no field has this id.')],
  },
  {
    id: 'v1.list_field_view',
    api: 'v1',
    group: 'Lists',
    summary: 'View custom fields (v1)',
    description: 'Returns custom field definitions; ids=all is the usual way to discover field ids and perstags.',
    http: 'GET',
    kind: 'read',
    action: 'list_field_view',
    params: [idsParam('query', 'Comma-separated field ids, or all.', 'all')],
    responses: [
      v1Ok('result_code 1; fields keyed "0", "1", ….', rows(fieldRecord)),
      v1Failure('result_code 0: no field matched.'),
    ],
  },
];
