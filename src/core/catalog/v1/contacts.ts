import type { ParamDef, V1Method } from '../types';
import {
  form,
  idParam,
  idsParam,
  listsParam,
  NOTHING_RETURNED,
  paginatorPage,
  paginatorParams,
  query,
  rows,
  v1Failure,
  v1Ok,
} from './common';

const INVALID_EMAIL = 'Contact Email Address is not valid.';

/** Per-list map fields that travel beside `p[<listId>]`. */
function perListMap(name: string, description: string, value: string, valueDescription: string): ParamDef {
  return form(
    name,
    {
      type: 'map',
      keyLabel: 'List id',
      value: { type: 'string', description: valueDescription, example: value },
      example: { '1': value },
    },
    description,
  );
}

/** The contact fields contact_add, contact_edit and contact_sync share (everything except email and id). */
function contactFields(listsRequired: boolean): readonly ParamDef[] {
  return [
    form('first_name', { type: 'string', example: 'Jane' }, 'First name.'),
    form('last_name', { type: 'string', example: 'Doe' }, 'Last name.'),
    form('phone', { type: 'string', example: '+1 312 555 0100' }, 'Phone number.'),
    form('customer_acct_name', { type: 'string', example: 'Acme Inc' }, 'Organization (account) name.'),
    form('tags', { type: 'string', example: 'vip, newsletter' }, 'Tags to apply, comma-separated.'),
    form('ip4', { type: 'string', example: '203.0.113.7' }, 'IPv4 address the contact signed up from.'),
    form(
      'field',
      {
        type: 'map',
        keyLabel: 'Field id or %PERS_TAG%, then ",0"',
        value: { type: 'string', description: 'Value to store in the custom field.', example: 'Blue' },
        example: { '%FAVORITE_COLOR%,0': 'Blue' },
      },
      'Custom field values; the key is the field id or its personalization tag, followed by ",0".',
    ),
    listsParam('form', 'List membership: one entry per list, key and value both the list id.', listsRequired),
    form(
      'status',
      {
        type: 'map',
        keyLabel: 'List id',
        value: { type: 'string', enum: ['1', '2'], description: '1 = active, 2 = unsubscribed.', example: '1' },
        example: { '1': '1' },
      },
      'Subscription status per list (default 1 = active).',
    ),
    form('form', { type: 'integer', minimum: 1, example: 1 }, 'Id of the subscription form to credit for the signup.'),
    perListMap('noresponders', "Per list: 1 = do not send that list's autoresponders.", '1', 'Set to 1.'),
    perListMap('sdate', 'Per list: the subscribe date to record.', '2026-01-15 09:30:00', 'YYYY-MM-DD HH:MM:SS.'),
    perListMap('instantresponders', 'Per list: 1 = send instant autoresponders now.', '1', 'Set to 1.'),
  ];
}

const email = (description: string): ParamDef =>
  form('email', { type: 'string', format: 'email', example: 'jane.doe@example.com' }, description, true);

const addedExample = { subscriber_id: 2, sendlast_should: 0, sendlast_did: 0 };

const contactRecord = {
  id: '1',
  subscriberid: '1',
  listid: '1',
  sdate: '2026-01-15 09:30:00',
  status: '1',
  first_name: 'Jane',
  last_name: 'Doe',
  email: 'jane.doe@example.com',
  hash: '8c5a9e4e1f0b2d3c4a5b6c7d8e9f0a1b',
  listslist: '1',
  lists: { '1': { listid: '1', status: '1', sdate: '2026-01-15 09:30:00', listname: 'Newsletter' } },
  fields: { '1': { id: '1', title: 'Favorite color', perstag: 'FAVORITE_COLOR', val: 'Blue' } },
  tags: ['vip'],
  bouncescnt: '0',
};

const tagTarget: readonly ParamDef[] = [
  form(
    'email',
    { type: 'string', format: 'email', example: 'jane.doe@example.com' },
    "The contact's email (or send id).",
  ),
  form('id', { type: 'integer', minimum: 1, example: 1 }, 'The contact id (or send email).'),
];

export const v1ContactsMethods: readonly V1Method[] = [
  {
    id: 'v1.contact_view_email',
    api: 'v1',
    group: 'Contacts',
    summary: 'View a contact by email (v1)',
    description:
      'Legacy API: looks a contact up by email address. Failures still come back as HTTP 200, so read result_code (1 success, 0 failure).',
    http: 'GET',
    kind: 'read',
    action: 'contact_view_email',
    params: [
      {
        name: 'email',
        in: 'query',
        required: true,
        schema: { type: 'string', format: 'email', example: 'jane.doe@example.com' },
        description: 'The email address to look up.',
      },
    ],
    responses: [
      {
        status: 200,
        description: 'result_code 1 with the contact fields beside the envelope.',
        example: {
          id: '1',
          email: 'jane.doe@example.com',
          first_name: 'Jane',
          last_name: 'Doe',
          result_code: 1,
          result_message: 'Success: Something is returned',
          result_output: 'json',
        },
      },
      v1Failure('result_code 0: no contact has this email address.'),
    ],
  },
  {
    id: 'v1.contact_add',
    api: 'v1',
    group: 'Contacts',
    summary: 'Add a contact (v1)',
    description:
      'Creates a contact and subscribes it to the lists given in p[<listId>]. Fails if the email already exists; use contact_sync to add-or-update instead.',
    http: 'POST',
    kind: 'sends-messages',
    action: 'contact_add',
    params: [email('Email address of the new contact.'), ...contactFields(true)],
    responses: [
      v1Ok('result_code 1; subscriber_id is the new contact id.', addedExample, 'Contact added'),
      v1Failure('result_code 0: the contact was not created (for example a malformed email).', INVALID_EMAIL),
    ],
  },
  {
    id: 'v1.contact_edit',
    api: 'v1',
    group: 'Contacts',
    summary: 'Edit a contact (v1)',
    description:
      'Updates an existing contact by id. Gotcha: with overwrite=1 (the default) every list missing from p[...] is unsubscribed and unsent fields are cleared; pass overwrite=0 to change only what you send.',
    http: 'POST',
    kind: 'destructive',
    action: 'contact_edit',
    params: [
      idParam('form', 'The contact id to update.'),
      email("The contact's email address (required even when unchanged)."),
      query(
        'overwrite',
        { type: 'integer', enum: [0, 1], default: 1, example: 0 },
        '1 = replace all data (default), 0 = update only the fields sent. Sent in the URL, as the official wrappers do.',
      ),
      ...contactFields(false),
    ],
    responses: [
      v1Ok(
        'result_code 1; subscriber_id is the updated contact.',
        { ...addedExample, subscriber_id: 1 },
        'Contact updated',
      ),
      v1Failure('result_code 0: the contact was not updated (unknown id or invalid email).', INVALID_EMAIL),
    ],
  },
  {
    id: 'v1.contact_sync',
    api: 'v1',
    group: 'Contacts',
    summary: 'Add or update a contact by email (v1)',
    description:
      'Upsert keyed on email: creates the contact if the address is new, otherwise updates it. Lists (p[...]) are optional here, unlike contact_add.',
    http: 'POST',
    kind: 'sends-messages',
    action: 'contact_sync',
    params: [email('Email address that identifies the contact.'), ...contactFields(false)],
    responses: [
      v1Ok('result_code 1; subscriber_id is the created or updated contact.', addedExample, 'Contact added'),
      v1Failure('result_code 0: nothing was saved (for example a malformed email).', INVALID_EMAIL),
    ],
  },
  {
    id: 'v1.contact_view',
    api: 'v1',
    group: 'Contacts',
    summary: 'View a contact by id (v1)',
    description: 'Returns one contact with its lists, custom fields and tags, flattened beside the result_* envelope.',
    http: 'GET',
    kind: 'read',
    action: 'contact_view',
    params: [idParam('query', 'The contact id.')],
    responses: [
      v1Ok('result_code 1 with the contact fields.', contactRecord),
      v1Failure('result_code 0: no contact has this id.'),
    ],
  },
  {
    id: 'v1.contact_view_hash',
    api: 'v1',
    group: 'Contacts',
    summary: 'View a contact by hash (v1)',
    description:
      'Looks a contact up by its hash, the opaque token ActiveCampaign puts in subscription-management links.',
    http: 'GET',
    kind: 'read',
    action: 'contact_view_hash',
    params: [query('hash', { type: 'string', example: '8c5a9e4e1f0b2d3c4a5b6c7d8e9f0a1b' }, 'The contact hash.', true)],
    responses: [
      v1Ok('result_code 1 with the contact fields.', contactRecord),
      v1Failure('result_code 0: no contact has this hash.'),
    ],
  },
  {
    id: 'v1.contact_list',
    api: 'v1',
    group: 'Contacts',
    summary: 'List contacts (v1)',
    description:
      'Lists contacts by id or by filters, 20 per page. Gotcha: contacts that belong to no list are never returned.',
    http: 'GET',
    kind: 'read',
    action: 'contact_list',
    params: [
      idsParam('query', 'Comma-separated contact ids, or ALL; optional when filters are given.', 'ALL', false),
      query('filters[email]', { type: 'string', example: 'jane.doe@example.com' }, 'Only contacts with this email.'),
      query('filters[listid]', { type: 'integer', minimum: 1, example: 1 }, 'Only contacts on this list.'),
      query('full', { type: 'integer', enum: [0, 1], example: 0 }, '1 = include lists, fields and other details.'),
      query(
        'sort',
        { type: 'string', enum: ['id', 'datetime', 'first_name', 'last_name'], example: 'id' },
        'Sort column.',
      ),
      query('sort_direction', { type: 'string', enum: ['ASC', 'DESC'], example: 'ASC' }, 'Sort direction.'),
      query('page', { type: 'integer', minimum: 1, example: 1 }, 'Page number (20 contacts per page).'),
    ],
    responses: [
      v1Ok(
        'result_code 1; the rows are keyed "0", "1", … beside the envelope.',
        rows(
          {
            id: '1',
            email: 'jane.doe@example.com',
            first_name: 'Jane',
            last_name: 'Doe',
            sdate: '2026-01-15 09:30:00',
          },
          { id: '2', email: 'sam.lee@example.com', first_name: 'Sam', last_name: 'Lee', sdate: '2026-01-16 11:05:00' },
        ),
      ),
      v1Failure('result_code 0: no contact matched.'),
    ],
  },
  {
    id: 'v1.contact_paginator',
    api: 'v1',
    group: 'Contacts',
    summary: 'Page through contacts (v1)',
    description:
      'Offset/limit paging over contacts, the call the old admin tables used; returns a row array plus totals.',
    http: 'GET',
    kind: 'read',
    action: 'contact_paginator',
    params: paginatorParams('id'),
    responses: [
      paginatorPage([
        { id: '1', email: 'jane.doe@example.com', first_name: 'Jane', last_name: 'Doe' },
        { id: '2', email: 'sam.lee@example.com', first_name: 'Sam', last_name: 'Lee' },
      ]),
      v1Failure(),
    ],
  },
  {
    id: 'v1.contact_delete',
    api: 'v1',
    group: 'Contacts',
    summary: 'Delete a contact (v1)',
    description: 'Deletes one contact for good. It is a GET in v1, so be careful with links and prefetching tools.',
    http: 'GET',
    kind: 'destructive',
    action: 'contact_delete',
    params: [idParam('query', 'The contact id to delete.')],
    responses: [
      v1Ok('result_code 1: the contact is gone.', {}, 'Contact deleted'),
      v1Failure('result_code 0: no contact has this id.'),
    ],
  },
  {
    id: 'v1.contact_delete_list',
    api: 'v1',
    group: 'Contacts',
    summary: 'Delete several contacts (v1)',
    description: 'Deletes every contact in a comma-separated id list in one call.',
    http: 'GET',
    kind: 'destructive',
    action: 'contact_delete_list',
    params: [idsParam('query', 'Comma-separated contact ids.')],
    responses: [
      v1Ok('result_code 1: the contacts are gone (result_message wording varies).'),
      v1Failure('result_code 0: nothing was deleted.'),
    ],
  },
  {
    id: 'v1.contact_note_add',
    api: 'v1',
    group: 'Contacts',
    summary: 'Add a note to a contact (v1)',
    description: 'Attaches a free-text note to a contact, filed under one of its lists.',
    http: 'POST',
    kind: 'write',
    action: 'contact_note_add',
    params: [
      idParam('form', 'The contact id.'),
      form('listid', { type: 'integer', minimum: 0, example: 1 }, 'List the note is filed under (0 = none).', true),
      form('note', { type: 'string', example: 'Asked for a demo next week.' }, 'The note text.', true),
    ],
    responses: [
      v1Ok('result_code 1: the note was saved (result_message wording varies).'),
      v1Failure('result_code 0: the note was not saved.'),
    ],
  },
  {
    id: 'v1.contact_note_edit',
    api: 'v1',
    group: 'Contacts',
    summary: 'Edit a contact note (v1)',
    description: 'Replaces the text of an existing contact note.',
    http: 'POST',
    kind: 'write',
    action: 'contact_note_edit',
    params: [
      form('noteid', { type: 'integer', minimum: 1, example: 1 }, 'The note id.', true),
      form('subscriberid', { type: 'integer', minimum: 1, example: 1 }, 'The contact the note belongs to.', true),
      form('listid', { type: 'integer', minimum: 0, example: 1 }, 'List the note is filed under (0 = none).', true),
      form('note', { type: 'string', example: 'Demo booked for Tuesday.' }, 'The new note text.', true),
    ],
    responses: [v1Ok('result_code 1: the note was updated.'), v1Failure('result_code 0: no note has this id.')],
  },
  {
    id: 'v1.contact_note_delete',
    api: 'v1',
    group: 'Contacts',
    summary: 'Delete a contact note (v1)',
    description: 'Removes one note from a contact.',
    http: 'GET',
    kind: 'destructive',
    action: 'contact_note_delete',
    params: [query('noteid', { type: 'integer', minimum: 1, example: 1 }, 'The note id.', true)],
    responses: [v1Ok('result_code 1: the note is gone.'), v1Failure('result_code 0: no note has this id.')],
  },
  {
    id: 'v1.contact_automation_list',
    api: 'v1',
    group: 'Contacts',
    summary: 'List the automations a contact is in (v1)',
    description: 'Shows which automations one contact has entered. Identify the contact by id or by email.',
    http: 'GET',
    kind: 'read',
    action: 'contact_automation_list',
    params: [
      query('contact_id', { type: 'integer', minimum: 1, example: 1 }, 'The contact id (or send contact_email).'),
      query(
        'contact_email',
        { type: 'string', format: 'email', example: 'jane.doe@example.com' },
        'The contact email (or send contact_id).',
      ),
      query('offset', { type: 'integer', minimum: 0, default: 0, example: 0 }, 'Rows to skip.'),
      query('limit', { type: 'integer', minimum: 1, maximum: 20, example: 20 }, 'Rows to return (max 20).'),
    ],
    responses: [
      v1Ok(
        'result_code 1; automations keyed "0", "1", ….',
        rows({ automation: '3', name: 'Welcome series', status: '1', adddate: '2026-01-15 09:30:00' }),
      ),
      v1Failure('result_code 0: the contact is in no automation.', NOTHING_RETURNED),
    ],
  },
  {
    id: 'v1.contact_tag_add',
    api: 'v1',
    group: 'Contacts',
    summary: 'Tag a contact (v1)',
    description: 'Adds one or more tags to a contact found by email or id; tags that do not exist yet are created.',
    http: 'POST',
    kind: 'write',
    action: 'contact_tag_add',
    params: [
      ...tagTarget,
      form('tags', { type: 'string', example: 'vip, webinar-2026' }, 'Tag name(s), comma-separated.', true),
    ],
    responses: [
      v1Ok('result_code 1: the tags are on the contact (result_message wording varies).'),
      v1Failure('result_code 0: no such contact.'),
    ],
  },
  {
    id: 'v1.contact_tag_remove',
    api: 'v1',
    group: 'Contacts',
    summary: 'Remove tags from a contact (v1)',
    description: 'Takes one or more tags off a contact found by email or id. The tags themselves stay in the account.',
    http: 'POST',
    kind: 'destructive',
    action: 'contact_tag_remove',
    params: [
      ...tagTarget,
      form('tags', { type: 'string', example: 'vip' }, 'Tag name(s) to remove, comma-separated.', true),
    ],
    responses: [
      v1Ok('result_code 1: the tags were removed.', {}, 'Contact tag deleted'),
      v1Failure('result_code 0: no such contact.'),
    ],
  },
];
