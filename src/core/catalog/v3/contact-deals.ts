import type { V3Method } from '../types';
import { authError, badRequest, deleted, idParam, notFound, paginationParams, rootBody } from './common';

/* Secondary contacts of deals (`contactDeals`): extra people on a deal besides its primary contact. */

const base = 'https://sandbox.api-us1.com/api/3';

function contactDealExample(id: string, extra: Record<string, unknown> = {}) {
  return {
    deal: '2',
    contact: '1',
    ...extra,
    cdate: '2026-01-15T09:30:00-06:00',
    links: { deal: `${base}/contactDeals/${id}/deal`, contact: `${base}/contactDeals/${id}/contact` },
    id,
  };
}

const dealSideload = {
  hash: 'c7b5a271',
  owner: '1',
  contact: '2',
  organization: null,
  group: '1',
  stage: '1',
  title: 'Acme renewal 2026',
  description: '',
  percent: '0',
  cdate: '2026-01-15T09:00:00-06:00',
  mdate: '2026-01-15T09:00:00-06:00',
  nexttaskid: null,
  value: '10000',
  currency: 'usd',
  winProbability: null,
  winProbabilityMdate: '2026-01-15T09:00:00-06:00',
  status: '0',
  activitycount: '1',
  nextdealid: '2',
  edate: null,
  links: {
    dealActivities: `${base}/deals/2/dealActivities`,
    contact: `${base}/deals/2/contact`,
    contactDeals: `${base}/deals/2/contactDeals`,
    stage: `${base}/deals/2/stage`,
    tasks: `${base}/deals/2/tasks`,
  },
  id: '2',
  isDisabled: false,
};

const notFoundContactDeal = notFound('SubscriberDeal');

export const contactDealsMethods: readonly V3Method[] = [
  {
    id: 'v3.contactDeals.list',
    api: 'v3',
    group: 'Deals',
    summary: 'List secondary contacts of deals',
    description:
      'Lists every link between a deal and a secondary contact, across all deals. For one contact use GET /contacts/{id}/contactDeals; the primary contact is on the deal itself, not here.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/contactDeals',
    params: [...paginationParams],
    responses: [
      {
        status: 200,
        description: 'A page of deal–contact links.',
        example: { contactDeals: [contactDealExample('1')], meta: { total: '1' } },
      },
      badRequest,
      authError,
    ],
  },
  {
    id: 'v3.contactDeals.get',
    api: 'v3',
    group: 'Deals',
    summary: 'Get a secondary contact of a deal',
    description: 'Returns one deal–secondary contact link by its own id (not the contact id or the deal id).',
    http: 'GET',
    kind: 'read',
    path: '/api/3/contactDeals/{id}',
    params: [idParam('Id of the deal–contact link.')],
    responses: [
      { status: 200, description: 'The link.', example: { contactDeal: contactDealExample('1') } },
      notFoundContactDeal,
      authError,
    ],
  },
  {
    id: 'v3.contactDeals.create',
    api: 'v3',
    group: 'Deals',
    summary: 'Add a secondary contact to a deal',
    description:
      'Links one more contact to a deal, e.g. a decision maker next to the main buyer. A contact can be on a given deal only once; a second attempt is refused with 422.',
    http: 'POST',
    kind: 'write',
    path: '/api/3/contactDeals',
    params: [],
    body: rootBody('contactDeal', {
      type: 'object',
      required: ['deal', 'contact'],
      properties: {
        deal: { type: 'string', description: 'Deal id.', example: '2' },
        contact: { type: 'string', description: 'Id of the contact to add.', example: '3' },
      },
    }),
    bodyRequired: true,
    responses: [
      {
        status: 200,
        anyType: ['contactDeal.deal', 'contactDeal.contact'],
        description: 'The link was created; the deal is sideloaded.',
        example: { deals: [dealSideload], contactDeal: contactDealExample('3', { contact: '3' }) },
      },
      {
        status: 422,
        description: 'The contact or deal is missing, or the contact is already on the deal.',
        example: {
          errors: [
            {
              title: 'The given contact is already associated to the deal',
              detail: '',
              code: 'field_invalid',
              source: { pointer: '/data/attributes/contact' },
            },
          ],
        },
      },
      authError,
    ],
  },
  {
    id: 'v3.contactDeals.update',
    api: 'v3',
    group: 'Deals',
    summary: 'Update a secondary contact of a deal',
    description:
      'Changes which contact or deal a link points at, or gives the contact a role on the deal (role ids come from GET /dealRoles).',
    http: 'PUT',
    kind: 'write',
    path: '/api/3/contactDeals/{id}',
    params: [idParam('Id of the deal–contact link.')],
    body: rootBody('contactDeal', {
      type: 'object',
      properties: {
        deal: { type: 'string', description: 'Deal id.', example: '2' },
        contact: { type: 'string', description: 'Contact id.', example: '4' },
        role: { type: 'integer', minimum: 1, description: 'Deal role id for this contact.', example: 1 },
      },
    }),
    bodyRequired: true,
    responses: [
      {
        status: 200,
        anyType: ['contactDeal.contact', 'contactDeal.role'],
        description: 'The updated link, with the deal sideloaded.',
        example: { deals: [dealSideload], contactDeal: contactDealExample('1', { contact: '4', role: '1' }) },
      },
      notFoundContactDeal,
      {
        status: 422,
        description: 'The contact does not exist or is already on the deal.',
        example: {
          errors: [
            {
              title: 'The related contact does not exist.',
              detail: '',
              code: 'related_missing',
              source: { pointer: '/data/attributes/contact' },
            },
          ],
        },
      },
      authError,
    ],
  },
  {
    id: 'v3.contactDeals.delete',
    api: 'v3',
    group: 'Deals',
    summary: 'Remove a secondary contact from a deal',
    description: 'Unlinks a secondary contact from a deal. The contact and the deal themselves stay.',
    http: 'DELETE',
    kind: 'destructive',
    path: '/api/3/contactDeals/{id}',
    params: [idParam('Id of the deal–contact link.')],
    responses: [deleted, notFoundContactDeal, authError],
  },
];
