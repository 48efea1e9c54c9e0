import type { ObjectSchema, ResponseDoc, V3Method } from '../types';
import { authError, idParam, notFoundError } from './common';
import {
  deletedWithMessage,
  fieldMetaExample,
  fieldMetaOptional,
  fieldMetaPageParams,
  fieldMetaTypes,
} from './deal-account-fields';

/* Deal custom field definitions (`dealCustomFieldMeta`; one record is a `dealCustomFieldMetum`). */

const base = 'https://sandbox.api-us1.com/api/3';

function fieldExample(overrides: Record<string, unknown> = {}) {
  return {
    ...fieldMetaExample(
      {
        id: '1',
        fieldLabel: 'Lead source',
        fieldType: 'dropdown',
        fieldOptions: ['Web', 'Referral', 'Event'],
        fieldDefault: 'Web',
      },
      { dealCustomFieldData: `${base}/dealCustomFieldMeta/1/dealCustomFieldData` },
    ),
    ...overrides,
  };
}

/** What may be missing or null in a definition answer. */
const metumMarkers: Pick<ResponseDoc, 'optional' | 'nullable'> = {
  optional: fieldMetaOptional('dealCustomFieldMetum'),
  nullable: ['dealCustomFieldMetum.fieldOptions', 'dealCustomFieldMetum.fieldDefault'],
};

/** The `dealCustomFieldMetum` body; the type and currency are fixed once the field exists. */
function fieldBody(create: boolean): ObjectSchema {
  return {
    type: 'object',
    required: ['dealCustomFieldMetum'],
    properties: {
      dealCustomFieldMetum: {
        type: 'object',
        ...(create ? { required: ['fieldLabel', 'fieldType'] } : {}),
        properties: {
          fieldLabel: { type: 'string', description: 'Name of the field as users see it.', example: 'Lead source' },
          ...(create
            ? {
                fieldType: {
                  type: 'string' as const,
                  enum: fieldMetaTypes,
                  description: 'Kind of field; it cannot be changed later.',
                  example: 'dropdown',
                },
              }
            : {}),
          fieldOptions: {
            type: 'array',
            description: 'Choices; only for dropdown, multiselect, radio and checkbox fields.',
            items: { type: 'string', example: 'Referral' },
          },
          fieldDefault: {
            type: 'string',
            description: 'Default value. Dates as YYYY-MM-DD, datetimes in ISO 8601, currency amounts in cents.',
            example: 'Web',
          },
          ...(create
            ? {
                fieldDefaultCurrency: {
                  type: 'string' as const,
                  description: 'Three-letter currency code; only for currency fields.',
                  example: 'usd',
                },
              }
            : {}),
          isFormVisible: {
            type: 'integer',
            enum: [0, 1],
            description: '1 shows the field on forms.',
            example: 1,
          },
          ...(create
            ? {
                isRequired: {
                  type: 'integer' as const,
                  enum: [0, 1],
                  description: '1 makes the field mandatory in the app.',
                  example: 0,
                },
              }
            : {}),
          displayOrder: {
            type: 'integer',
            minimum: 1,
            description: 'Position on the Manage Fields page and on deal profiles.',
            example: 1,
          },
        },
      },
    },
  };
}

const missing = notFoundError('deal custom field');

export const dealCustomFieldsMethods: readonly V3Method[] = [
  {
    id: 'v3.dealCustomFieldMeta.list',
    api: 'v3',
    group: 'Deal custom fields',
    summary: 'List deal custom fields',
    description:
      'Lists the custom fields defined for deals. Their ids are the `customFieldId` you use when setting values on a deal.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/dealCustomFieldMeta',
    params: fieldMetaPageParams('How many fields per page (default 100 here, not 20).'),
    responses: [
      {
        status: 200,
        optional: ['meta'],
        anyType: ['dealCustomFieldMeta[].fieldDefault'],
        description: 'A page of deal custom field definitions.',
        example: {
          dealCustomFieldMeta: [
            fieldExample(),
            fieldExample({
              id: '2',
              fieldLabel: 'Contract value',
              fieldType: 'currency',
              fieldOptions: null,
              fieldDefault: '10099',
              fieldDefaultCurrency: 'usd',
              displayOrder: 2,
              links: { dealCustomFieldData: `${base}/dealCustomFieldMeta/2/dealCustomFieldData` },
            }),
          ],
          meta: { total: '2' },
        },
      },
      authError,
    ],
  },
  {
    id: 'v3.dealCustomFieldMeta.get',
    api: 'v3',
    group: 'Deal custom fields',
    summary: 'Get a deal custom field',
    description: 'Returns the definition of one deal custom field: label, type, options and default.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/dealCustomFieldMeta/{id}',
    params: [idParam("The field's id.")],
    responses: [
      {
        status: 200,
        ...metumMarkers,
        description: 'The field definition.',
        example: { dealCustomFieldMetum: fieldExample() },
      },
      missing,
      authError,
    ],
  },
  {
    id: 'v3.dealCustomFieldMeta.create',
    api: 'v3',
    group: 'Deal custom fields',
    summary: 'Create a deal custom field',
    description:
      'Defines a new custom field for deals. Choice fields (dropdown, multiselect, radio, checkbox) need `fieldOptions`; currency fields take a default in cents and a `fieldDefaultCurrency`.',
    http: 'POST',
    kind: 'write',
    path: '/api/3/dealCustomFieldMeta',
    params: [],
    body: fieldBody(true),
    bodyRequired: true,
    responses: [
      {
        status: 200,
        ...metumMarkers,
        description: 'The field was created; its id is in dealCustomFieldMetum.id.',
        example: { dealCustomFieldMetum: fieldExample() },
      },
      {
        status: 422,
        description: 'A required attribute such as the field type is missing.',
        example: { errors: [{ title: 'The field type field is required.', detail: '', code: 422 }] },
      },
      authError,
    ],
  },
  {
    id: 'v3.dealCustomFieldMeta.update',
    api: 'v3',
    group: 'Deal custom fields',
    summary: 'Update a deal custom field',
    description:
      'Changes the label, options, default, form visibility or display order of a deal custom field. Its type cannot be changed.',
    http: 'PUT',
    kind: 'write',
    path: '/api/3/dealCustomFieldMeta/{id}',
    params: [idParam("The field's id.")],
    body: fieldBody(false),
    bodyRequired: true,
    responses: [
      {
        status: 200,
        ...metumMarkers,
        description: 'The updated field definition.',
        example: { dealCustomFieldMetum: fieldExample({ updatedTimestamp: '2026-01-16 17:00:00' }) },
      },
      missing,
      authError,
    ],
  },
  {
    id: 'v3.dealCustomFieldMeta.delete',
    api: 'v3',
    group: 'Deal custom fields',
    summary: 'Delete a deal custom field',
    description: 'Removes a deal custom field definition for good; there is no undo.',
    http: 'DELETE',
    kind: 'destructive',
    path: '/api/3/dealCustomFieldMeta/{id}',
    params: [idParam("The field's id.")],
    responses: [deletedWithMessage('DealCustomFieldMeta'), missing, authError],
  },
];
