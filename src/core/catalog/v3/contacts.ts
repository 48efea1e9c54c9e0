import type { ObjectSchema, ParamDef, Schema, V3Method } from '../types';
import { auditAttributes, idParam, notFound } from './common';

/** A query parameter of GET /contacts. */
function q(name: string, schema: Schema, description: string): ParamDef {
  return { name, in: 'query', schema, description };
}

/** An `orders[<field>]` sort parameter. */
function order(field: string, description: string, withDefault = false): ParamDef {
  const schema: Schema = withDefault
    ? { type: 'string', enum: ['ASC', 'DESC'], default: 'ASC', example: 'ASC' }
    : { type: 'string', enum: ['ASC', 'DESC'], example: 'DESC' };
  return q(`orders[${field}]`, schema, description);
}

export const contactExample = {
  cdate: '2026-01-15T09:30:00-06:00',
  email: 'jane.doe@example.com',
  phone: '+1 312 555 0100',
  firstName: 'Jane',
  lastName: 'Doe',
  orgid: '0',
  segmentio_id: '',
  bounced_hard: '0',
  bounced_soft: '0',
  bounced_date: null,
  ip: '0',
  ua: null,
  hash: '8c5a9e4e1f0b2d3c4a5b6c7d8e9f0a1b',
  socialdata_lastcheck: null,
  email_local: '',
  email_domain: '',
  sentcnt: '0',
  rating_tstamp: null,
  gravatar: '0',
  deleted: '0',
  anonymized: '0',
  adate: null,
  udate: '2026-01-15T09:30:00-06:00',
  edate: null,
  deleted_at: null,
  created_utc_timestamp: '2026-01-15 15:30:00',
  updated_utc_timestamp: '2026-01-15 15:30:00',
  created_timestamp: '2026-01-15 09:30:00',
  updated_timestamp: '2026-01-15 09:30:00',
  created_by: null,
  updated_by: null,
  links: Object.fromEntries(
    [
      'bounceLogs',
      'contactAutomations',
      'contactData',
      'contactGoals',
      'contactLists',
      'contactLogs',
      'contactTags',
      'contactDeals',
      'deals',
      'fieldValues',
      'geoIps',
      'notes',
      'organization',
      'plusAppend',
      'trackingLogs',
      'scoreValues',
    ].map((name) => [name, `https://sandbox.api-us1.com/api/3/contacts/1/${name}`]),
  ),
  id: '1',
};

/** The short contact record that answers about something else sideload (a note's, an automation entry's). */
export const sideloadedContactExample = { email: 'jane.doe@example.com', firstName: 'Jane', lastName: 'Doe', id: '1' };

export const fieldValueExample = {
  contact: '1',
  field: '1',
  value: 'Gold',
  cdate: '2026-01-15T09:30:00-06:00',
  udate: '2026-01-15T09:30:00-06:00',
  links: {
    owner: 'https://sandbox.api-us1.com/api/3/fieldValues/11/owner',
    field: 'https://sandbox.api-us1.com/api/3/fieldValues/11/field',
  },
  id: '11',
  owner: '1',
};

export const fieldValuesSchema: Schema = {
  type: 'array',
  description: 'Custom field values: `field` is the custom field id (see GET /fields).',
  items: {
    type: 'object',
    required: ['field', 'value'],
    properties: {
      field: { type: 'string', description: 'Custom field id.', example: '1' },
      value: {
        type: 'string',
        description: 'Value to store; dates as YYYY-MM-DD, multi-select as ||a||b||.',
        example: 'Gold',
      },
    },
  },
};

export const orgidSchema: Schema = {
  type: 'integer',
  minimum: 0,
  description: 'Deprecated: link contacts to accounts with the account-contact endpoints instead.',
  example: 0,
};

const contactBody: ObjectSchema = {
  type: 'object',
  required: ['contact'],
  properties: {
    contact: {
      type: 'object',
      required: ['email'],
      // Phone-only contacts: no email when allowNullEmail is true and a phone is given (accounts that opted in).
      waivers: [{ field: 'email', when: 'allowNullEmail', instead: ['phone'] }],
      properties: {
        email: {
          type: 'string',
          format: 'email',
          description:
            'Unique per account; a second contact with the same address is refused. Required unless `allowNullEmail` is true and a `phone` is given.',
          example: 'jane.doe@example.com',
        },
        firstName: { type: 'string', example: 'Jane' },
        lastName: { type: 'string', example: 'Doe' },
        phone: { type: 'string', example: '+1 312 555 0100' },
        allowNullEmail: {
          type: 'boolean',
          description:
            'Set true to create a phone-only contact: `email` may then be left out and `phone` is required (the account must allow phone-only contacts).',
          example: false,
        },
        fieldValues: fieldValuesSchema,
        orgid: orgidSchema,
      },
    },
  },
};

const validationError = {
  status: 422,
  description: 'A field is missing, invalid or duplicates an existing contact; each error points at the field.',
  example: {
    errors: [
      {
        title: 'Email address already exists in the system',
        detail: '',
        code: 'duplicate',
        source: { pointer: '/data/attributes/email' },
      },
    ],
  },
};

const authError = {
  status: 403,
  description: 'The key is missing, invalid or was reset.',
};

const contactIdParam = idParam("The contact's id.");

/** Keys the answer to creating a contact may leave out (sync's answer shares most of them). */
export const createdContactOptional: readonly string[] = [
  ...[
    'phone',
    'firstName',
    'lastName',
    'segmentio_id',
    'bounced_hard',
    'bounced_soft',
    'bounced_date',
    'ip',
    'ua',
    'hash',
    'socialdata_lastcheck',
    'email_local',
    'email_domain',
    'sentcnt',
    'rating_tstamp',
    'gravatar',
    'deleted',
    'anonymized',
    'adate',
    'edate',
    'deleted_at',
    'created_utc_timestamp',
    'updated_utc_timestamp',
  ].map((key) => `contact.${key}`),
  ...auditAttributes,
];

export const contactNotFound = {
  ...notFound('Subscriber'),
  description: 'No contact has this id.',
};

export const contactsMethods: readonly V3Method[] = [
  {
    id: 'v3.contacts.list',
    api: 'v3',
    group: 'Contacts',
    summary: 'List, search and filter contacts',
    description:
      'Pages through contacts, 20 at a time by default (at most 100). For large accounts, sort by id and page with `id_greater` instead of deep offsets.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/contacts',
    params: [
      {
        name: 'limit',
        in: 'query',
        schema: {
          type: 'integer',
          minimum: 1,
          maximum: 100,
          default: 20,
          example: 20,
        },
        description: 'How many contacts per page (1–100).',
      },
      {
        name: 'offset',
        in: 'query',
        schema: { type: 'integer', minimum: 0, default: 0, example: 0 },
        description: 'How many contacts to skip (zero-based).',
      },
      {
        name: 'email',
        in: 'query',
        schema: {
          type: 'string',
          format: 'email',
          example: 'jane.doe@example.com',
        },
        description: 'Only the contact with exactly this email address.',
      },
      {
        name: 'search',
        in: 'query',
        schema: { type: 'string', example: 'doe' },
        description: 'Matches part of the email, first name, last name or phone.',
      },
      q(
        'ids',
        { type: 'string', example: '42' },
        'Only these contact ids; to ask for several, repeat the parameter as ids[]=1&ids[]=2.',
      ),
      q('email_like', { type: 'string', example: '@example.com' }, 'Contacts whose email contains this text.'),
      q('exclude', { type: 'integer', minimum: 1, example: 7 }, 'Leave out the contact with this id.'),
      q('formid', { type: 'integer', minimum: 1, example: 3 }, 'Only contacts who subscribed through this form.'),
      q(
        'id_greater',
        { type: 'integer', minimum: 0, example: 1000 },
        'Only contacts with a larger id; with orders[id]=ASC, this is the fast way to page big accounts.',
      ),
      q('id_less', { type: 'integer', minimum: 1, example: 5000 }, 'Only contacts with a smaller id.'),
      q('listid', { type: 'string', example: '1' }, 'Only contacts on this list.'),
      q('phone', { type: 'string', example: '+1 312' }, 'Contacts whose phone number starts with this text.'),
      q(
        'organization',
        { type: 'integer', minimum: 1, example: 9 },
        'Deprecated: contacts of this organization id. Use the account-contact endpoints instead.',
      ),
      q(
        'segmentid',
        { type: 'integer', minimum: 1, example: 4 },
        'Only contacts matching this segment. The segment is computed in the background and cached for an hour; add forceQuery=1 to recompute it.',
      ),
      q('seriesid', { type: 'integer', minimum: 1, example: 2 }, 'Only contacts who are in this automation.'),
      q(
        'status',
        { type: 'integer', enum: [-1, 0, 1, 2, 3], default: -1, example: 1 },
        'List status: -1 any, 0 unconfirmed, 1 active, 2 unsubscribed, 3 bounced.',
      ),
      q('tagid', { type: 'integer', minimum: 1, example: 20 }, 'Only contacts carrying this tag.'),
      q(
        'filters[created_before]',
        { type: 'string', format: 'date', example: '2026-01-31' },
        'Only contacts created before this date.',
      ),
      q(
        'filters[created_after]',
        { type: 'string', format: 'date', example: '2026-01-01' },
        'Only contacts created after this date.',
      ),
      q(
        'filters[updated_before]',
        { type: 'string', format: 'date', example: '2026-01-31' },
        'Only contacts last changed before this date.',
      ),
      q(
        'filters[updated_after]',
        { type: 'string', format: 'date', example: '2026-01-01' },
        'Only contacts last changed after this date.',
      ),
      q('waitid', { type: 'integer', minimum: 1, example: 12 }, 'Only contacts waiting in this automation wait block.'),
      order('id', 'Sort by contact id.', true),
      order('cdate', 'Sort by creation date.'),
      order('email', 'Sort by email address.', true),
      order('first_name', 'Sort by first name.'),
      order('last_name', 'Sort by last name.'),
      order('name', 'Sort by full name.'),
      order('score', 'Sort by a score; put the score id in sortId.'),
      q(
        'in_group_lists',
        { type: 'string', enum: ['true', 'false'], example: 'true' },
        'Set to "true" to return only contacts on lists the key\'s user group may see.',
      ),
      q(
        'forceQuery',
        { type: 'integer', enum: [0, 1], default: 0, example: 1 },
        'With segmentid: 1 recomputes the segment now instead of reusing the cached result.',
      ),
      q(
        'sortId',
        { type: 'integer', minimum: 1, example: 2 },
        'When sorting by a score or custom field, the id of that score or field.',
      ),
    ],
    responses: [
      {
        status: 200,
        optional: [
          'contacts[].adate',
          'contacts[].edate',
          'contacts[].created_utc_timestamp',
          'contacts[].updated_utc_timestamp',
          ...auditAttributes,
        ],
        description: 'A page of contacts, with the total count as a string in meta.total.',
        example: {
          scoreValues: [],
          contacts: [contactExample],
          meta: {
            total: '1',
            page_input: {
              segmentid: 0,
              formid: 0,
              listid: 0,
              tagid: 0,
              limit: 20,
              offset: 0,
              search: null,
              sort: null,
              seriesid: 0,
              waitid: 0,
              status: -1,
              forceQuery: 0,
              cacheid: '522b5224f2007dca7483e08e7ebf5005',
            },
          },
        },
      },
      {
        status: 400,
        description: 'The query could not be understood; the body is an empty object.',
        example: {},
      },
      authError,
    ],
  },
  {
    id: 'v3.contacts.get',
    api: 'v3',
    group: 'Contacts',
    summary: 'Get a contact',
    description: 'Returns one contact by id, with related records (lists, field values, tags…) sideloaded beside it.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/contacts/{id}',
    params: [contactIdParam],
    responses: [
      {
        status: 200,
        optional: [
          'contact.anonymized',
          'contact.deleted_at',
          'contact.created_utc_timestamp',
          'contact.updated_utc_timestamp',
          ...auditAttributes,
        ],
        nullable: ['fieldValues[].value', 'contact.udate'],
        description: 'The contact and its related records.',
        example: {
          contactAutomations: [],
          contactLists: [],
          deals: [],
          fieldValues: [fieldValueExample],
          contact: contactExample,
        },
      },
      contactNotFound,
      authError,
    ],
  },
  {
    id: 'v3.contacts.create',
    api: 'v3',
    group: 'Contacts',
    summary: 'Create a contact',
    description:
      'Adds a new contact. The email must not exist yet; to create-or-update by email use "Sync a contact" instead.',
    http: 'POST',
    kind: 'write',
    path: '/api/3/contacts',
    params: [],
    body: contactBody,
    bodyRequired: true,
    responses: [
      {
        status: 201,
        optional: createdContactOptional,
        description: 'The contact was created; its new id is in contact.id.',
        example: { fieldValues: [fieldValueExample], contact: contactExample },
      },
      validationError,
      {
        status: 404,
        description: 'Something the body refers to (a contact id, a list) does not exist.',
        example: { message: 'No Result found for Subscriber with id 1' },
      },
      authError,
    ],
  },
];
