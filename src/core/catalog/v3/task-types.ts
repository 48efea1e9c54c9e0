import type { ObjectSchema, V3Method } from '../types';
import { authError, badRequest, deleted, idParam, paginationParams } from './common';

/* Task types (`dealTasktypes`): Call, Email, Meeting… */

const base = 'https://sandbox.api-us1.com/api/3';

function typeExample(id: string, title: string, overrides: Record<string, unknown> = {}) {
  return {
    cdate: '2026-01-15T09:30:00-06:00',
    defduration: '0',
    id,
    links: [],
    status: '0',
    title,
    udate: '2026-01-15T09:30:00-06:00',
    ...overrides,
  };
}

function typeBody(create: boolean): ObjectSchema {
  return {
    type: 'object',
    required: ['dealTasktype'],
    properties: {
      dealTasktype: {
        type: 'object',
        ...(create ? { required: ['title'] } : {}),
        properties: {
          title: {
            type: 'string',
            description: 'Name of the task type; must be unique among task types.',
            example: 'Video call',
          },
          status: {
            type: 'integer',
            enum: [0, 1],
            default: 0,
            description: '0 active, 1 disabled.',
            example: 0,
          },
        },
      },
    },
  };
}

export const taskTypesMethods: readonly V3Method[] = [
  {
    id: 'v3.dealTasktypes.list',
    api: 'v3',
    group: 'Deal tasks',
    summary: 'List task types',
    description:
      'Lists the task types (Call, Email, Lunch, Meeting and your own). A task’s `dealTasktype` is one of these ids.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/dealTasktypes',
    params: [...paginationParams],
    responses: [
      {
        status: 200,
        description: 'A page of task types.',
        example: {
          dealTasktypes: [
            typeExample('1', 'Call', { cdate: null, udate: null }),
            typeExample('2', 'Email', { cdate: null, udate: null }),
            typeExample('7', 'Video call'),
          ],
          meta: { total: '3' },
        },
      },
      badRequest,
      authError,
    ],
  },
  {
    id: 'v3.dealTasktypes.get',
    api: 'v3',
    group: 'Deal tasks',
    summary: 'Get a task type',
    description: 'Returns one task type by id.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/dealTasktypes/{id}',
    params: [idParam("The task type's id.")],
    responses: [
      { status: 200, description: 'The task type.', example: { dealTasktype: typeExample('7', 'Video call') } },
      badRequest,
      authError,
    ],
  },
  {
    id: 'v3.dealTasktypes.create',
    api: 'v3',
    group: 'Deal tasks',
    summary: 'Create a task type',
    description: 'Adds a task type. The title must not match an existing type.',
    http: 'POST',
    kind: 'write',
    path: '/api/3/dealTasktypes',
    params: [],
    body: typeBody(true),
    bodyRequired: true,
    responses: [
      {
        status: 200,
        description: 'The task type was created; its id is in dealTasktype.id.',
        example: { dealTasktype: typeExample('7', 'Video call') },
      },
      badRequest,
      authError,
    ],
  },
  {
    id: 'v3.dealTasktypes.update',
    api: 'v3',
    group: 'Deal tasks',
    summary: 'Update a task type',
    description: 'Renames a task type, or switches it off with `status: 1` (and back on with 0).',
    http: 'PUT',
    kind: 'write',
    path: '/api/3/dealTasktypes/{id}',
    params: [idParam("The task type's id.")],
    body: typeBody(false),
    bodyRequired: true,
    responses: [
      {
        status: 200,
        description: 'The updated task type.',
        example: {
          dealTasktype: typeExample('7', 'Meet in person', { status: '1', udate: '2026-01-16T11:00:00-06:00' }),
        },
      },
      badRequest,
      authError,
    ],
  },
  {
    id: 'v3.dealTasktypes.delete',
    api: 'v3',
    group: 'Deal tasks',
    summary: 'Delete a task type',
    description:
      'Deletes a task type. To keep its tasks under another type, move them first with "Move tasks to another task type".',
    http: 'DELETE',
    kind: 'destructive',
    path: '/api/3/dealTasktypes/{id}',
    params: [idParam("The task type's id.")],
    responses: [
      deleted,
      {
        status: 403,
        description:
          'Refused: the key is invalid or its user may not delete this task type; the body may be an empty object.',
        example: {},
      },
    ],
  },
  {
    id: 'v3.dealTasktypes.moveTasks',
    api: 'v3',
    group: 'Deal tasks',
    summary: 'Move tasks to another task type',
    description:
      'Gives every task of the task type in the path the task type in the body, e.g. before deleting the old type.',
    http: 'PUT',
    kind: 'write',
    path: '/api/3/dealTasktypes/{id}/dealTasks',
    params: [idParam('Id of the task type whose tasks move.')],
    body: {
      type: 'object',
      required: ['dealTask'],
      properties: {
        dealTask: {
          type: 'object',
          required: ['dealTasktype'],
          properties: { dealTasktype: { type: 'string', description: 'Id of the target task type.', example: '2' } },
        },
      },
    },
    bodyRequired: true,
    responses: [
      {
        status: 200,
        nullable: ['deals[].nextdate', 'deals[].nexttaskid'],
        description: 'The moved tasks, with their deals sideloaded.',
        example: {
          dealTasks: [
            {
              automation: null,
              cdate: '2026-01-15T09:30:00-06:00',
              dealTasktype: '2',
              doneAutomation: null,
              donedate: null,
              duedate: '2026-01-20T12:00:00-06:00',
              duration: '0',
              edate: '2026-01-20T12:15:00-06:00',
              id: '1',
              links: {
                activities: `${base}/dealTasks/1/activities`,
                dealTasktype: `${base}/dealTasks/1/dealTasktype`,
                owner: `${base}/dealTasks/1/owner`,
              },
              note: 'Call Steve',
              owner: { id: '1', type: 'deal' },
              relid: '1',
              reltype: 'Deal',
              status: '0',
              title: '',
              udate: '2026-01-15T09:30:00-06:00',
              user: '1',
            },
          ],
          deals: [
            {
              activitycount: '2',
              cdate: '2026-01-15T09:00:00-06:00',
              contact: '1',
              currency: 'usd',
              group: '1',
              id: '1',
              links: { contact: `${base}/deals/1/contact`, tasks: `${base}/deals/1/tasks` },
              nextTask: '1',
              nextdate: '2026-01-20T12:00:00-06:00',
              owner: '1',
              stage: '1',
              status: '0',
              title: 'New deal',
              value: '10000',
            },
          ],
        },
      },
      badRequest,
      authError,
    ],
  },
];
