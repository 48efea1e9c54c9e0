import type { ObjectSchema, ResponseDoc, V3Method } from '../types';
import { authError, badRequestUnprocessed, deleted, idParam, paginationParams } from './common';
import { recordNoteBody } from './notes';

const accountExample = {
  name: 'Example Account',
  accountUrl: 'https://www.example.com',
  createdTimestamp: '2026-01-15T09:30:00-06:00',
  updatedTimestamp: '2026-01-15T09:30:00-06:00',
  links: {
    notes: 'https://sandbox.api-us1.com/api/3/accounts/1/notes',
    accountCustomFieldData: 'https://sandbox.api-us1.com/api/3/accounts/1/accountCustomFieldData',
    accountContacts: 'https://sandbox.api-us1.com/api/3/accounts/1/accountContacts',
  },
  id: '1',
};

const accountFieldsExample = [
  { customFieldId: 9, fieldValue: '501 - 1000', accountId: '1' },
  { customFieldId: 20, fieldValue: 1234, fieldCurrency: 'GBP', accountId: '1' },
];

/** The `account` body shared by create and update; `name` is only required on create. */
function accountBody(nameRequired: boolean): ObjectSchema {
  return {
    type: 'object',
    required: ['account'],
    properties: {
      account: {
        type: 'object',
        ...(nameRequired ? { required: ['name'] } : {}),
        properties: {
          name: {
            type: 'string',
            description: 'Company name; must be unique among accounts.',
            example: 'Example Account',
          },
          accountUrl: {
            type: 'string',
            format: 'url',
            description: "The company's website.",
            example: 'https://www.example.com',
          },
          owner: {
            type: 'integer',
            minimum: 1,
            default: 1,
            description: 'User id of the account owner (see GET /users).',
            example: 1,
          },
          fields: {
            type: 'array',
            description: 'Account custom field values; field ids come from GET /accountCustomFieldMeta.',
            items: {
              type: 'object',
              required: ['customFieldId', 'fieldValue'],
              properties: {
                customFieldId: { type: 'integer', minimum: 1, description: 'Account custom field id.', example: 9 },
                fieldValue: {
                  type: 'string',
                  description: 'Value to store. Currency fields take an amount in cents.',
                  example: '500-1000',
                },
                fieldCurrency: {
                  type: 'string',
                  description: 'Three-letter currency code; only for currency fields.',
                  example: 'GBP',
                },
              },
            },
          },
        },
      },
    },
  };
}

const noteBody = recordNoteBody('Renewal call booked for March.');

function noteExample(text: string) {
  return {
    accounts: [
      {
        name: 'Example Account',
        accountUrl: 'https://www.example.com',
        createdTimestamp: '2026-01-15T09:30:00-06:00',
        updatedTimestamp: '2026-01-16T10:00:00-06:00',
        id: '1',
      },
    ],
    note: {
      cdate: '2026-01-16T10:00:00-06:00',
      id: '2',
      links: {
        activities: '/api/3/notes/2/activities',
        mentions: '/api/3/notes/2/mentions',
        notes: '/api/3/notes/2/notes',
        owner: '/api/3/notes/2/owner',
        user: '/api/3/notes/2/user',
      },
      mdate: '2026-01-16T10:00:00-06:00',
      note: text,
      owner: { id: '1', type: 'account' },
      relid: '1',
      reltype: 'CustomerAccount',
      user: '1',
      userid: '1',
    },
  };
}

const nameError: ResponseDoc = {
  status: 422,
  description: 'The name is missing, or another account already uses it.',
  example: {
    errors: [
      {
        title: 'An account named "Example Account" already exists. Please choose a new name.',
        detail: '',
        code: 'duplicate',
        source: { pointer: '/data/attributes/name' },
      },
    ],
  },
};

export const accountsMethods: readonly V3Method[] = [
  {
    id: 'v3.accounts.list',
    api: 'v3',
    group: 'Accounts',
    summary: 'List accounts',
    description:
      'Pages through accounts (companies in the CRM). Search by name, and ask for contact and deal counts per account with `count_deals=true`, which makes the call slower.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/accounts',
    params: [
      ...paginationParams,
      {
        name: 'search',
        in: 'query',
        schema: { type: 'string', example: 'Example' },
        description: 'Only accounts whose name contains this text.',
      },
      {
        name: 'count_deals',
        in: 'query',
        schema: { type: 'boolean', example: true },
        description: 'Also compute contactCount and dealCount for each account.',
      },
    ],
    responses: [
      {
        status: 200,
        description: 'A page of accounts, with the total count as a string in meta.total.',
        example: { accounts: [{ ...accountExample, contactCount: '1', dealCount: '3' }], meta: { total: '1' } },
      },
      badRequestUnprocessed,
      authError,
    ],
  },
  {
    id: 'v3.accounts.get',
    api: 'v3',
    group: 'Accounts',
    summary: 'Get an account',
    description: 'Returns one account (company) by id.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/accounts/{id}',
    params: [idParam("The account's id.")],
    responses: [{ status: 200, description: 'The account.', example: { account: accountExample } }, authError],
  },
  {
    id: 'v3.accounts.create',
    api: 'v3',
    group: 'Accounts',
    summary: 'Create an account',
    description:
      'Adds a company to the CRM. Account names are unique: a second account with the same name is refused with 422. Link contacts to it afterwards with "Create an account contact association".',
    http: 'POST',
    kind: 'write',
    path: '/api/3/accounts',
    params: [],
    body: accountBody(true),
    bodyRequired: true,
    responses: [
      {
        status: 201,
        description: 'The account was created; its custom field values are echoed in account.fields.',
        example: { account: { ...accountExample, links: [], fields: accountFieldsExample } },
      },
      nameError,
      authError,
    ],
  },
  {
    id: 'v3.accounts.update',
    api: 'v3',
    group: 'Accounts',
    summary: 'Update an account',
    description:
      'Changes an account. Send only the properties to change; custom field values not listed stay as they are.',
    http: 'PUT',
    kind: 'write',
    path: '/api/3/accounts/{id}',
    params: [idParam("The account's id.")],
    body: accountBody(false),
    bodyRequired: true,
    responses: [
      {
        status: 200,
        description: 'The updated account.',
        example: { account: { ...accountExample, links: [], fields: accountFieldsExample } },
      },
      badRequestUnprocessed,
      authError,
    ],
  },
  {
    id: 'v3.accounts.delete',
    api: 'v3',
    group: 'Accounts',
    summary: 'Delete an account',
    description: 'Removes an account. Its contacts and deals stay; they are only unlinked from the account.',
    http: 'DELETE',
    kind: 'destructive',
    path: '/api/3/accounts/{id}',
    params: [idParam("The account's id.")],
    responses: [deleted, badRequestUnprocessed, authError],
  },
  {
    id: 'v3.accounts.bulkDelete',
    api: 'v3',
    group: 'Accounts',
    summary: 'Delete several accounts at once',
    description:
      'Removes every account whose id is listed, in one call. Each id travels as its own `ids[]=<id>` query pair.',
    http: 'DELETE',
    kind: 'destructive',
    path: '/api/3/accounts/bulk_delete',
    params: [
      {
        name: 'ids[]',
        in: 'query',
        required: true,
        schema: { type: 'array', items: { type: 'integer', minimum: 1, example: 1 }, example: [1, 2] },
        description: 'Ids of the accounts to delete (repeat for each id).',
      },
    ],
    responses: [
      { status: 200, description: 'The accounts were deleted.', example: { meta: { success: true } } },
      badRequestUnprocessed,
      authError,
    ],
  },
  {
    id: 'v3.accounts.createNote',
    api: 'v3',
    group: 'Accounts',
    summary: 'Add a note to an account',
    description: 'Attaches a text note to an account; it shows on the account page in the CRM.',
    http: 'POST',
    kind: 'write',
    path: '/api/3/accounts/{id}/notes',
    params: [idParam('The account to attach the note to.')],
    body: noteBody,
    bodyRequired: true,
    responses: [
      {
        status: 201,
        description: 'The note was created; the account is sideloaded beside it.',
        example: noteExample('Renewal call booked for March.'),
      },
      authError,
    ],
  },
  {
    id: 'v3.accounts.updateNote',
    api: 'v3',
    group: 'Accounts',
    summary: 'Update an account note',
    description: 'Replaces the text of a note already attached to an account.',
    http: 'PUT',
    kind: 'write',
    path: '/api/3/accounts/{id}/notes/{noteid}',
    params: [idParam('The account the note belongs to.'), idParam("The note's id.", 'noteid')],
    body: noteBody,
    bodyRequired: true,
    responses: [
      {
        status: 200,
        description: 'The updated note, with its account.',
        example: noteExample('Renewal call moved to April.'),
      },
      authError,
    ],
  },
];
