import type { ArraySchema, V3Method } from '../types';
import { authError, idParam, notFoundError, paginationParams, rootBody } from './common';
import { bulkValuesStored, deletedWithMessage } from './deal-account-fields';

/* Values of deal custom fields (`dealCustomFieldData`; one record is a `dealCustomFieldDatum`). */

const base = 'https://sandbox.api-us1.com/api/3';

function valueExample(id: string, dealId: number, fieldId: number, fieldValue: unknown) {
  return {
    id,
    dealCustomFieldMetumId: fieldId,
    dealId,
    customFieldId: fieldId,
    createdTimestamp: '2026-01-15 15:30:00',
    updatedTimestamp: '2026-01-15 15:30:00',
    fieldValue,
    links: {
      deal: `${base}/dealCustomFieldData/${id}/deal`,
      dealCustomFieldMetum: `${base}/dealCustomFieldData/${id}/dealCustomFieldMetum`,
    },
  };
}

const valueNotFound = notFoundError('deal custom field value');

const fieldValueSchema = {
  type: 'json' as const,
  description:
    'Text for most fields; an array of strings for multiselect and checkbox (even for one choice); an amount in cents for currency; YYYY-MM-DD for dates, ISO 8601 for datetimes.',
  example: 'Referral',
};

const fieldCurrencySchema = {
  type: 'string' as const,
  description: 'Three-letter currency code for currency fields; the field’s default currency when left out.',
  example: 'cad',
};

const dealId = { type: 'integer' as const, minimum: 1, description: 'Deal id.', example: 2 };
const customFieldId = {
  type: 'integer' as const,
  minimum: 1,
  description: 'Deal custom field id (see GET /dealCustomFieldMeta).',
  example: 1,
};

/** The bulk calls take a bare JSON array, one item per value, with no root key. */
const bulkCreateBody: ArraySchema = {
  type: 'array',
  description: 'One entry per value.',
  items: {
    type: 'object',
    required: ['dealId', 'customFieldId', 'fieldValue'],
    properties: { dealId, customFieldId, fieldValue: fieldValueSchema, fieldCurrency: fieldCurrencySchema },
  },
};

const bulkUpdateBody: ArraySchema = {
  type: 'array',
  description: 'One entry per stored value to change.',
  items: {
    type: 'object',
    required: ['id', 'fieldValue'],
    properties: {
      id: { type: 'integer', minimum: 1, description: 'Id of the stored value to change.', example: 1 },
      fieldValue: fieldValueSchema,
      fieldCurrency: fieldCurrencySchema,
    },
  },
};

export const dealCustomFieldValuesMethods: readonly V3Method[] = [
  {
    id: 'v3.dealCustomFieldData.list',
    api: 'v3',
    group: 'Deal custom fields',
    summary: 'List deal custom field values',
    description: 'Lists stored custom field values of deals. Filter to one deal with `filters[dealId]` (capital I).',
    http: 'GET',
    kind: 'read',
    path: '/api/3/dealCustomFieldData',
    params: [
      ...paginationParams,
      {
        name: 'filters[dealId]',
        in: 'query',
        schema: { type: 'string', example: '2' },
        description: 'Only values of this deal id.',
      },
    ],
    responses: [
      {
        status: 200,
        optional: ['meta'],
        description: 'A page of custom field values.',
        example: {
          dealCustomFieldData: [valueExample('3', 2, 1, 'Referral'), valueExample('4', 2, 3, ['Option 1', 'Option 3'])],
          meta: { total: '2' },
        },
      },
      authError,
    ],
  },
  {
    id: 'v3.dealCustomFieldData.get',
    api: 'v3',
    group: 'Deal custom fields',
    summary: 'Get a deal custom field value',
    description: 'Returns one stored value by its own id (not the field id or the deal id).',
    http: 'GET',
    kind: 'read',
    path: '/api/3/dealCustomFieldData/{id}',
    params: [idParam("The value's id.")],
    responses: [
      {
        status: 200,
        description: 'The value.',
        example: { dealCustomFieldDatum: valueExample('1', 2, 5, 'Referral') },
      },
      valueNotFound,
      authError,
    ],
  },
  {
    id: 'v3.dealCustomFieldData.create',
    api: 'v3',
    group: 'Deal custom fields',
    summary: 'Create a deal custom field value',
    description:
      'Stores a value of one custom field on one deal. The value must suit the field’s type, or it is refused with 422. To set several at once use the bulk call, or `fields` when creating or updating the deal.',
    http: 'POST',
    kind: 'write',
    path: '/api/3/dealCustomFieldData',
    params: [],
    body: rootBody('dealCustomFieldDatum', {
      type: 'object',
      required: ['dealId', 'customFieldId', 'fieldValue'],
      properties: { dealId, customFieldId, fieldValue: fieldValueSchema, fieldCurrency: fieldCurrencySchema },
    }),
    bodyRequired: true,
    responses: [
      {
        status: 200,
        description: 'The value was stored; its id is in dealCustomFieldDatum.id.',
        example: { dealCustomFieldDatum: valueExample('5', 2, 1, 'Referral') },
      },
      {
        status: 422,
        description: 'The value does not fit the field’s type.',
        example: {
          errors: [{ detail: 'The custom field value `abc` could not be saved to the custom field of type `date`.' }],
        },
      },
      authError,
    ],
  },
  {
    id: 'v3.dealCustomFieldData.update',
    api: 'v3',
    group: 'Deal custom fields',
    summary: 'Update a deal custom field value',
    description: 'Replaces a stored value. Address it by the value’s id, which GET /dealCustomFieldData returns.',
    http: 'PUT',
    kind: 'write',
    path: '/api/3/dealCustomFieldData/{id}',
    params: [idParam("The value's id.")],
    body: rootBody('dealCustomFieldDatum', {
      type: 'object',
      properties: { fieldValue: fieldValueSchema, fieldCurrency: fieldCurrencySchema },
    }),
    bodyRequired: true,
    responses: [
      {
        status: 200,
        description: 'The updated value.',
        example: {
          dealCustomFieldDatum: { ...valueExample('1', 2, 5, 'Event'), updatedTimestamp: '2026-01-16 17:00:00' },
        },
      },
      valueNotFound,
      {
        status: 422,
        description: 'The value does not fit the field’s type.',
        example: {
          errors: [{ detail: 'The custom field value could not be saved to the custom field of type `number`.' }],
        },
      },
      authError,
    ],
  },
  {
    id: 'v3.dealCustomFieldData.delete',
    api: 'v3',
    group: 'Deal custom fields',
    summary: 'Delete a deal custom field value',
    description: 'Clears one stored value from a deal. The field definition stays.',
    http: 'DELETE',
    kind: 'destructive',
    path: '/api/3/dealCustomFieldData/{id}',
    params: [idParam("The value's id.")],
    responses: [deletedWithMessage('DealCustomFieldData'), valueNotFound, authError],
  },
  {
    id: 'v3.dealCustomFieldData.bulkCreate',
    api: 'v3',
    group: 'Deal custom fields',
    summary: 'Create deal custom field values in bulk',
    description:
      'Stores many values in one call, e.g. all fields of a deal. The body is a bare JSON array (no root key) whose items are shaped like a single create: `[{"dealId": 1, "customFieldId": 1, "fieldValue": "Referral"}, {"dealId": 1, "customFieldId": 4, "fieldValue": 9999, "fieldCurrency": "cad"}]`.',
    http: 'POST',
    kind: 'write',
    path: '/api/3/dealCustomFieldData/bulkCreate',
    params: [],
    body: bulkCreateBody,
    bodyRequired: true,
    responses: [bulkValuesStored, authError],
  },
  {
    id: 'v3.dealCustomFieldData.bulkUpdate',
    api: 'v3',
    group: 'Deal custom fields',
    summary: 'Update deal custom field values in bulk',
    description:
      'Replaces many stored values in one call. The body is a bare JSON array whose items each name a value id: `[{"id": 1, "fieldValue": "Event"}, {"id": 2, "fieldValue": ["Option 1", "Option 3"]}]`.',
    http: 'PATCH',
    kind: 'write',
    path: '/api/3/dealCustomFieldData/bulkUpdate',
    params: [],
    body: bulkUpdateBody,
    bodyRequired: true,
    responses: [
      {
        status: 200,
        description: 'The values were updated; the message lists their ids.',
        example: { message: 'DealCustomFieldDatas with ID(s): 1, 2 successfully bulk updated.' },
      },
      authError,
    ],
  },
];
