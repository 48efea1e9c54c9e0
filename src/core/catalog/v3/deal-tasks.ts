import type { ObjectSchema, ParamDef, V3Method } from '../types';
import { authError, badRequest, deleted, idParam, paginationParams } from './common';

/* Tasks on deals and contacts (`dealTasks`), and their reminders (`taskNotifications`). */

const base = 'https://sandbox.api-us1.com/api/3';

function taskLinks(id: string) {
  const names = [
    'activities',
    'automation',
    'dealTasktype',
    'doneAutomation',
    'notes',
    'owner',
    'taskNotifications',
    'user',
    'assignee',
  ];
  return Object.fromEntries(names.map((n) => [n, `${base}/dealTasks/${id}/${n}`]));
}

function taskExample(overrides: Record<string, unknown> = {}) {
  return {
    id: '1',
    duedate: '2026-01-20T12:00:00-06:00',
    edate: '2026-01-20T12:15:00-06:00',
    status: '0',
    title: 'Call back',
    note: 'Ask about the 3-year discount.',
    relid: '5',
    reltype: 'Deal',
    dealTasktype: '1',
    cdate: '2026-01-15T09:30:00-06:00',
    udate: '2026-01-15T09:30:00-06:00',
    automation: null,
    doneAutomation: null,
    user: '1',
    assignee: '2',
    owner: { type: 'deal', id: '5' },
    outcomeId: null,
    outcomeInfo: null,
    links: taskLinks('1'),
    ...overrides,
  };
}

/** The `dealTask` body: create takes automation hooks, update takes the outcome of a completed task. */
function taskBody(create: boolean): ObjectSchema {
  return {
    type: 'object',
    required: ['dealTask'],
    properties: {
      dealTask: {
        type: 'object',
        ...(create ? { required: ['relid', 'duedate', 'dealTasktype'] } : {}),
        properties: {
          title: { type: 'string', description: 'Short title of the task.', example: 'Call back' },
          ownerType: {
            type: 'string',
            enum: ['deal', 'contact'],
            ...(create ? { default: 'deal' } : {}),
            description: 'What the task is attached to: a deal or a contact.',
            example: 'deal',
          },
          relid: {
            type: 'integer',
            minimum: 1,
            description: 'Id of the deal or contact named by `ownerType`.',
            example: 5,
          },
          status: { type: 'integer', enum: [0, 1], description: '0 open, 1 done.', example: 0 },
          note: { type: 'string', description: 'What the task is about.', example: 'Ask about the 3-year discount.' },
          duedate: {
            type: 'string',
            format: 'date-time',
            description: 'When the task is due.',
            example: '2026-01-20T12:00:00-06:00',
          },
          ...(create
            ? {
                edate: {
                  type: 'string' as const,
                  format: 'date-time' as const,
                  description: 'When the task ends.',
                  example: '2026-01-20T12:15:00-06:00',
                },
              }
            : {}),
          dealTasktype: {
            type: 'integer',
            minimum: 1,
            description: 'Task type id (see GET /dealTasktypes), e.g. Call or Email.',
            example: 1,
          },
          assignee: { type: 'integer', minimum: 1, description: 'User id the task is assigned to.', example: 2 },
          ...(create
            ? {
                triggerAutomationOnCreate: {
                  type: 'integer' as const,
                  minimum: 1,
                  description: 'Automation id to start when the task is created.',
                  example: 100,
                },
                doneAutomation: {
                  type: 'integer' as const,
                  minimum: 1,
                  description: 'Automation id to start when the task is completed.',
                  example: 101,
                },
              }
            : {
                outcomeId: {
                  type: 'integer' as const,
                  minimum: 1,
                  description: 'Task outcome id; needed when you mark the task done (see GET /taskOutcomes).',
                  example: 1,
                },
                outcomeInfo: {
                  type: 'string' as const,
                  description: 'Free text about how the task went.',
                  example: 'Interested; wants a quote by Friday.',
                },
              }),
        },
      },
    },
  };
}

function filter(name: string, schema: ParamDef['schema'], description: string): ParamDef {
  return { name, in: 'query', schema, description };
}

export const dealTasksMethods: readonly V3Method[] = [
  {
    id: 'v3.dealTasks.list',
    api: 'v3',
    group: 'Deal tasks',
    summary: 'List deal tasks',
    description:
      'Lists tasks on deals and contacts. Filter by what they belong to (`filters[reltype]` + `filters[relid]`), type, assignee, status, outcome or due date.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/dealTasks',
    params: [
      ...paginationParams,
      filter('filters[title]', { type: 'string', example: 'Call back' }, 'Only tasks with this title.'),
      filter(
        'filters[reltype]',
        { type: 'string', example: 'Deal' },
        'What the task belongs to: `Deal` or `Subscriber` (a contact).',
      ),
      filter('filters[relid]', { type: 'integer', minimum: 1, example: 5 }, 'Id of the deal or contact.'),
      filter('filters[status]', { type: 'integer', enum: [0, 1], example: 0 }, '0 open, 1 done.'),
      filter('filters[note]', { type: 'string', example: 'discount' }, 'Only tasks with this note text.'),
      filter('filters[duedate]', { type: 'string', format: 'date', example: '2026-01-20' }, 'Due on this date.'),
      filter('filters[d_tasktypeid]', { type: 'integer', minimum: 1, example: 1 }, 'Only tasks of this task type id.'),
      filter('filters[userid]', { type: 'integer', minimum: 1, example: 1 }, 'Only tasks belonging to this user id.'),
      filter('filters[due_after]', { type: 'string', example: '2026-01-01' }, 'Due after this date.'),
      filter('filters[due_before]', { type: 'string', example: '2026-02-01' }, 'Due before this date.'),
      filter(
        'filters[duedate_range]',
        { type: 'string', example: '2026-01-01+2026-01-31' },
        'Either a range written `YYYY-MM-DD+YYYY-MM-DD`, or one of `upcoming`, `scheduled`, `overdue`.',
      ),
      filter(
        'filters[assignee_userid]',
        { type: 'integer', minimum: 1, example: 2 },
        'Only tasks assigned to this user id.',
      ),
      filter(
        'filters[outcome_id]',
        { type: 'integer', minimum: 1, example: 1 },
        'Only tasks closed with this outcome id.',
      ),
    ],
    responses: [
      {
        status: 200,
        anyType: ['dealTasks[].status', 'dealTasks[].outcomeId'],
        nullable: ['dealTasks[].title'],
        description: 'A page of tasks.',
        example: {
          dealTasks: [
            taskExample(),
            taskExample({
              id: '2',
              status: '1',
              relid: '7',
              reltype: 'Subscriber',
              owner: { type: 'contact', id: '7' },
              outcomeId: '1',
              outcomeInfo: 'Interested; wants a quote by Friday.',
              links: taskLinks('2'),
            }),
          ],
          meta: { total: '2' },
        },
      },
      badRequest,
      authError,
    ],
  },
  {
    id: 'v3.dealTasks.get',
    api: 'v3',
    group: 'Deal tasks',
    summary: 'Get a deal task',
    description: 'Returns one task with its due date, assignee, type and, once done, its outcome.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/dealTasks/{id}',
    params: [idParam("The task's id.")],
    responses: [
      { status: 200, description: 'The task.', example: { dealTask: taskExample({ duration: '0', donedate: null }) } },
      badRequest,
      authError,
    ],
  },
  {
    id: 'v3.dealTasks.create',
    api: 'v3',
    group: 'Deal tasks',
    summary: 'Create a deal task',
    description:
      'Adds a task to a deal or a contact (`ownerType` + `relid`) with a due date and a task type. Optionally start an automation when it is created or completed.',
    http: 'POST',
    kind: 'write',
    path: '/api/3/dealTasks',
    params: [],
    body: taskBody(true),
    bodyRequired: true,
    responses: [
      {
        status: 201,
        description: 'The task was created; its id is in dealTask.id.',
        example: { dealTask: taskExample() },
      },
      badRequest,
      authError,
    ],
  },
  {
    id: 'v3.dealTasks.update',
    api: 'v3',
    group: 'Deal tasks',
    summary: 'Update a deal task',
    description:
      'Changes a task. To complete it, send `status: 1` together with an `outcomeId` (required when completing) and, if you like, `outcomeInfo`.',
    http: 'PUT',
    kind: 'write',
    path: '/api/3/dealTasks/{id}',
    params: [idParam("The task's id.")],
    body: taskBody(false),
    bodyRequired: true,
    responses: [
      {
        status: 200,
        nullable: ['dealTask.outcomeId', 'dealTask.outcomeInfo'],
        description: 'The updated task.',
        example: {
          dealTask: taskExample({
            status: '1',
            outcomeId: '1',
            outcomeInfo: 'Interested; wants a quote by Friday.',
            udate: '2026-01-20T12:20:00-06:00',
          }),
        },
      },
      badRequest,
      authError,
    ],
  },
  {
    id: 'v3.dealTasks.delete',
    api: 'v3',
    group: 'Deal tasks',
    summary: 'Delete a deal task',
    description: 'Deletes a task for good; there is no undo.',
    http: 'DELETE',
    kind: 'destructive',
    path: '/api/3/dealTasks/{id}',
    params: [idParam("The task's id.")],
    responses: [deleted, badRequest, authError],
  },
  {
    id: 'v3.taskNotifications.create',
    api: 'v3',
    group: 'Deal tasks',
    summary: 'Create a task reminder',
    description:
      'Schedules a reminder to the task’s assignee a number of minutes before the task is due, e.g. 60 for one hour ahead.',
    http: 'POST',
    kind: 'write',
    path: '/api/3/taskNotifications',
    params: [],
    body: {
      type: 'object',
      required: ['taskNotification'],
      properties: {
        taskNotification: {
          type: 'object',
          required: ['dealTask', 'interval'],
          properties: {
            dealTask: { type: 'string', description: 'Id of the task.', example: '1' },
            interval: {
              type: 'integer',
              minimum: 1,
              description: 'Minutes before the due date at which the reminder goes out.',
              example: 60,
            },
          },
        },
      },
    },
    bodyRequired: true,
    responses: [
      {
        status: 200,
        optional: ['taskNotification.dealTask', 'taskNotification.interval'],
        description: 'The reminder was created.',
        example: { taskNotification: { dealTask: '1', interval: '60', id: '1' } },
      },
      { status: 422, description: 'The task id or the interval is missing or invalid.' },
      authError,
    ],
  },
];
