import type { ObjectSchema, ResponseDoc, Schema, V3Method } from '../types';
import { WEBHOOK_EVENTS, WEBHOOK_SOURCES } from '../webhook-vocabulary';
import { authError, deleted, idParam, notFound } from './common';

const webhookExample = {
  cdate: '2026-01-15T09:30:00-06:00',
  listid: '0',
  name: 'CRM sync',
  url: 'https://hooks.example.com/activecampaign',
  events: ['subscribe', 'unsubscribe', 'sent'],
  sources: ['public', 'system'],
  links: [],
  id: '1',
};

const webhookProps: Record<string, Schema> = {
  name: { type: 'string', description: 'Label to recognise the webhook by.', example: 'CRM sync' },
  url: {
    type: 'string',
    format: 'url',
    description: 'Where ActiveCampaign POSTs each event. HTTPS endpoints must listen on port 443.',
    example: 'https://hooks.example.com/activecampaign',
  },
  events: {
    type: 'array',
    description: 'Events that fire the webhook (see "List webhook event types").',
    items: { type: 'string', enum: WEBHOOK_EVENTS, example: 'subscribe' },
  },
  sources: {
    type: 'array',
    description: 'Which initiators fire it (the "initiated by" options): public, admin, api, system.',
    items: { type: 'string', enum: WEBHOOK_SOURCES, example: 'public' },
  },
  listid: {
    type: 'integer',
    minimum: 0,
    description: 'Only fire for events on this list. Ignored for events that have no list (tags, deals, notes, SMS…).',
    example: 1,
  },
};

const webhookBody = (required: readonly string[]): ObjectSchema => ({
  type: 'object',
  required: ['webhook'],
  properties: { webhook: { type: 'object', required, properties: webhookProps } },
});

const badRequest: ResponseDoc = {
  status: 400,
  description: 'The request could not be handled; the body is an empty object.',
  example: {},
};

export const webhooksMethods: readonly V3Method[] = [
  {
    id: 'v3.webhooks.list',
    api: 'v3',
    group: 'Webhooks',
    summary: 'List webhooks',
    description: 'Returns the webhooks set up in the account, optionally narrowed by name, URL or list.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/webhooks',
    params: [
      {
        name: 'filters[name]',
        in: 'query',
        schema: { type: 'string', example: 'CRM sync' },
        description: 'Only webhooks with this name.',
      },
      {
        name: 'filters[url]',
        in: 'query',
        schema: { type: 'string', example: 'https://hooks.example.com/activecampaign' },
        description: 'Only webhooks posting to this URL.',
      },
      {
        name: 'filters[listid]',
        in: 'query',
        schema: { type: 'string', example: '1' },
        description: 'Only webhooks tied to this list id.',
      },
    ],
    responses: [
      {
        status: 200,
        description: 'The matching webhooks; meta.total holds the count as a string.',
        example: { webhooks: [webhookExample], meta: { total: '1' } },
      },
      badRequest,
      authError,
    ],
  },
  {
    id: 'v3.webhooks.get',
    api: 'v3',
    group: 'Webhooks',
    summary: 'Get a webhook',
    description: 'Returns one webhook with its URL, events and sources.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/webhooks/{id}',
    params: [idParam("The webhook's id.")],
    responses: [
      { status: 200, description: 'The webhook.', example: { webhook: webhookExample } },
      notFound('Webhook'),
      authError,
    ],
  },
  {
    id: 'v3.webhooks.create',
    api: 'v3',
    group: 'Webhooks',
    summary: 'Create a webhook',
    description:
      'Registers a URL that ActiveCampaign calls when the chosen events happen. Calls are form-encoded POSTs (not JSON), may arrive more than once and are never retried; answering 410 switches the webhook off. Bulk work such as imports fires no webhooks.',
    http: 'POST',
    kind: 'write',
    path: '/api/3/webhooks',
    params: [],
    body: webhookBody(['name', 'url', 'events', 'sources']),
    bodyRequired: true,
    responses: [
      { status: 201, description: 'The webhook was created and is active.', example: { webhook: webhookExample } },
      authError,
    ],
  },
  {
    id: 'v3.webhooks.update',
    api: 'v3',
    group: 'Webhooks',
    summary: 'Update a webhook',
    description: "Changes a webhook's name, URL, events, sources or list. Send only what should change.",
    http: 'PUT',
    kind: 'write',
    path: '/api/3/webhooks/{id}',
    params: [idParam("The webhook's id.")],
    body: webhookBody([]),
    bodyRequired: true,
    responses: [
      { status: 200, description: 'The webhook after the change.', example: { webhook: webhookExample } },
      badRequest,
      authError,
    ],
  },
  {
    id: 'v3.webhooks.delete',
    api: 'v3',
    group: 'Webhooks',
    summary: 'Delete a webhook',
    description: 'Removes a webhook so its URL is no longer called.',
    http: 'DELETE',
    kind: 'destructive',
    path: '/api/3/webhooks/{id}',
    params: [idParam("The webhook's id.")],
    responses: [deleted, authError],
  },
  {
    id: 'v3.webhook.listEvents',
    api: 'v3',
    group: 'Webhooks',
    summary: 'List webhook event types',
    description:
      'Returns the event names a webhook can subscribe to. Note the singular /webhook path, and that meta.total is a number here.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/webhook/events',
    params: [],
    responses: [
      {
        status: 200,
        description: 'Every event name, as plain strings.',
        example: { webhookEvents: [...WEBHOOK_EVENTS], meta: { total: 25 } },
      },
      authError,
    ],
  },
];
