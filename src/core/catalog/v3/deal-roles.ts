import type { V3Method } from '../types';
import { authError, badRequest, deleted, idParam, paginationParams } from './common';

/* Deal roles: labels such as "Decision maker" given to secondary contacts on a deal. */

const base = 'https://sandbox.api-us1.com/api/3';

function roleExample(id: string, title: string) {
  return {
    title,
    created_timestamp: '2026-01-15T09:30:00-06:00',
    updated_timestamp: '2026-01-15T09:30:00-06:00',
    links: { contactDeals: `${base}/dealRoles/${id}/contactDeals` },
    id,
  };
}

export const dealRolesMethods: readonly V3Method[] = [
  {
    id: 'v3.dealRoles.list',
    api: 'v3',
    group: 'Deals',
    summary: 'List deal roles',
    description:
      'Lists the roles a secondary contact can hold on a deal. Use a role id as `role` when updating a secondary contact.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/dealRoles',
    params: [
      ...paginationParams,
      {
        name: 'search',
        in: 'query',
        schema: { type: 'string', example: 'decision' },
        description: 'Only roles whose title contains this text.',
      },
    ],
    responses: [
      {
        status: 200,
        description: 'A page of deal roles.',
        example: {
          dealRoles: [roleExample('2', 'Contributor'), roleExample('1', 'Decision Maker')],
          meta: { total: '2' },
        },
      },
      badRequest,
      authError,
    ],
  },
  {
    id: 'v3.dealRoles.create',
    api: 'v3',
    group: 'Deals',
    summary: 'Create a deal role',
    description:
      'Adds a new role for secondary contacts. Unlike most v3 calls, the body is not wrapped in a root key: it is just `{"title": "…"}`.',
    http: 'POST',
    kind: 'write',
    path: '/api/3/dealRoles',
    params: [],
    body: {
      type: 'object',
      required: ['title'],
      properties: { title: { type: 'string', description: 'Name of the role.', example: 'Finance' } },
    },
    bodyRequired: true,
    responses: [
      {
        status: 200,
        description: 'The role was created; its id is in dealRole.id.',
        example: { dealRole: roleExample('3', 'Finance') },
      },
      badRequest,
      authError,
    ],
  },
  {
    id: 'v3.dealRoles.delete',
    api: 'v3',
    group: 'Deals',
    summary: 'Delete a deal role',
    description: 'Removes a deal role so it can no longer be given to contacts.',
    http: 'DELETE',
    kind: 'destructive',
    path: '/api/3/dealRoles/{id}',
    params: [idParam("The deal role's id.")],
    responses: [deleted, badRequest, authError],
  },
];
