import type { Schema, V3Method } from '../types';
import { authError } from './common';

const keyValueList = (what: string, key: string, value: string): Schema => ({
  type: 'array',
  description: `${what}, one key/value pair each.`,
  items: {
    type: 'object',
    properties: {
      key: { type: 'string', example: key },
      value: { type: 'string', example: value },
    },
  },
});

const listRefs = (description: string, listid: number): Schema => ({
  type: 'array',
  description,
  items: {
    type: 'object',
    required: ['listid'],
    properties: {
      listid: {
        type: 'integer',
        minimum: 1,
        description: 'The list id.',
        example: listid,
      },
    },
  },
});

export const importsMethods: readonly V3Method[] = [
  {
    id: 'v3.import.bulkImport',
    api: 'v3',
    group: 'Imports',
    summary: 'Bulk import contacts',
    description:
      'Queues up to 250 contacts for a background import and returns a batchId at once; poll "Get a bulk import batch status" or pass a callback to learn the outcome. Meant for 10 or more contacts (use "Sync a contact" for fewer). Gotchas: the body has two top-level keys instead of one root key, imports fire no webhooks, and at most 100 imports are accepted per minute.',
    http: 'POST',
    kind: 'destructive',
    path: '/api/3/import/bulk_import',
    params: [],
    body: {
      type: 'object',
      required: ['contacts'],
      properties: {
        contacts: {
          type: 'array',
          description: 'The contacts to import (up to 250).',
          items: {
            type: 'object',
            required: ['email'],
            properties: {
              email: {
                type: 'string',
                format: 'email',
                example: 'jane.doe@example.com',
              },
              first_name: { type: 'string', example: 'Jane' },
              last_name: { type: 'string', example: 'Doe' },
              phone: { type: 'string', example: '+1 312 555 0100' },
              customer_acct_name: {
                type: 'string',
                description: 'Name of the account (company) to link the contact to.',
                example: 'Acme Inc',
              },
              exclude_automations: {
                type: 'boolean',
                description: 'Set true so the import does not start automations for this contact.',
                example: false,
              },
              tags: {
                type: 'array',
                description: 'Tag names to add; tags that do not exist yet are created.',
                items: { type: 'string', example: 'imported' },
                example: ['imported', 'webinar-2026'],
              },
              fields: {
                type: 'array',
                description: 'Custom field values, by custom field id.',
                items: {
                  type: 'object',
                  required: ['id', 'value'],
                  properties: {
                    id: {
                      type: 'integer',
                      minimum: 1,
                      description: 'Custom field id.',
                      example: 1,
                    },
                    value: {
                      type: 'string',
                      description: 'Value; separate several values of a multi-value field with ||.',
                      example: 'Gold',
                    },
                  },
                },
              },
              subscribe: listRefs(
                'Lists to subscribe the contact to. Contacts who unsubscribed from a list are not re-subscribed.',
                1,
              ),
              unsubscribe: listRefs('Lists to unsubscribe the contact from.', 3),
            },
          },
        },
        callback: {
          type: 'object',
          description: 'Optional request ActiveCampaign makes to your server when the import has finished.',
          required: ['url', 'requestType'],
          properties: {
            url: {
              type: 'string',
              format: 'url',
              description: 'Where to send the callback.',
              example: 'https://hooks.example.com/ac-import-done',
            },
            requestType: {
              type: 'string',
              enum: ['GET', 'POST'],
              default: 'POST',
              description: 'HTTP method of the callback.',
              example: 'POST',
            },
            detailed_results: {
              type: 'string',
              enum: ['true', 'false'],
              default: 'true',
              description: 'With POST, "true" adds success and failure counts and per-contact errors.',
              example: 'true',
            },
            params: keyValueList(
              'Extra parameters for the callback (query string for GET, body for POST)',
              'source',
              'crm',
            ),
            headers: keyValueList('Extra headers for the callback', 'X-Import-Token', 'abc123'),
          },
        },
      },
    },
    bodyRequired: true,
    responses: [
      {
        status: 200,
        description: 'The import was queued; keep batchId to check on it.',
        example: {
          Success: 1,
          queued_contacts: 1,
          batchId: '0641fbdd-f62f-4c2c-ba02-3a83d5d11ac9',
          message: 'Contact import queued',
        },
      },
      {
        status: 400,
        anyType: ['failureReasons[]'],
        description:
          'Nothing was queued: the payload failed validation (failureReasons per contact) or the import rate limit was hit.',
        example: {
          success: 0,
          message:
            'JSON payload did not pass validation. Please fix failure Reasons and retry. The import was not queued for processing.',
          failureReasons: [{ contact: 0, failureReason: 'Field email incorrect format' }],
        },
      },
      authError,
    ],
  },
  {
    id: 'v3.import.listBulkImports',
    api: 'v3',
    group: 'Imports',
    summary: 'List bulk import status',
    description:
      'Summarises bulk imports by day: how many batches and contacts are still waiting and how many finished recently.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/import/bulk_import',
    params: [],
    responses: [
      {
        status: 200,
        description: 'Per-day counts of outstanding and recently completed batches (numbers as strings).',
        example: {
          outstanding: [{ forDate: '2026-01-15', batches: '3', contacts: '750' }],
          recentlyCompleted: [
            { forDate: '2026-01-14', batches: '17', contacts: '4250' },
            { forDate: '2026-01-15', batches: '2', contacts: '500' },
          ],
        },
      },
      authError,
    ],
  },
  {
    id: 'v3.import.getInfo',
    api: 'v3',
    group: 'Imports',
    summary: 'Get a bulk import batch status',
    description:
      'Reports on one batch from "Bulk import contacts": its status, the ids of contacts imported and the entries that failed.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/import/info',
    params: [
      {
        name: 'batchId',
        in: 'query',
        required: true,
        schema: {
          type: 'string',
          example: '0641fbdd-f62f-4c2c-ba02-3a83d5d11ac9',
        },
        description: 'The batchId returned when the import was queued.',
      },
    ],
    responses: [
      {
        status: 200,
        description: 'The batch status; success lists contact ids, failure lists the rejected entries.',
        example: {
          status: 'completed',
          success: ['123', '124', '125'],
          failure: ['invalid.email@invalidDomain'],
        },
      },
      {
        status: 400,
        description: 'batchId is missing.',
        example: { success: 0, message: "'batchId' is a required field." },
      },
      authError,
    ],
  },
];
