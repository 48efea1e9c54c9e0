import type { Recipe } from '../types';

export const createWebhook: Recipe = {
  id: 'create-webhook',
  title: 'Create a webhook',
  summary: 'Subscribe a URL to contact and deal events.',
  description:
    'A webhook makes ActiveCampaign POST a form-encoded message to your URL when something happens. This one ' +
    'points at the explorer’s own inbox, so the sandbox’s deliveries show up there. A real account cannot reach ' +
    'your computer’s loopback address: for one, use a public URL. Leaves a webhook.',
  inputs: [
    { name: 'url', label: 'Inbox URL', kind: 'inbox-url', inbox: 'recipes' },
    { name: 'name', label: 'Webhook name', kind: 'unique-name', prefix: 'Recipe webhook' },
  ],
  steps: [
    {
      id: 'list-events',
      methodId: 'v3.webhook.listEvents',
      does: 'Lists the event types a webhook can subscribe to.',
      values: { params: {} },
      check: { status: 200, fields: ['webhookEvents'] },
    },
    {
      id: 'create-webhook',
      methodId: 'v3.webhooks.create',
      does: 'Creates the webhook for contact and deal events, from every source (the API included).',
      values: {
        params: {},
        body: {
          webhook: {
            name: { $input: 'name' },
            url: { $input: 'url' },
            events: ['subscribe', 'update', 'contact_tag_added', 'deal_add', 'deal_update'],
            sources: ['public', 'admin', 'api', 'system'],
          },
        },
      },
      check: { status: 201, fields: ['webhook.id'], equals: { 'webhook.url': { $input: 'url' } } },
      creates: { label: 'Webhook', path: 'webhook.id' },
    },
    {
      id: 'read-back',
      methodId: 'v3.webhooks.get',
      does: 'Reads the webhook back, as the account now keeps it.',
      values: { params: { id: { $ref: 'create-webhook', path: 'webhook.id' } } },
      check: { status: 200, equals: { 'webhook.name': { $input: 'name' } } },
    },
  ],
  next: [
    { label: 'Read the Webhooks guide', guideId: 'webhooks' },
    { label: 'List the account’s webhooks', methodId: 'v3.webhooks.list' },
  ],
};
