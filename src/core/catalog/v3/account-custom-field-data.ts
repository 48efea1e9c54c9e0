import type { ArraySchema, ObjectSchema, Schema, V3Method } from '../types';
import { authError, idParam, notFoundError, paginationParams } from './common';
import { bulkValuesStored, deletedWithMessage } from './deal-account-fields';

const datumExample = {
  id: '3',
  accountCustomFieldMetumId: 1,
  accountId: 1,
  customFieldId: 1,
  createdTimestamp: '2026-01-15 15:30:00',
  updatedTimestamp: '2026-01-15 15:30:00',
  fieldValue: '501 - 1000',
  links: {
    account: 'https://sandbox.api-us1.com/api/3/accountCustomFieldData/3/account',
    accountCustomFieldMetum: 'https://sandbox.api-us1.com/api/3/accountCustomFieldData/3/accountCustomFieldMetum',
  },
};

const customerAccountId: Schema = {
  type: 'integer',
  minimum: 1,
  description: 'Id of the account the value belongs to.',
  example: 1,
};
const customFieldId: Schema = {
  type: 'integer',
  minimum: 1,
  description: 'Account custom field id (see GET /accountCustomFieldMeta).',
  example: 1,
};
const fieldValue: Schema = {
  type: 'string',
  description: 'The value. Dates as YYYY-MM-DD; currency amounts in cents (10050 = 100.50).',
  example: '501 - 1000',
};
const fieldCurrency: Schema = {
  type: 'string',
  description: 'Three-letter currency code; only for currency fields (defaults to the field default).',
  example: 'usd',
};

const createBody: ObjectSchema = {
  type: 'object',
  required: ['accountCustomFieldDatum'],
  properties: {
    accountCustomFieldDatum: {
      type: 'object',
      required: ['customerAccountId', 'customFieldId', 'fieldValue'],
      properties: { customerAccountId, customFieldId, fieldValue, fieldCurrency },
    },
  },
};

const updateBody: ObjectSchema = {
  type: 'object',
  required: ['accountCustomFieldDatum'],
  properties: { accountCustomFieldDatum: { type: 'object', properties: { fieldValue, fieldCurrency } } },
};

/** The bulk endpoints take a bare JSON array as the body, one item per value, with no root key. */
function bulkBody(item: ObjectSchema): ArraySchema {
  return { type: 'array', description: 'One entry per value.', items: item };
}

const missing = notFoundError('account custom field value');

export const accountCustomFieldDataMethods: readonly V3Method[] = [
  {
    id: 'v3.accountCustomFieldData.list',
    api: 'v3',
    group: 'Accounts',
    summary: 'List account custom field values',
    description:
      'Lists custom field values stored on accounts. Filter by one account with `filters[customerAccountId]` (note the capital I).',
    http: 'GET',
    kind: 'read',
    path: '/api/3/accountCustomFieldData',
    params: [
      ...paginationParams,
      {
        name: 'filters[customerAccountId]',
        in: 'query',
        schema: { type: 'string', example: '1' },
        description: 'Only values of this account id.',
      },
    ],
    responses: [
      {
        status: 200,
        optional: ['meta'],
        description: 'The matching field values.',
        example: { accountCustomFieldData: [datumExample], meta: { total: '1' } },
      },
      authError,
    ],
  },
  {
    id: 'v3.accountCustomFieldData.get',
    api: 'v3',
    group: 'Accounts',
    summary: 'Get an account custom field value',
    description: 'Returns one stored value by its own id (not the field id or the account id).',
    http: 'GET',
    kind: 'read',
    path: '/api/3/accountCustomFieldData/{id}',
    params: [idParam("The value's id.")],
    responses: [
      {
        status: 200,
        optional: ['accountCustomFieldDatum.accountCustomFieldMetumId'],
        description: 'The field value.',
        example: { accountCustomFieldDatum: datumExample },
      },
      missing,
      authError,
    ],
  },
  {
    id: 'v3.accountCustomFieldData.create',
    api: 'v3',
    group: 'Accounts',
    summary: 'Create an account custom field value',
    description:
      'Stores a value for one custom field on one account. For several values at once use the bulk call, or pass `fields` when creating or updating the account.',
    http: 'POST',
    kind: 'write',
    path: '/api/3/accountCustomFieldData',
    params: [],
    body: createBody,
    bodyRequired: true,
    responses: [
      { status: 200, description: 'The value was stored.', example: { accountCustomFieldDatum: datumExample } },
      authError,
    ],
  },
  {
    id: 'v3.accountCustomFieldData.bulkCreate',
    api: 'v3',
    group: 'Accounts',
    summary: 'Create account custom field values in bulk',
    description:
      'Stores many account custom field values in one request. The body is a bare JSON array of entries (no root key).',
    http: 'POST',
    kind: 'write',
    path: '/api/3/accountCustomFieldData/bulkCreate',
    params: [],
    body: bulkBody({
      type: 'object',
      required: ['customerAccountId', 'customFieldId', 'fieldValue'],
      properties: { customerAccountId, customFieldId, fieldValue, fieldCurrency },
    }),
    bodyRequired: true,
    responses: [bulkValuesStored, authError],
  },
  {
    id: 'v3.accountCustomFieldData.update',
    api: 'v3',
    group: 'Accounts',
    summary: 'Update an account custom field value',
    description: 'Replaces one stored account custom field value (and its currency, for currency fields).',
    http: 'PUT',
    kind: 'write',
    path: '/api/3/accountCustomFieldData/{id}',
    params: [idParam("The value's id.")],
    body: updateBody,
    bodyRequired: true,
    responses: [
      {
        status: 200,
        optional: ['accountCustomFieldDatum.accountCustomFieldMetumId'],
        description: 'The updated value.',
        example: { accountCustomFieldDatum: { ...datumExample, updatedTimestamp: '2026-01-16 16:00:00' } },
      },
      missing,
      authError,
    ],
  },
  {
    id: 'v3.accountCustomFieldData.bulkUpdate',
    api: 'v3',
    group: 'Accounts',
    summary: 'Update account custom field values in bulk',
    description:
      "Replaces many stored values in one request, each addressed by the value's id. The body is a bare JSON array of entries (no root key).",
    http: 'PATCH',
    kind: 'write',
    path: '/api/3/accountCustomFieldData/bulkUpdate',
    params: [],
    body: bulkBody({
      type: 'object',
      required: ['id', 'fieldValue'],
      properties: {
        id: { type: 'integer', minimum: 1, description: 'Id of the stored value to change.', example: 3 },
        fieldValue,
        fieldCurrency,
      },
    }),
    bodyRequired: true,
    responses: [
      {
        status: 200,
        description: 'The values were updated; the message lists their ids.',
        example: { message: 'AccountCustomFieldDatas with ID(s): 3 successfully bulk updated.' },
      },
      authError,
    ],
  },
  {
    id: 'v3.accountCustomFieldData.delete',
    api: 'v3',
    group: 'Accounts',
    summary: 'Delete an account custom field value',
    description: 'Clears one custom field value from an account. The field definition stays.',
    http: 'DELETE',
    kind: 'destructive',
    path: '/api/3/accountCustomFieldData/{id}',
    params: [idParam("The value's id.")],
    responses: [deletedWithMessage('AccountCustomFieldData'), missing, authError],
  },
];
