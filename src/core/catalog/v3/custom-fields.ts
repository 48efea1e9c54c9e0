import type { ObjectSchema, ResponseDoc, Schema, V3Method } from '../types';
import { authError, badRequestUnhandled, deleted, idParam, notFound } from './common';

const fieldTypes = [
  'text',
  'textarea',
  'date',
  'datetime',
  'dropdown',
  'listbox',
  'radio',
  'checkbox',
  'hidden',
  'number',
] as const;

const services = [
  'nimble',
  'contactually',
  'mindbody',
  'salesforce',
  'highrise',
  'google_spreadsheets',
  'pipedrive',
  'onepage',
  'google_contacts',
  'freshbooks',
  'shopify',
  'zendesk',
  'etsy',
  'bigcommerce',
  'capsule',
  'bigcommerce_oauth',
  'sugarcrm',
  'zohocrm',
  'batchbook',
] as const;

const fieldExample = {
  title: 'Membership level',
  descript: 'Tier shown in the member portal',
  type: 'text',
  isrequired: '0',
  perstag: 'MEMBERSHIP_LEVEL',
  defval: 'Bronze',
  show_in_list: '0',
  rows: '0',
  cols: '0',
  visible: '1',
  service: '',
  ordernum: '1',
  cdate: '2026-01-15T09:30:00-06:00',
  udate: '2026-01-15T09:30:00-06:00',
  options: [],
  relations: ['1'],
  links: {
    options: 'https://sandbox.api-us1.com/api/3/fields/1/options',
    relations: 'https://sandbox.api-us1.com/api/3/fields/1/relations',
  },
  id: '1',
};

/**
 * An update answers with the field as written, not as stored: the flags and sizes sent as numbers come back as
 * numbers, and the options and relations are left out.
 */
const updatedFieldExample = Object.fromEntries(
  Object.entries({ ...fieldExample, isrequired: 0, show_in_list: 0, rows: 0, cols: 0, visible: 1, ordernum: 1 }).filter(
    ([key]) => key !== 'options' && key !== 'relations',
  ),
);

const fieldRelExample = {
  field: '1',
  relid: '0',
  dorder: '0',
  cdate: '2026-01-15T09:30:00-06:00',
  links: [],
  id: '1',
};

/** Properties shared by the create and update bodies. */
const commonProps: Record<string, Schema> = {
  title: { type: 'string', description: 'Label shown in the app and on forms.', example: 'Membership level' },
  type: {
    type: 'string',
    enum: fieldTypes,
    description: 'Kind of input. Choice types (dropdown, listbox, radio, checkbox) need options added afterwards.',
    example: 'text',
  },
  descript: {
    type: 'string',
    description: 'Internal note about what the field is for.',
    example: 'Tier shown in the member portal',
  },
  perstag: {
    type: 'string',
    description: 'Personalization tag, written without % signs; emails insert the value with %TAG%.',
    example: 'MEMBERSHIP_LEVEL',
  },
  defval: { type: 'string', description: 'Value used when a contact has none.', example: 'Bronze' },
  show_in_list: { type: 'boolean', description: 'Deprecated; ActiveCampaign ignores it.', example: false },
  rows: { type: 'integer', minimum: 0, description: 'Deprecated textarea height; ignored.', example: 0 },
  cols: { type: 'integer', minimum: 0, description: 'Deprecated textarea width; ignored.', example: 0 },
  visible: { type: 'boolean', description: 'Whether the form builder offers this field.', example: true },
  service: {
    type: 'string',
    enum: services,
    description: 'Integration that owns the field, if any; leave it out for your own fields.',
    example: 'salesforce',
  },
  ordernum: { type: 'integer', minimum: 1, description: 'Position in the list of fields in the app.', example: 1 },
};

const createBody: ObjectSchema = {
  type: 'object',
  required: ['field'],
  properties: {
    field: {
      type: 'object',
      required: ['title', 'type'],
      properties: {
        ...commonProps,
        isrequired: { type: 'boolean', description: 'Whether forms must fill the field in.', example: false },
      },
    },
  },
};

const updateBody: ObjectSchema = {
  type: 'object',
  required: ['field'],
  properties: { field: { type: 'object', properties: commonProps } },
};

const forbidden: ResponseDoc = {
  status: 403,
  description: 'The key is invalid, or its user may not manage custom fields.',
  example: { message: 'Forbidden' },
};

export const customFieldsMethods: readonly V3Method[] = [
  {
    id: 'v3.fields.list',
    api: 'v3',
    group: 'Custom fields',
    summary: 'List contact custom fields',
    description:
      'Returns the custom field definitions for contacts, with their options and list relations sideloaded. Use a field id as `field` when writing values. Unlike most collections, this one returns up to 100 per page by default.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/fields',
    params: [
      {
        name: 'limit',
        in: 'query',
        schema: { type: 'integer', minimum: 1, default: 100, example: 100 },
        description: 'How many fields per page (default 100).',
      },
      {
        name: 'filters[perstag]',
        in: 'query',
        schema: { type: 'string', example: 'MEMBERSHIP_LEVEL' },
        description: 'Only the field with this personalization tag.',
      },
    ],
    responses: [
      {
        status: 200,
        nullable: ['fields[].descript', 'fields[].defval'],
        description: 'The field definitions, their options and list relations.',
        example: { fieldOptions: [], fieldRels: [fieldRelExample], fields: [fieldExample], meta: { total: '1' } },
      },
      authError,
    ],
  },
  {
    id: 'v3.fields.get',
    api: 'v3',
    group: 'Custom fields',
    summary: 'Get a contact custom field',
    description: 'Returns one contact custom field definition with its options and the lists it is attached to.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/fields/{id}',
    params: [idParam("The custom field's id.")],
    responses: [
      {
        status: 200,
        description: 'The field, with its options and list relations beside it.',
        example: { fieldOptions: [], fieldRels: [fieldRelExample], field: fieldExample },
      },
      notFound('Field'),
      badRequestUnhandled,
      authError,
    ],
  },
  {
    id: 'v3.fields.create',
    api: 'v3',
    group: 'Custom fields',
    summary: 'Create a contact custom field',
    description:
      'Defines a new custom field for contacts; the title must be unique. To make it available on lists, link it with "Link a custom field to a list" (list 0 means every list), and give choice fields their options with "Create custom field options in bulk".',
    http: 'POST',
    kind: 'write',
    path: '/api/3/fields',
    params: [],
    body: createBody,
    bodyRequired: true,
    responses: [
      { status: 201, description: 'The field was created; its id is in field.id.', example: { field: fieldExample } },
      {
        status: 201,
        description: 'The field was created, answered in the list form (with its options and relations beside it).',
        example: { fieldOptions: [], fieldRels: [], fields: [fieldExample] },
        nullable: ['descript', 'defval'],
      },
      {
        status: 422,
        description: 'Another field already has this title.',
        example: {
          errors: [
            {
              title: 'There is already a field with this title',
              detail: "There is already a field named 'Membership level' -- choose another name",
              code: 'duplicate',
            },
          ],
        },
      },
      forbidden,
    ],
  },
  {
    id: 'v3.fields.update',
    api: 'v3',
    group: 'Custom fields',
    summary: 'Update a contact custom field',
    description:
      'Changes a contact custom field definition. Send only the properties that should change; the rest keep their values.',
    http: 'PUT',
    kind: 'write',
    path: '/api/3/fields/{id}',
    params: [idParam("The custom field's id.")],
    body: updateBody,
    bodyRequired: true,
    responses: [
      {
        status: 200,
        description: 'The field after the change.',
        example: { field: updatedFieldExample },
        // Echoed as sent: a client that sends "1" gets "1" back.
        anyType: [
          'field.isrequired',
          'field.show_in_list',
          'field.rows',
          'field.cols',
          'field.visible',
          'field.ordernum',
        ],
      },
      notFound('Field'),
      forbidden,
    ],
  },
  {
    id: 'v3.fields.delete',
    api: 'v3',
    group: 'Custom fields',
    summary: 'Delete a contact custom field',
    description:
      'Removes a contact custom field definition. Check first that no form, segment or automation still relies on it.',
    http: 'DELETE',
    kind: 'destructive',
    path: '/api/3/fields/{id}',
    params: [idParam("The custom field's id.")],
    responses: [deleted, notFound('Field'), authError],
  },
];
