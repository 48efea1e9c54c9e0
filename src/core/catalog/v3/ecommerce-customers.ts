import type { ObjectSchema, Schema, V3Method } from '../types';
import { authError, badRequestUnprocessed, deleted, idParam, paginationParams } from './common';

const customerExample = {
  connectionid: '1',
  externalid: '56789',
  email: 'alice@example.com',
  totalRevenue: '3280',
  totalOrders: '2',
  totalProducts: '2',
  avgRevenuePerOrder: '1640',
  avgProductCategory: 'Electronics',
  tstamp: '2026-01-15T09:30:00-06:00',
  acceptsMarketing: '1',
  links: {
    connection: '/api/3/ecomCustomers/1/connection',
    orders: '/api/3/ecomCustomers/1/orders',
  },
  id: '1',
  connection: '1',
};

const props: Record<string, Schema> = {
  connectionid: {
    type: 'string',
    description: 'Id of the connection (store) the customer comes from.',
    example: '1',
  },
  externalid: { type: 'string', description: "The customer's id in the external store.", example: '56789' },
  email: {
    type: 'string',
    format: 'email',
    description: "The customer's email address.",
    example: 'alice@example.com',
  },
  acceptsMarketing: {
    type: 'string',
    enum: ['0', '1'],
    description: 'Marketing opt-in: 1 = opted in, 0 = not. Drives the "has opted in to marketing" segment condition.',
    example: '1',
  },
};

const createBody: ObjectSchema = {
  type: 'object',
  required: ['ecomCustomer'],
  properties: {
    ecomCustomer: { type: 'object', required: ['connectionid', 'externalid', 'email'], properties: props },
  },
};

const updateBody: ObjectSchema = {
  type: 'object',
  required: ['ecomCustomer'],
  properties: { ecomCustomer: { type: 'object', properties: props } },
};

export const ecommerceCustomersMethods: readonly V3Method[] = [
  {
    id: 'v3.ecomCustomers.list',
    api: 'v3',
    group: 'E-commerce',
    summary: 'List e-commerce customers',
    description:
      'Lists store customers with their revenue and order totals. One email can appear once per connection, plus an aggregate row with connectionid 0.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/ecomCustomers',
    params: [
      ...paginationParams,
      {
        name: 'filters[email]',
        in: 'query',
        schema: { type: 'string', format: 'email', example: 'alice@example.com' },
        description: 'Only customers with this email address.',
      },
      {
        name: 'filters[externalid]',
        in: 'query',
        schema: { type: 'string', example: '56789' },
        description: 'Only the customer with this id in the external store.',
      },
      {
        name: 'filters[connectionid]',
        in: 'query',
        schema: { type: 'string', example: '1' },
        description: 'Only customers of this connection.',
      },
    ],
    responses: [
      {
        status: 200,
        optional: ['ecomCustomers[].acceptsMarketing'],
        nullable: ['ecomCustomers[].connection'],
        description: 'A page of customers, with the total count as a string in meta.total.',
        example: { ecomCustomers: [customerExample], meta: { total: '1' } },
      },
      authError,
    ],
  },
  {
    id: 'v3.ecomCustomers.get',
    api: 'v3',
    group: 'E-commerce',
    summary: 'Get an e-commerce customer',
    description: 'Returns one store customer with revenue totals (amounts in cents).',
    http: 'GET',
    kind: 'read',
    path: '/api/3/ecomCustomers/{id}',
    params: [idParam("The customer's id.")],
    responses: [
      { status: 200, description: 'The customer.', example: { ecomCustomer: customerExample } },
      badRequestUnprocessed,
      authError,
    ],
  },
  {
    id: 'v3.ecomCustomers.create',
    api: 'v3',
    group: 'E-commerce',
    summary: 'Create an e-commerce customer',
    description:
      'Registers a store customer under a connection. Create the customer before sending their orders; look it up first with `filters[email]` and `filters[connectionid]` to avoid duplicates.',
    http: 'POST',
    kind: 'write',
    path: '/api/3/ecomCustomers',
    params: [],
    body: createBody,
    bodyRequired: true,
    responses: [
      {
        status: 201,
        description: 'The customer was created.',
        example: {
          ecomCustomer: {
            connectionid: '1',
            externalid: '56789',
            email: 'alice@example.com',
            links: customerExample.links,
            id: '1',
            connection: '1',
          },
        },
      },
      badRequestUnprocessed,
      authError,
    ],
  },
  {
    id: 'v3.ecomCustomers.update',
    api: 'v3',
    group: 'E-commerce',
    summary: 'Update an e-commerce customer',
    description: 'Changes a store customer, e.g. their external id or marketing opt-in.',
    http: 'PUT',
    kind: 'write',
    path: '/api/3/ecomCustomers/{id}',
    params: [idParam("The customer's id.")],
    body: updateBody,
    bodyRequired: true,
    responses: [
      {
        status: 200,
        optional: ['ecomCustomer.acceptsMarketing'],
        description: 'The updated customer.',
        example: { ecomCustomer: customerExample },
      },
      authError,
    ],
  },
  {
    id: 'v3.ecomCustomers.delete',
    api: 'v3',
    group: 'E-commerce',
    summary: 'Delete an e-commerce customer',
    description: 'Removes a store customer record by id. Its orders reference it through customerid.',
    http: 'DELETE',
    kind: 'destructive',
    path: '/api/3/ecomCustomers/{id}',
    params: [idParam("The customer's id.")],
    responses: [deleted, badRequestUnprocessed, authError],
  },
];
