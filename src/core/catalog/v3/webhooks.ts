import type { ObjectSchema, ResponseDoc, Schema, V3Method } from '../types';
import { WEBHOOK_EVENTS, WEBHOOK_SOURCES } from '../webhook-vocabulary';
import { authError, badRequestUnhandled, deleted, idParam, notFound } from './common';

const webhookExample = {
  cdate: '2026-01-15T09:30:00-06:00',
  listid: '0',
  name: 'CRM sync',
  url: 'https://hooks.example.com/activecampaign',
  events: ['subscribe', 'unsubscribe', 'sent'],
  sources: ['public', 'system'],
  links: [],
  id: '1',
  active: '1',
};

/** Where the sandbox's examples deliver: the explorer's own inbox on loopback (the only place the sandbox posts to). */
const SANDBOX_RECEIVER = 'http://127.0.0.1:5173/webhooks/inbox/crm-sync';

/** `active` is the sandbox's addition: the real API documents no field for a deactivated webhook. */
const SANDBOX_ACTIVE =
  ' `active` is the sandbox’s own field: "0" once a delivery was answered 410 Gone (ActiveCampaign then stops calling the URL, shows the webhook as inactive in the app and offers no field for it; delete and recreate it to turn it back on), "1" otherwise.';

/** How the sandbox refuses a URL other than loopback, in ActiveCampaign's 422 shape. */
const loopbackRefusal: ResponseDoc = {
  status: 422,
  description:
    'A field is invalid: an unknown event or source, an HTTPS URL on a port other than 443 or, in the sandbox, a URL that is not loopback (the sandbox delivers only to 127.0.0.0/8, ::1 or localhost, so nothing it sends leaves your computer).',
  example: {
    errors: [
      {
        title: 'The sandbox delivers webhooks to loopback URLs only',
        detail:
          'The sandbox delivers webhooks only to this computer’s loopback addresses (127.0.0.0/8, ::1 or localhost), so nothing it sends leaves the machine; hooks.example.com is not one of them. Use a local receiver instead, e.g. http://127.0.0.1:5173/webhooks/inbox/<name> (the explorer’s inbox) or your own server on 127.0.0.1.',
        code: 'field_invalid',
        source: { pointer: '/data/attributes/url' },
      },
    ],
  },
};

const webhookProps: Record<string, Schema> = {
  name: { type: 'string', description: 'Label to recognise the webhook by.', example: 'CRM sync' },
  url: {
    type: 'string',
    format: 'url',
    description:
      'Where ActiveCampaign POSTs each event. HTTPS endpoints must listen on port 443. The sandbox accepts only loopback URLs (127.0.0.0/8, ::1, localhost), such as the explorer’s inbox, and answers 422 for any other.',
    example: SANDBOX_RECEIVER,
  },
  events: {
    type: 'array',
    description: 'Events that fire the webhook (see "List webhook event types").',
    items: { type: 'string', enum: WEBHOOK_EVENTS, example: 'subscribe' },
  },
  sources: {
    type: 'array',
    description:
      'Which initiators fire it (the "initiated by" options): public, admin, api, system. Everything the sandbox fires is initiated by `api`.',
    items: { type: 'string', enum: WEBHOOK_SOURCES, example: 'api' },
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
        description: `The matching webhooks; meta.total holds the count as a string.${SANDBOX_ACTIVE}`,
        example: { webhooks: [webhookExample], meta: { total: '1' } },
        optional: ['active'],
      },
      badRequestUnhandled,
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
      {
        status: 200,
        description: `The webhook.${SANDBOX_ACTIVE}`,
        example: { webhook: webhookExample },
        optional: ['active'],
      },
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
      'Registers a URL that ActiveCampaign calls when the chosen events happen. Calls are form-encoded POSTs (not JSON), may arrive more than once and are never retried; answering 410 switches the webhook off. Bulk work such as imports fires no webhooks. The sandbox fires them too, for calls made through its API (source `api`), and only to loopback URLs.',
    http: 'POST',
    kind: 'write',
    path: '/api/3/webhooks',
    params: [],
    body: webhookBody(['name', 'url', 'events', 'sources']),
    bodyRequired: true,
    responses: [
      {
        status: 201,
        description: 'The webhook was created and is active.',
        example: { webhook: { ...webhookExample, url: SANDBOX_RECEIVER, sources: ['api'] } },
        optional: ['active'],
      },
      loopbackRefusal,
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
      {
        status: 200,
        description: 'The webhook after the change (a webhook switched off by a 410 stays off).',
        example: { webhook: webhookExample },
        optional: ['active'],
      },
      badRequestUnhandled,
      loopbackRefusal,
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
