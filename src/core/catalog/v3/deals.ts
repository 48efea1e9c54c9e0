import type { ObjectSchema, ResponseDoc, V3Method } from '../types';
import { authError, badRequest, deleted, idParam } from './common';
import { stageExample } from './deal-stages';

const base = 'https://sandbox.api-us1.com/api/3';

function dealLinks(id: string): Record<string, string> {
  const names = [
    'dealActivities',
    'contact',
    'contactDeals',
    'group',
    'nextTask',
    'notes',
    'account',
    'customerAccount',
    'organization',
    'owner',
    'scoreValues',
    'stage',
    'tasks',
    'dealCustomFieldData',
  ];
  return Object.fromEntries(names.map((n) => [n, `${base}/deals/${id}/${n}`]));
}

/** A deal as reads (get and list) return it; create and update echo `savedDealExample` instead. */
export const dealExample = {
  owner: '1',
  contact: '1',
  organization: '1',
  group: '1',
  stage: '1',
  title: 'Acme renewal 2026',
  description: 'Annual plan renewal for Acme Corp.',
  percent: '0',
  cdate: '2026-01-15T09:30:00-06:00',
  mdate: '2026-01-15T09:30:00-06:00',
  nextdate: null,
  nexttaskid: null,
  value: '45600',
  currency: 'usd',
  winProbability: 44,
  winProbabilityMdate: '2026-01-16T10:00:00-06:00',
  status: '0',
  activitycount: '1',
  nextdealid: '1',
  edate: '0000-00-00 00:00:00',
  links: dealLinks('1'),
  id: '1',
  isDisabled: false,
  account: '1',
  customerAccount: '1',
};

const dealStageExample = stageExample({ color: 'C481DF', group: '1', id: '1', title: 'To contact' });

const contactSideload = {
  cdate: '2026-01-10T08:00:00-06:00',
  email: 'jane.doe@example.com',
  firstName: 'Jane',
  lastName: 'Doe',
  phone: '',
  orgid: '0',
  deleted: '0',
  udate: '2026-01-10T08:00:00-06:00',
  links: { deals: `${base}/contacts/1/deals`, contactDeals: `${base}/contacts/1/contactDeals` },
  id: '1',
};

/** The deal as create and update echo it back: values typed as sent, custom field values under `fields`. */
const savedDealExample = {
  description: 'Annual plan renewal for Acme Corp.',
  currency: 'usd',
  percent: null,
  status: 0,
  title: 'Acme renewal 2026',
  value: 45600,
  organization: '1',
  contact: '1',
  group: '1',
  owner: '1',
  stage: '1',
  cdate: '2026-01-15T09:30:00-06:00',
  mdate: '2026-01-15T09:30:00-06:00',
  nextdate: null,
  hash: 'c3a5497c',
  winProbability: null,
  winProbabilityMdate: null,
  links: dealLinks('1'),
  fields: [{ customFieldId: 3, fieldValue: 5500, fieldCurrency: 'EUR', dealId: '1' }],
  id: '1',
  isDisabled: false,
  account: '1',
  customerAccount: '1',
};

/** What may be missing from or vary in `savedDealExample`: ids echo as sent, number or string. */
const savedDealMarkers: Pick<ResponseDoc, 'optional' | 'anyType'> = {
  optional: ['deal.fields[].fieldCurrency'],
  anyType: ['deal.organization', 'deal.contact', 'deal.fields[].fieldValue', 'deal.account', 'deal.customerAccount'],
};

/** The `deal` body shared by create and update. */
function dealBody(create: boolean): ObjectSchema {
  return {
    type: 'object',
    required: ['deal'],
    properties: {
      deal: {
        type: 'object',
        ...(create ? { required: ['title', 'value', 'currency'] } : {}),
        properties: {
          title: { type: 'string', description: 'Name of the deal.', example: 'Acme renewal 2026' },
          description: {
            type: 'string',
            description: 'Free-text notes about the deal.',
            example: 'Annual plan renewal for Acme Corp.',
          },
          contact: {
            type: 'string',
            description: create ? 'Primary contact id. Send this or `account` (or both).' : 'New primary contact id.',
            example: '1',
          },
          account: {
            type: 'string',
            description: create ? 'Account id. Send this or `contact` (or both).' : 'New account id.',
            example: '1',
          },
          value: {
            type: 'integer',
            minimum: 0,
            description: 'Amount in cents: $456.78 is 45678.',
            example: 45600,
          },
          currency: {
            type: 'string',
            minLength: 3,
            maxLength: 3,
            description: 'Three-letter ISO currency code, lower case.',
            example: 'usd',
          },
          group: {
            type: 'string',
            description: create
              ? 'Pipeline id. Needed when `stage` is left out; otherwise the stage decides the pipeline.'
              : 'Pipeline id; the stage must belong to it.',
            example: '1',
          },
          stage: {
            type: 'string',
            description: create
              ? 'Stage id. Needed when `group` is left out; without it the deal lands in the first stage of `group`.'
              : 'Stage id; it must belong to the deal’s pipeline (or to `group` if you move it).',
            example: '1',
          },
          owner: {
            type: 'string',
            description: create
              ? 'User id of the owner. Required when the pipeline does not auto-assign deals.'
              : 'User id of the new owner.',
            example: '1',
          },
          percent: {
            type: 'integer',
            minimum: 0,
            maximum: 100,
            description: 'Percentage shown on the deal (0–100).',
            example: 50,
          },
          status: {
            type: 'integer',
            enum: [0, 1, 2],
            default: 0,
            description: '0 open, 1 won, 2 lost.',
            example: 0,
          },
          fields: {
            type: 'array',
            description: 'Deal custom field values; field ids come from GET /dealCustomFieldMeta.',
            items: {
              type: 'object',
              required: ['customFieldId', 'fieldValue'],
              properties: {
                customFieldId: { type: 'integer', minimum: 1, description: 'Deal custom field id.', example: 3 },
                fieldValue: {
                  type: 'string',
                  description: 'Value to store. Currency fields take cents; dates take YYYY-MM-DD.',
                  example: '5500',
                },
                fieldCurrency: {
                  type: 'string',
                  description: 'Three-letter currency code; only for currency fields.',
                  example: 'EUR',
                },
              },
            },
          },
        },
      },
    },
  };
}

export const dealsMethods: readonly V3Method[] = [
  {
    id: 'v3.deals.get',
    api: 'v3',
    group: 'Deals',
    summary: 'Get a deal',
    description:
      'Returns one deal by id. Without permission on its pipeline you still get a 200, but only `id`, `title` and `isDisabled: true`.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/deals/{id}',
    params: [idParam("The deal's id.")],
    responses: [
      {
        status: 200,
        optional: [
          'deal.owner',
          'deal.contact',
          'deal.organization',
          'deal.group',
          'deal.stage',
          'deal.description',
          'deal.percent',
          'deal.cdate',
          'deal.mdate',
          'deal.nextdate',
          'deal.nexttaskid',
          'deal.value',
          'deal.currency',
          'deal.winProbability',
          'deal.winProbabilityMdate',
          'deal.status',
          'deal.activitycount',
          'deal.nextdealid',
          'deal.edate',
          'deal.links',
          'deal.account',
          'deal.customerAccount',
        ],
        description: 'The deal.',
        example: { deal: dealExample },
      },
      authError,
    ],
  },
  {
    id: 'v3.deals.create',
    api: 'v3',
    group: 'Deals',
    summary: 'Create a deal',
    description:
      'Opens a new deal. Besides title, value (in cents) and currency, give a contact or an account, and a pipeline (`group`) or a stage. The owner is required unless the pipeline auto-assigns deals.',
    http: 'POST',
    kind: 'write',
    path: '/api/3/deals',
    params: [],
    body: dealBody(true),
    bodyRequired: true,
    responses: [
      {
        status: 201,
        ...savedDealMarkers,
        description: 'The deal was created; its id is in deal.id, with its contact and stage sideloaded.',
        example: { contacts: [contactSideload], deal: savedDealExample, dealStages: [dealStageExample] },
      },
      badRequest,
      authError,
    ],
  },
  {
    id: 'v3.deals.update',
    api: 'v3',
    group: 'Deals',
    summary: 'Update a deal',
    description:
      'Changes the fields you send and leaves the rest alone. Moving to another stage is done by sending `stage` (and `group` when it is in another pipeline); set `status` to 1 or 2 to mark it won or lost.',
    http: 'PUT',
    kind: 'write',
    path: '/api/3/deals/{id}',
    params: [idParam("The deal's id.")],
    body: dealBody(false),
    bodyRequired: true,
    responses: [
      {
        status: 200,
        ...savedDealMarkers,
        description: 'The updated deal, with its contact and stage sideloaded.',
        example: { contacts: [contactSideload], deal: savedDealExample, dealStages: [dealStageExample] },
      },
      badRequest,
      authError,
    ],
  },
  {
    id: 'v3.deals.delete',
    api: 'v3',
    group: 'Deals',
    summary: 'Delete a deal',
    description: 'Deletes a deal for good; there is no undo.',
    http: 'DELETE',
    kind: 'destructive',
    path: '/api/3/deals/{id}',
    params: [idParam("The deal's id.")],
    responses: [deleted, badRequest, authError],
  },
  {
    id: 'v3.deals.bulkUpdateOwners',
    api: 'v3',
    group: 'Deals',
    summary: 'Reassign deal owners in bulk',
    description:
      'Gives several deals a new owner in one call. The answer sorts deal ids into `success`, `nochange` (already owned by that user) and `failed`. Every item needs an `ownerId`, or the whole request is refused with 422.',
    http: 'PATCH',
    kind: 'write',
    path: '/api/3/deals/bulkUpdate',
    params: [],
    body: {
      type: 'object',
      required: ['deals'],
      properties: {
        deals: {
          type: 'array',
          description: 'One entry per deal to reassign.',
          items: {
            type: 'object',
            required: ['id', 'ownerId'],
            properties: {
              id: { type: 'string', description: 'Deal id.', example: '1' },
              ownerId: { type: 'string', description: 'User id of the new owner.', example: '2' },
            },
          },
        },
      },
    },
    bodyRequired: true,
    responses: [
      {
        status: 200,
        description: 'Which deals changed owner, which already had that owner and which failed.',
        example: { success: ['1', '2'], nochange: ['3'], failed: [] },
      },
      {
        status: 422,
        description: 'An item lacks `ownerId` or names a user that does not exist.',
        example: { errors: [{ status: 422, title: "ownerId is required for a deal '1'." }] },
      },
      authError,
    ],
  },
];
