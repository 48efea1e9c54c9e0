import type { ObjectSchema, ResponseDoc, Schema, V3Method } from '../types';
import { authError, idParam, notFoundError } from './common';
import {
  deletedWithMessage,
  fieldMetaExample,
  fieldMetaOptional,
  fieldMetaPageParams,
  fieldMetaTypes,
} from './deal-account-fields';

const metaExample = fieldMetaExample(
  { id: '1', fieldLabel: 'Company size', fieldType: 'text', fieldOptions: null, fieldDefault: 'Default Text' },
  { accountCustomFieldData: 'https://sandbox.api-us1.com/api/3/accountCustomFieldMeta/1/accountCustomFieldData' },
);

/** What may be null or missing in a definition answer. */
const metumMarkers: Pick<ResponseDoc, 'nullable' | 'optional'> = {
  nullable: ['accountCustomFieldMetum.fieldDefault'],
  optional: fieldMetaOptional('accountCustomFieldMetum'),
};

const fieldLabel: Schema = { type: 'string', description: 'Name shown for the field.', example: 'Company size' };
const fieldOptions: Schema = {
  type: 'array',
  description: 'Choices; only for dropdown, multiselect, radio and checkbox fields.',
  items: { type: 'string', example: 'option 1' },
};
const fieldDefault: Schema = { type: 'string', description: 'Value new accounts start with.', example: 'Default Text' };
const isFormVisible: Schema = { type: 'boolean', description: 'Whether the field appears on forms.', example: true };
const displayOrder: Schema = {
  type: 'integer',
  minimum: 1,
  description: 'Position on the Manage Fields page and on account pages.',
  example: 1,
};

const createBody: ObjectSchema = {
  type: 'object',
  required: ['accountCustomFieldMetum'],
  properties: {
    accountCustomFieldMetum: {
      type: 'object',
      required: ['fieldLabel', 'fieldType'],
      properties: {
        fieldLabel,
        fieldType: {
          type: 'string',
          enum: fieldMetaTypes,
          description: 'Kind of value the field holds; cannot be changed later.',
          example: 'text',
        },
        fieldOptions,
        fieldDefault,
        fieldDefaultCurrency: {
          type: 'string',
          description: 'Three-letter default currency code; only for currency fields.',
          example: 'usd',
        },
        isFormVisible,
        displayOrder,
      },
    },
  },
};

const updateBody: ObjectSchema = {
  type: 'object',
  required: ['accountCustomFieldMetum'],
  properties: {
    accountCustomFieldMetum: {
      type: 'object',
      properties: { fieldLabel, fieldOptions, fieldDefault, isFormVisible, displayOrder },
    },
  },
};

const missing = notFoundError('account custom field');

export const accountCustomFieldsMethods: readonly V3Method[] = [
  {
    id: 'v3.accountCustomFieldMeta.list',
    api: 'v3',
    group: 'Accounts',
    summary: 'List account custom fields',
    description:
      'Lists the custom field definitions for accounts (not their values). Use the ids here as `customFieldId` when setting values on an account.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/accountCustomFieldMeta',
    params: fieldMetaPageParams('How many fields per page (default 100 here, unlike most collections).'),
    responses: [
      {
        status: 200,
        optional: ['meta'],
        anyType: ['accountCustomFieldMeta[].fieldDefault'],
        description: 'The account custom field definitions.',
        example: { accountCustomFieldMeta: [metaExample], meta: { total: '1' } },
      },
      authError,
    ],
  },
  {
    id: 'v3.accountCustomFieldMeta.get',
    api: 'v3',
    group: 'Accounts',
    summary: 'Get an account custom field',
    description: 'Returns one account custom field definition: its label, type, options and default.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/accountCustomFieldMeta/{id}',
    params: [idParam("The field's id.")],
    responses: [
      {
        status: 200,
        ...metumMarkers,
        description: 'The field definition.',
        example: { accountCustomFieldMetum: metaExample },
      },
      missing,
      authError,
    ],
  },
  {
    id: 'v3.accountCustomFieldMeta.create',
    api: 'v3',
    group: 'Accounts',
    summary: 'Create an account custom field',
    description:
      'Defines a new custom field for every account. Choice fields (dropdown, multiselect, radio, checkbox) need `fieldOptions`; currency fields take `fieldDefaultCurrency`.',
    http: 'POST',
    kind: 'write',
    path: '/api/3/accountCustomFieldMeta',
    params: [],
    body: createBody,
    bodyRequired: true,
    responses: [
      {
        status: 200,
        ...metumMarkers,
        description: 'The field was created.',
        example: { accountCustomFieldMetum: metaExample },
      },
      {
        status: 422,
        description: 'The label or type is missing or invalid.',
        example: { errors: [{ title: 'The field type field is required.', detail: '', code: 422 }] },
      },
      authError,
    ],
  },
  {
    id: 'v3.accountCustomFieldMeta.update',
    api: 'v3',
    group: 'Accounts',
    summary: 'Update an account custom field',
    description:
      'Changes the label, options, default, form visibility or order of an account custom field. The type cannot change.',
    http: 'PUT',
    kind: 'write',
    path: '/api/3/accountCustomFieldMeta/{id}',
    params: [idParam("The field's id.")],
    body: updateBody,
    bodyRequired: true,
    responses: [
      {
        status: 200,
        ...metumMarkers,
        description: 'The updated field definition.',
        example: { accountCustomFieldMetum: { ...metaExample, updatedTimestamp: '2026-01-16 16:00:00' } },
      },
      missing,
      authError,
    ],
  },
  {
    id: 'v3.accountCustomFieldMeta.delete',
    api: 'v3',
    group: 'Accounts',
    summary: 'Delete an account custom field',
    description: 'Removes an account custom field definition, and with it the values stored on every account.',
    http: 'DELETE',
    kind: 'destructive',
    path: '/api/3/accountCustomFieldMeta/{id}',
    params: [idParam("The field's id.")],
    responses: [deletedWithMessage('AccountCustomFieldMeta'), missing, authError],
  },
];
