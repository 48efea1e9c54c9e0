import type { ObjectSchema, ResponseDoc, V3Method } from '../types';
import { authError, deleted, idParam, notFound, paginationParams } from './common';

const associationExample = {
  account: '2',
  contact: '1',
  jobTitle: 'Product Manager',
  createdTimestamp: '2026-01-15T09:30:00-06:00',
  updatedTimestamp: '2026-01-15T09:30:00-06:00',
  links: {
    account: 'https://sandbox.api-us1.com/api/3/accountContacts/18/account',
    contact: 'https://sandbox.api-us1.com/api/3/accountContacts/18/contact',
  },
  id: '18',
};

/** `accountContact` body; create needs both ids, update usually sends only jobTitle. */
function associationBody(idsRequired: boolean): ObjectSchema {
  return {
    type: 'object',
    required: ['accountContact'],
    properties: {
      accountContact: {
        type: 'object',
        ...(idsRequired ? { required: ['account', 'contact'] } : {}),
        properties: {
          account: { type: 'integer', minimum: 1, description: 'Account id.', example: 2 },
          contact: { type: 'integer', minimum: 1, description: 'Contact id.', example: 1 },
          jobTitle: {
            type: 'string',
            description: "The contact's job title at this account.",
            example: 'Product Manager',
          },
        },
      },
    },
  };
}

const missing = notFound('CustomerAccountSubscriber');

const createError: ResponseDoc = {
  status: 422,
  description: 'An id is missing, or the contact already belongs to an account (a contact can have only one).',
  example: {
    errors: [
      {
        title:
          'This contact is already associated with an account. We currently do not support contacts on multiple accounts.',
        detail: '',
        code: 'field_invalid',
        source: { pointer: '/data/attributes/account,contact' },
      },
    ],
  },
};

export const accountContactsMethods: readonly V3Method[] = [
  {
    id: 'v3.accountContacts.list',
    api: 'v3',
    group: 'Accounts',
    summary: 'List account contact associations',
    description:
      'Lists the links between contacts and accounts. Filter by contact to find the account a contact works for, or by account to list its people.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/accountContacts',
    params: [
      ...paginationParams,
      {
        name: 'filters[contact]',
        in: 'query',
        schema: { type: 'integer', minimum: 1, example: 1 },
        description: 'Only associations of this contact id.',
      },
      {
        name: 'filters[account]',
        in: 'query',
        schema: { type: 'integer', minimum: 1, example: 2 },
        description: 'Only associations of this account id.',
      },
    ],
    responses: [
      {
        status: 200,
        description: 'A page of associations, with the total count as a string in meta.total.',
        example: { accountContacts: [associationExample], meta: { total: '1' } },
      },
      authError,
    ],
  },
  {
    id: 'v3.accountContacts.get',
    api: 'v3',
    group: 'Accounts',
    summary: 'Get an account contact association',
    description: 'Returns one contact-to-account link by its own id (not the contact or account id).',
    http: 'GET',
    kind: 'read',
    path: '/api/3/accountContacts/{id}',
    params: [idParam("The association's id.")],
    responses: [
      { status: 200, description: 'The association.', example: { accountContact: associationExample } },
      missing,
      authError,
    ],
  },
  {
    id: 'v3.accountContacts.create',
    api: 'v3',
    group: 'Accounts',
    summary: 'Create an account contact association',
    description:
      'Links a contact to an account, optionally with a job title. A contact can belong to one account only; remove the old link first to move them.',
    http: 'POST',
    kind: 'write',
    path: '/api/3/accountContacts',
    params: [],
    body: associationBody(true),
    bodyRequired: true,
    responses: [
      {
        status: 201,
        description: 'The association was created.',
        example: { accountContact: { ...associationExample, account: 2, contact: 1, id: '1' } },
      },
      createError,
      authError,
    ],
  },
  {
    id: 'v3.accountContacts.update',
    api: 'v3',
    group: 'Accounts',
    summary: 'Update an account contact association',
    description: "Changes a link between a contact and an account, typically the contact's job title there.",
    http: 'PUT',
    kind: 'write',
    path: '/api/3/accountContacts/{id}',
    params: [idParam("The association's id.")],
    body: associationBody(false),
    bodyRequired: true,
    responses: [
      {
        status: 200,
        description: 'The updated association.',
        example: {
          accountContact: { ...associationExample, jobTitle: 'CEO', updatedTimestamp: '2026-01-16T10:00:00-06:00' },
        },
      },
      authError,
    ],
  },
  {
    id: 'v3.accountContacts.delete',
    api: 'v3',
    group: 'Accounts',
    summary: 'Delete an account contact association',
    description: 'Unlinks a contact from an account. Neither the contact nor the account is deleted.',
    http: 'DELETE',
    kind: 'destructive',
    path: '/api/3/accountContacts/{id}',
    params: [idParam("The association's id.")],
    responses: [deleted, missing, authError],
  },
];
