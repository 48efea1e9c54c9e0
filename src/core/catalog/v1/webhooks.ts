import type { ParamDef, V1Method } from '../types';
import { WEBHOOK_EVENTS, WEBHOOK_SOURCES } from '../webhook-vocabulary';
import { form, idParam, idsParam, rows, v1Failure, v1Ok } from './common';

function webhookFields(required: boolean): readonly ParamDef[] {
  return [
    form('name', { type: 'string', example: 'CRM sync' }, 'A label for the webhook.', required),
    form(
      'url',
      { type: 'string', format: 'url', example: 'http://127.0.0.1:5173/webhooks/inbox/crm-sync' },
      'Where ActiveCampaign POSTs (form-encoded). HTTPS URLs must use port 443. The sandbox accepts only loopback URLs (127.0.0.0/8, ::1, localhost) and answers result_code 0 for any other.',
      required,
    ),
    form(
      'lists',
      {
        type: 'map',
        keyLabel: 'List id (0 = all lists)',
        value: { type: 'string', description: 'Repeat the list id.', example: '0' },
        example: { '0': '0' },
      },
      'Lists whose events fire the webhook; 0 means every list.',
    ),
    form(
      'action',
      {
        type: 'map',
        keyLabel: 'Event name',
        keyEnum: WEBHOOK_EVENTS,
        value: { type: 'string', enum: WEBHOOK_EVENTS, description: 'Repeat the event name.', example: 'subscribe' },
        example: { subscribe: 'subscribe' },
      },
      'Events that fire the webhook; key and value both the event name (see webhook_events).',
      required,
    ),
    form(
      'init',
      {
        type: 'map',
        keyLabel: 'Source',
        keyEnum: WEBHOOK_SOURCES,
        value: { type: 'string', enum: WEBHOOK_SOURCES, description: 'Repeat the source name.', example: 'api' },
        example: { api: 'api', public: 'public' },
      },
      'Who may trigger it: public (forms, links), admin (app users), api, system (automations and the like).',
      required,
    ),
  ];
}

const webhookRecord = {
  id: '1',
  name: 'CRM sync',
  url: 'https://hooks.example.com/activecampaign',
  lists: ['0'],
  events: ['subscribe'],
  sources: ['public', 'admin'],
  active: '1',
};

/** `active` is the sandbox's addition: the real API documents no field for a deactivated webhook. */
const SANDBOX_ACTIVE =
  ' active is the sandbox’s own field: "0" once a delivery was answered 410 Gone (ActiveCampaign stops calling such a webhook but shows no field for it), "1" otherwise.';

export const v1WebhooksMethods: readonly V1Method[] = [
  {
    id: 'v1.webhook_add',
    api: 'v1',
    group: 'Webhooks',
    summary: 'Add a webhook (v1)',
    description:
      'Registers a URL to be POSTed to when events happen. Delivery is at least once and never retried; answering 410 switches the webhook off.',
    http: 'POST',
    kind: 'write',
    action: 'webhook_add',
    params: webhookFields(true),
    responses: [
      v1Ok('result_code 1; id is the new webhook id (result_message wording varies).', { id: 1 }),
      v1Failure(
        'result_code 0: the webhook was not created (check url, action and init). The sandbox also refuses a URL that is not loopback (127.0.0.0/8, ::1, localhost), saying so in result_message.',
      ),
    ],
  },
  {
    id: 'v1.webhook_edit',
    api: 'v1',
    group: 'Webhooks',
    summary: 'Edit a webhook (v1)',
    description: "Changes a webhook's URL, lists, events or sources.",
    http: 'POST',
    kind: 'write',
    action: 'webhook_edit',
    params: [idParam('form', 'The webhook id to update.'), ...webhookFields(false)],
    responses: [
      v1Ok('result_code 1: the webhook was updated.'),
      v1Failure('result_code 0: no webhook has this id, or (in the sandbox) the new URL is not loopback.'),
    ],
  },
  {
    id: 'v1.webhook_view',
    api: 'v1',
    group: 'Webhooks',
    summary: 'View a webhook (v1)',
    description: 'Returns one webhook with its URL, lists, events and sources.',
    http: 'GET',
    kind: 'read',
    action: 'webhook_view',
    params: [idParam('query', 'The webhook id.')],
    responses: [
      { ...v1Ok(`result_code 1 with the webhook fields.${SANDBOX_ACTIVE}`, webhookRecord), optional: ['active'] },
      v1Failure('result_code 0: no webhook has this id.'),
    ],
  },
  {
    id: 'v1.webhook_list',
    api: 'v1',
    group: 'Webhooks',
    summary: 'List webhooks (v1)',
    description: 'Lists every webhook registered in the account.',
    http: 'GET',
    kind: 'read',
    action: 'webhook_list',
    params: [],
    responses: [
      {
        ...v1Ok(`result_code 1; webhooks keyed "0", "1", ….${SANDBOX_ACTIVE}`, rows(webhookRecord)),
        optional: ['active'],
      },
      v1Failure('result_code 0: no webhooks.'),
    ],
  },
  {
    id: 'v1.webhook_delete',
    api: 'v1',
    group: 'Webhooks',
    summary: 'Delete a webhook (v1)',
    description: 'Removes one webhook; its URL stops receiving events at once.',
    http: 'GET',
    kind: 'destructive',
    action: 'webhook_delete',
    params: [idParam('query', 'The webhook id to delete.')],
    responses: [v1Ok('result_code 1: the webhook is gone.'), v1Failure('result_code 0: no webhook has this id.')],
  },
  {
    id: 'v1.webhook_delete_list',
    api: 'v1',
    group: 'Webhooks',
    summary: 'Delete several webhooks (v1)',
    description: 'Removes every webhook in a comma-separated id list.',
    http: 'GET',
    kind: 'destructive',
    action: 'webhook_delete_list',
    params: [idsParam('query', 'Comma-separated webhook ids.')],
    responses: [v1Ok('result_code 1: the webhooks are gone.'), v1Failure('result_code 0: nothing was deleted.')],
  },
  {
    id: 'v1.webhook_events',
    api: 'v1',
    group: 'Webhooks',
    summary: 'List webhook event types (v1)',
    description: 'Lists the event names and source names a webhook can subscribe to, for action[...] and init[...].',
    http: 'GET',
    kind: 'read',
    action: 'webhook_events',
    params: [],
    responses: [
      v1Ok('result_code 1 with the event and source names.', {
        events: { subscribe: 'Subscribes', unsubscribe: 'Unsubscribes', update: 'Contact updates' },
        contexts: {
          public: 'Run by a contact',
          admin: 'Run by an admin user',
          api: 'Run by the API',
          system: 'Run by the system',
        },
      }),
      v1Failure(),
    ],
  },
];
