import type { ObjectSchema, ResponseDoc, V3Method } from '../types';
import { authError, badRequestUnhandled, deleted, idParam, notFound } from './common';

const fieldValueLinks = {
  owner: 'https://sandbox.api-us1.com/api/3/fieldValues/1/owner',
  field: 'https://sandbox.api-us1.com/api/3/fieldValues/1/field',
};

const fieldValueExample = {
  contact: '2',
  field: '1',
  value: 'Gold',
  cdate: '2026-01-15T09:30:00-06:00',
  udate: '2026-01-15T09:30:00-06:00',
  links: fieldValueLinks,
  id: '1',
  owner: '2',
};

/** The contact sideloaded next to a written value (trimmed). */
const contactSideload = {
  cdate: '2026-01-10T08:00:00-06:00',
  email: 'jane.doe@example.com',
  phone: '',
  firstName: 'Jane',
  lastName: 'Doe',
  udate: '2026-01-15T09:30:00-06:00',
  links: { fieldValues: 'https://sandbox.api-us1.com/api/3/contacts/2/fieldValues' },
  id: '2',
  organization: null,
};

/** What create and update answer: the value as written plus the owning contact. */
const writtenExample = {
  contacts: [contactSideload],
  fieldValue: {
    contact: 2,
    field: 1,
    value: 'Gold',
    cdate: '2026-01-15T09:30:00-06:00',
    udate: '2026-01-15T09:30:00-06:00',
    links: fieldValueLinks,
    owner: 2,
    id: '1',
  },
};

const valueBody: ObjectSchema = {
  type: 'object',
  required: ['fieldValue'],
  properties: {
    fieldValue: {
      type: 'object',
      required: ['contact', 'field', 'value'],
      properties: {
        contact: { type: 'string', description: 'Id of the contact the value belongs to.', example: '2' },
        field: {
          type: 'string',
          description: 'Id of the custom field (see "List contact custom fields").',
          example: '1',
        },
        value: {
          type: 'string',
          description:
            'The value. Dates as YYYY-MM-DD, date-times as ISO 8601; several choices of a multi-select as ||Option 1||Option 2||.',
          example: 'Gold',
        },
      },
    },
    useDefaults: {
      type: 'boolean',
      default: false,
      description: "Also fill the contact's other required fields with their default values.",
      example: false,
    },
  },
};

const forbidden: ResponseDoc = {
  status: 403,
  description: 'The key is invalid, or its user may not change contact data.',
  example: { message: 'Forbidden' },
};

export const fieldValuesMethods: readonly V3Method[] = [
  {
    id: 'v3.fieldValues.list',
    api: 'v3',
    group: 'Custom fields',
    summary: 'List custom field values',
    description:
      'Pages through the custom field values stored on contacts across the account. Filter by field id, or by value to find the contacts holding it.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/fieldValues',
    params: [
      {
        name: 'filters[fieldid]',
        in: 'query',
        schema: { type: 'string', example: '1' },
        description: 'Only values of this custom field id.',
      },
      {
        name: 'filters[val]',
        in: 'query',
        schema: { type: 'string', example: 'Gold' },
        description: 'Only values equal to this text.',
      },
    ],
    responses: [
      {
        status: 200,
        description: 'A page of field values; meta.total holds the count as a string.',
        example: { fieldValues: [fieldValueExample], meta: { total: '1' } },
      },
      badRequestUnhandled,
      authError,
    ],
  },
  {
    id: 'v3.fieldValues.get',
    api: 'v3',
    group: 'Custom fields',
    summary: 'Get a custom field value',
    description: 'Returns one stored custom field value by its own id (not the field id or the contact id).',
    http: 'GET',
    kind: 'read',
    path: '/api/3/fieldValues/{id}',
    params: [idParam("The field value's id.")],
    responses: [
      {
        status: 200,
        nullable: ['fieldValue.field', 'fieldValue.value', 'fieldValue.owner'],
        description: 'The field value.',
        example: { fieldValue: fieldValueExample },
      },
      notFound('FieldValue'),
      authError,
    ],
  },
  {
    id: 'v3.fieldValues.create',
    api: 'v3',
    group: 'Custom fields',
    summary: 'Create a custom field value',
    description:
      'Stores a value for one custom field on one contact. To set several fields at once, pass `fieldValues` when creating, updating or syncing the contact instead.',
    http: 'POST',
    kind: 'write',
    path: '/api/3/fieldValues',
    params: [],
    body: valueBody,
    bodyRequired: true,
    responses: [
      {
        status: 200,
        description: 'The value was stored; the contact it belongs to is sideloaded in contacts.',
        example: writtenExample,
      },
      forbidden,
    ],
  },
  {
    id: 'v3.fieldValues.update',
    api: 'v3',
    group: 'Custom fields',
    summary: 'Update a custom field value',
    description:
      'Replaces a stored custom field value, addressed by the value id. The body still names the contact and the field.',
    http: 'PUT',
    kind: 'write',
    path: '/api/3/fieldValues/{id}',
    params: [idParam("The field value's id.")],
    body: valueBody,
    bodyRequired: true,
    responses: [
      { status: 200, description: 'The value after the change, with its contact sideloaded.', example: writtenExample },
      badRequestUnhandled,
      authError,
    ],
  },
  {
    id: 'v3.fieldValues.delete',
    api: 'v3',
    group: 'Custom fields',
    summary: 'Delete a custom field value',
    description: 'Clears one custom field value from a contact; the field definition itself stays.',
    http: 'DELETE',
    kind: 'destructive',
    path: '/api/3/fieldValues/{id}',
    params: [idParam("The field value's id.")],
    responses: [deleted, forbidden],
  },
];
