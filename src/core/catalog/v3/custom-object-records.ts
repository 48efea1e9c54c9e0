import type { ObjectSchema, ParamDef, ResponseDoc, V3Method } from '../types';
import { authError } from './common';

const schemaIdParam: ParamDef = {
  name: 'schemaId',
  in: 'path',
  required: true,
  schema: { type: 'string', example: '6449c3f3-b68d-46d1-850b-c8aea998ce1b' },
  description: "The schema's id (a UUID, see List custom object schemas).",
};

const externalIdParam: ParamDef = {
  name: 'externalId',
  in: 'path',
  required: true,
  schema: { type: 'string', example: 'sub-1001' },
  description: 'The id your own system gave the record.',
};

const recordIdParam: ParamDef = {
  name: 'recordId',
  in: 'path',
  required: true,
  schema: { type: 'string', example: '1fba439a-208e-48e6-bd23-f6c97c3e0519' },
  description: "The record's ActiveCampaign id (a UUID).",
};

const recordExample = {
  id: '1fba439a-208e-48e6-bd23-f6c97c3e0519',
  externalId: 'sub-1001',
  schemaId: '6449c3f3-b68d-46d1-850b-c8aea998ce1b',
  fields: [{ id: 'seats', value: 12 }],
  relationships: { 'primary-contact': ['14'] },
  createdTimestamp: '2026-01-15T16:12:22.222685095Z',
  updatedTimestamp: '2026-01-15T16:13:12.022671090Z',
};

const recordBody: ObjectSchema = {
  type: 'object',
  required: ['record'],
  properties: {
    record: {
      type: 'object',
      properties: {
        externalId: {
          type: 'string',
          description: 'Your own id for the record; an existing record with this id is updated instead of duplicated.',
          example: 'sub-1001',
        },
        fields: {
          type: 'array',
          description: 'Field values; `id` is a field id from the schema.',
          items: {
            type: 'object',
            properties: {
              id: { type: 'string', description: 'Field id from the schema.', example: 'seats' },
              value: {
                type: 'json',
                description: 'Value of the type the field expects (number, text, list of options…).',
                example: 12,
              },
            },
          },
        },
        relationships: {
          type: 'object',
          description: 'Linked items, keyed by relationship id from the schema (e.g. primary-contact, account, deal).',
          properties: {
            'primary-contact': {
              type: 'array',
              description: 'Contact ids to link.',
              items: { type: 'integer', minimum: 1, example: 14 },
            },
          },
        },
      },
    },
  },
};

const badRequest: ResponseDoc = {
  status: 400,
  description: 'The request was malformed, e.g. the schema id is not valid.',
  example: { errors: [{ status: 400, title: 'Bad Request' }] },
};

export const customObjectRecordsMethods: readonly V3Method[] = [
  {
    id: 'v3.customObjects.listRecords',
    api: 'v3',
    group: 'Custom objects',
    summary: 'List custom object records',
    description:
      "Pages through the records of one custom object type. To get one contact's records, filter on the relationship: `filters[relationships.primary-contact][eq]=<contact id>`.",
    http: 'GET',
    kind: 'read',
    path: '/api/3/customObjects/records/{schemaId}',
    params: [
      schemaIdParam,
      {
        name: 'limit',
        in: 'query',
        schema: { type: 'integer', minimum: 1, maximum: 100, default: 20, example: 20 },
        description: 'How many records per page (1–100).',
      },
      {
        name: 'offset',
        in: 'query',
        schema: { type: 'integer', minimum: 0, default: 0, example: 0 },
        description: 'How many records to skip (zero-based).',
      },
      {
        name: 'filters',
        in: 'query',
        schema: {
          type: 'map',
          keyLabel: 'Filter path, e.g. relationships.primary-contact][eq',
          value: { type: 'string' },
          example: { 'relationships.primary-contact][eq': '14' },
        },
        description: 'Filters, sent as `filters[<path>]=<value>`.',
      },
    ],
    responses: [
      {
        status: 200,
        description: 'A page of records; meta counts are numbers here.',
        example: { records: [recordExample], meta: { total: 1, count: 1, limit: 20, offset: 0 } },
      },
      badRequest,
      { status: 404, description: 'No schema has this id.', example: { message: 'Not Found' } },
      authError,
    ],
  },
  {
    id: 'v3.customObjects.getRecord',
    api: 'v3',
    group: 'Custom objects',
    summary: 'Get a custom object record',
    description:
      'Returns one record by its ActiveCampaign id. To look it up by your own id, use "Get a custom object record by external id".',
    http: 'GET',
    kind: 'read',
    path: '/api/3/customObjects/records/{schemaId}/{recordId}',
    params: [schemaIdParam, recordIdParam],
    responses: [{ status: 200, description: 'The record.', example: { record: recordExample } }, badRequest, authError],
  },
  {
    id: 'v3.records.getByExternalId',
    api: 'v3',
    group: 'Custom objects',
    summary: 'Get a custom object record by external id',
    description:
      'Returns one record by the id your own system gave it. Gotcha: both references place this path under /api/3/records, not /api/3/customObjects/records like its siblings.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/records/{schemaId}/external/{externalId}',
    params: [schemaIdParam, externalIdParam],
    responses: [{ status: 200, description: 'The record.', example: { record: recordExample } }, badRequest, authError],
  },
  {
    id: 'v3.customObjects.upsertRecord',
    api: 'v3',
    group: 'Custom objects',
    summary: 'Create or update a custom object record',
    description:
      'Writes one record of a custom object type, linking it to contacts, accounts or deals. A record whose `externalId` already exists is updated, so the call is safe to repeat.',
    http: 'POST',
    kind: 'write',
    path: '/api/3/customObjects/records/{schemaId}',
    params: [schemaIdParam],
    body: recordBody,
    bodyRequired: true,
    responses: [
      {
        status: 201,
        optional: ['record.relationships.primary-contact'],
        description: 'The record was written.',
        example: {
          record: {
            id: '1fba439a-208e-48e6-bd23-f6c97c3e0519',
            externalId: 'sub-1001',
            schemaId: '6449c3f3-b68d-46d1-850b-c8aea998ce1b',
            fields: [{ id: 'seats', value: 12 }],
            relationships: { 'primary-contact': [14] },
          },
        },
      },
      badRequest,
      {
        status: 422,
        description: 'A field value does not fit the schema; the pointer (an object here) names the field.',
        example: {
          errors: [
            {
              title: 'Invalid value for field "seats"',
              detail: 'seats cannot accept a value that is not defined in the schema.',
              source: { type: 'pointer', value: '/data/attributes/seats' },
            },
          ],
        },
      },
      authError,
    ],
  },
  {
    id: 'v3.customObjects.deleteRecord',
    api: 'v3',
    group: 'Custom objects',
    summary: 'Delete a custom object record',
    description: 'Removes one record by its ActiveCampaign id. The deletion is queued: the answer is 202 with no body.',
    http: 'DELETE',
    kind: 'destructive',
    path: '/api/3/customObjects/records/{schemaId}/{recordId}',
    params: [schemaIdParam, recordIdParam],
    responses: [{ status: 202, description: 'Accepted; the body is empty.' }, badRequest, authError],
  },
  {
    id: 'v3.customObjects.deleteRecordByExternalId',
    api: 'v3',
    group: 'Custom objects',
    summary: 'Delete a custom object record by external id',
    description: 'Removes one record by the id your own system gave it. The answer is 202 with no body.',
    http: 'DELETE',
    kind: 'destructive',
    path: '/api/3/customObjects/records/{schemaId}/external/{externalId}',
    params: [schemaIdParam, externalIdParam],
    responses: [{ status: 202, description: 'Accepted; the body is empty.' }, badRequest, authError],
  },
];
