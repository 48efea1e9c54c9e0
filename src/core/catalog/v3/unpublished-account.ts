/**
 * Writes and listings of account settings that ActiveCampaign serves but
 * does not list in its published reference: updating a list, the plural
 * form of the field-option bulk call that clients use, user settings,
 * pipeline users and e-commerce order activity.
 */
import type { ObjectSchema, V3Method } from '../types';
import { auditAttributes, authError, idParam, notFound } from './common';
import { configExample } from './configs';
import { orderExample } from './ecommerce-orders';
import { fieldGroupsMethods } from './field-groups';
import { listExample, listsMethods } from './lists';
import { accountListing } from './unpublished-contacts';

const API = 'https://sandbox.api-us1.com/api/3';

function method(id: string): V3Method {
  const found = [...listsMethods, ...fieldGroupsMethods].find((m) => m.id === id);
  if (!found) throw new Error(`catalog: ${id} is missing`);
  return found;
}

/** The create body with nothing required: an update sends only what changes. */
function optional(body: V3Method['body']): ObjectSchema {
  if (body?.type !== 'object') throw new Error('catalog: the list body is an object');
  const inner = body.properties.list;
  if (inner?.type !== 'object') throw new Error('catalog: the list body has a list object');
  return { type: 'object', required: ['list'], properties: { list: { ...inner, required: [] } } };
}

const createList = method('v3.lists.create');
const bulkOptions = method('v3.fieldOption.bulkCreate');

export const unpublishedAccountMethods: readonly V3Method[] = [
  {
    id: 'v3.lists.update',
    api: 'v3',
    group: 'Lists',
    summary: 'Update a list',
    description:
      "Changes a list's name, stringid, sender details or notification addresses. Send only the attributes to change; the others keep their values.",
    http: 'PUT',
    kind: 'write',
    path: '/api/3/lists/{id}',
    params: [idParam("The list's id.")],
    body: optional(createList.body),
    bodyRequired: true,
    unpublished: true,
    responses: [
      {
        status: 200,
        description: 'The list as stored.',
        optional: auditAttributes,
        nullable: ['list.sender_url', 'list.sender_reminder', 'list.fulladdress', 'list.user', 'list.udate'],
        example: { list: listExample },
      },
      notFound('_List'),
      authError,
    ],
  },
  {
    ...bulkOptions,
    id: 'v3.fieldOptions.bulkCreate',
    summary: 'Create custom field options in bulk (plural path)',
    description:
      'The same call as "Create custom field options in bulk" at the plural path `/fieldOptions/bulk`, which most clients use: each option names its field, so one request can fill several fields.',
    path: '/api/3/fieldOptions/bulk',
    unpublished: true,
  },
  accountListing(
    'v3.configs.list',
    'Settings',
    'List user settings',
    "Pages through the stored preferences of the account's users (page sizes, layouts, defaults), each with the user it belongs to in `owner`.",
    'configs',
    [configExample],
    { optional: auditAttributes },
  ),
  accountListing(
    'v3.dealGroupUsers.list',
    'Pipelines',
    'List pipeline users',
    'Pages through which users may work which pipelines (a pipeline lists these ids in its dealGroupUsers).',
    'dealGroupUsers',
    [
      {
        dealGroup: '1',
        user: '2',
        cdate: '2026-01-05T09:00:00-06:00',
        links: { dealGroup: `${API}/dealGroupUsers/2/dealGroup`, user: `${API}/dealGroupUsers/2/user` },
        id: '2',
      },
    ],
  ),
  accountListing(
    'v3.ecomOrderActivities.list',
    'E-commerce',
    'List e-commerce order activity',
    'Pages through the changes recorded on e-commerce orders (created, updated, abandoned), each a snapshot of the order at that moment; ETL clients replicate it by updatedDate.',
    'ecomOrderActivities',
    [
      {
        ...Object.fromEntries(
          Object.entries(orderExample).filter(([k]) => !['orderDate', 'tstamp', 'customer'].includes(k)),
        ),
        orderid: '1',
        email: 'jane.doe@example.org',
        storeName: 'Toystore, Inc.',
        logoUrl: 'https://example.com/i/foo.png',
        links: { connection: `${API}/ecomOrderActivities/1/connection`, order: `${API}/ecomOrderActivities/1/order` },
        order: '1',
      },
    ],
  ),
];
