import type { ObjectSchema, Schema, V3Method } from '../types';
import { authError, badRequestUnprocessed, deleted, idParam, paginationParams } from './common';

const connectionExample = {
  service: 'fooCommerce',
  externalid: 'toystore123',
  name: 'Toystore, Inc.',
  isInternal: '0',
  status: '1',
  syncStatus: '0',
  lastSync: null,
  logoUrl: 'https://example.com/i/foo.png',
  linkUrl: 'https://example.com/foo/',
  listId: '1',
  cdate: '2026-01-15T09:30:00-06:00',
  udate: '2026-01-15T09:30:00-06:00',
  links: { customers: '/api/3/connections/1/customers' },
  id: '1',
};

const props: Record<string, Schema> = {
  service: {
    type: 'string',
    description: 'Name of the external service (your integration or store platform).',
    example: 'fooCommerce',
  },
  externalid: {
    type: 'string',
    description: 'Id of the store/account in that service; unique per service.',
    example: 'toystore123',
  },
  name: { type: 'string', description: 'Name of the store or company in that service.', example: 'Toystore, Inc.' },
  logoUrl: {
    type: 'string',
    format: 'url',
    description: 'Logo shown for the integration.',
    example: 'https://example.com/i/foo.png',
  },
  linkUrl: {
    type: 'string',
    format: 'url',
    description: "Page on the integrator's site where the connection is managed.",
    example: 'https://example.com/foo/',
  },
};

const createBody: ObjectSchema = {
  type: 'object',
  required: ['connection'],
  properties: {
    connection: {
      type: 'object',
      required: ['service', 'externalid', 'name', 'logoUrl', 'linkUrl'],
      properties: {
        ...props,
        listId: {
          type: 'string',
          description: 'List that new contacts from this connection are added to.',
          example: '1',
        },
      },
    },
  },
};

const updateBody: ObjectSchema = {
  type: 'object',
  required: ['connection'],
  properties: {
    connection: {
      type: 'object',
      properties: {
        ...props,
        status: { type: 'integer', enum: [0, 1], description: '0 = error, 1 = connected.', example: 1 },
        syncStatus: {
          type: 'integer',
          enum: [0, 1],
          description: '0 = no sync running, 1 = sync running.',
          example: 0,
        },
      },
    },
  },
};

export const ecommerceConnectionsMethods: readonly V3Method[] = [
  {
    id: 'v3.connections.list',
    api: 'v3',
    group: 'E-commerce',
    summary: 'List e-commerce connections',
    description:
      'Lists the links between this account and external stores or services (Deep Data integrations). Every e-commerce customer and order hangs off a connection.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/connections',
    params: [
      ...paginationParams,
      {
        name: 'filters[service]',
        in: 'query',
        schema: { type: 'string', example: 'shopify' },
        description: 'Only connections of this service.',
      },
      {
        name: 'filters[externalid]',
        in: 'query',
        schema: { type: 'string', example: 'foo.myshopify.com' },
        description: 'Only the connection with this external id.',
      },
    ],
    responses: [
      {
        status: 200,
        optional: ['connections[].listId'],
        description: 'A page of connections, with the total count as a string in meta.total.',
        example: { connections: [connectionExample], meta: { total: '1' } },
      },
      badRequestUnprocessed,
      authError,
    ],
  },
  {
    id: 'v3.connections.get',
    api: 'v3',
    group: 'E-commerce',
    summary: 'Get an e-commerce connection',
    description: 'Returns one connection with its sync status.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/connections/{id}',
    params: [idParam("The connection's id.")],
    responses: [
      {
        status: 200,
        optional: ['connection.status', 'connection.syncStatus', 'connection.lastSync', 'connection.listId'],
        anyType: ['connection.isInternal'],
        description: 'The connection.',
        example: { connection: connectionExample },
      },
      badRequestUnprocessed,
      authError,
    ],
  },
  {
    id: 'v3.connections.create',
    api: 'v3',
    group: 'E-commerce',
    summary: 'Create an e-commerce connection',
    description:
      'Registers an external store or service so that customers and orders can be sent for it. Create it once per store; the pair service + externalid must be unique.',
    http: 'POST',
    kind: 'write',
    path: '/api/3/connections',
    params: [],
    body: createBody,
    bodyRequired: true,
    responses: [
      {
        status: 200,
        optional: ['connection.status', 'connection.syncStatus', 'connection.lastSync', 'connection.listId'],
        description: 'The connection was created.',
        example: {
          connection: { ...connectionExample, isInternal: 0, links: { customers: '/connections/1/customers' } },
        },
      },
      authError,
    ],
  },
  {
    id: 'v3.connections.update',
    api: 'v3',
    group: 'E-commerce',
    summary: 'Update an e-commerce connection',
    description: 'Changes a connection, e.g. its name or logo, or reports its status and whether a sync is running.',
    http: 'PUT',
    kind: 'write',
    path: '/api/3/connections/{id}',
    params: [idParam("The connection's id.")],
    body: updateBody,
    bodyRequired: true,
    responses: [
      {
        status: 200,
        optional: ['connection.lastSync', 'connection.listId'],
        description: 'The updated connection.',
        example: { connection: { ...connectionExample, udate: '2026-01-16T10:00:00-06:00' } },
      },
      badRequestUnprocessed,
      authError,
    ],
  },
  {
    id: 'v3.connections.delete',
    api: 'v3',
    group: 'E-commerce',
    summary: 'Delete an e-commerce connection',
    description: 'Removes a connection. Do this when a store is disconnected from your integration.',
    http: 'DELETE',
    kind: 'destructive',
    path: '/api/3/connections/{id}',
    params: [idParam("The connection's id.")],
    responses: [deleted, badRequestUnprocessed, authError],
  },
];
