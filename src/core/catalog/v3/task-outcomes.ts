import type { ObjectSchema, ResponseDoc, V3Method } from '../types';
import { authError, badRequest, deleted, idParam, notFound, paginationParams } from './common';

/* Task outcomes (how a completed task went) and their links to task types. */

const base = 'https://sandbox.api-us1.com/api/3';

/** A stored outcome; list and get add `dealTasktype_ids`, update answers leave it out. */
function outcomeExample(
  id: string,
  title: string,
  sentiment: string,
  overrides: Record<string, unknown> = {},
  withTypeIds = true,
) {
  return {
    title,
    sentiment,
    disabled: '0',
    created_by: '1',
    updated_by: '1',
    created_utc_timestamp: '2026-01-15T09:30:00-06:00',
    updated_utc_timestamp: '2026-01-15T09:30:00-06:00',
    ...(withTypeIds ? { dealTasktype_ids: [] } : {}),
    links: {
      tasktypeOutcomeRels: `${base}/taskOutcomes/${id}/tasktypeOutcomeRels`,
      dealTasks: `${base}/taskOutcomes/${id}/dealTasks`,
    },
    id,
    ...overrides,
  };
}

const createdOutcome = {
  title: 'Interested',
  sentiment: 'POSITIVE',
  created_by: '1',
  disabled: '',
  links: {
    tasktypeOutcomeRels: `${base}/taskOutcomes/1/tasktypeOutcomeRels`,
    dealTasks: `${base}/taskOutcomes/1/dealTasks`,
  },
  id: '1',
};

function relExample(id: string, tasktype: string, outcome: string, order: string) {
  return {
    tasktype_id: tasktype,
    outcome_id: outcome,
    display_order: order,
    created_by: '0',
    created_utc_timestamp: '2026-01-15T09:30:00-06:00',
    updated_by: null,
    updated_utc_timestamp: '2026-01-15 15:30:00',
    links: {
      tasktype: `${base}/tasktypeOutcomeRels/${id}/tasktype`,
      outcome: `${base}/tasktypeOutcomeRels/${id}/outcome`,
      createdBy: `${base}/tasktypeOutcomeRels/${id}/createdBy`,
    },
    id,
    tasktype,
    outcome,
    createdBy: '1',
  };
}

const sentiment = {
  type: 'string' as const,
  enum: ['Positive', 'Neutral', 'Negative'],
  description: 'Positive, Neutral or Negative; answers spell it in capitals.',
  example: 'Positive',
};

function outcomeBody(create: boolean): ObjectSchema {
  return {
    type: 'object',
    required: ['taskOutcome'],
    properties: {
      taskOutcome: {
        type: 'object',
        ...(create ? { required: ['title', 'sentiment'] } : {}),
        properties: {
          title: {
            type: 'string',
            description: 'Name of the outcome; must be unique among outcomes.',
            example: 'Interested',
          },
          sentiment,
          disabled: { type: 'string', enum: ['0', '1'], description: '0 active, 1 disabled.', example: '0' },
        },
      },
    },
  };
}

function outcomeError(first: { title: string; code: string; error: string; field: string }): ResponseDoc {
  return {
    status: 422,
    description: 'The title is missing or already used, or the sentiment is not one of the three allowed values.',
    example: {
      errors: [
        {
          title: first.title,
          detail: '',
          code: first.code,
          error: first.error,
          source: { pointer: `/data/attributes/${first.field}` },
        },
        {
          title: 'Sentiment value must be one of Positive, Neutral, or Negative.',
          detail: '',
          code: 'field_invalid',
          error: '',
          source: { pointer: '/data/attributes/sentiment' },
        },
      ],
    },
  };
}

const duplicateTitle = outcomeError({
  title: 'A task outcome with the same title already exists.',
  code: 'field_invalid',
  error: '',
  field: 'title',
});

const wipNote =
  'ActiveCampaign marks this call as work in progress: its documented body and answer are those of a task outcome, so the real behaviour may differ.';

export const taskOutcomesMethods: readonly V3Method[] = [
  {
    id: 'v3.taskOutcomes.list',
    api: 'v3',
    group: 'Deal tasks',
    summary: 'List task outcomes',
    description:
      'Lists the outcomes a user can pick when completing a task (e.g. "Interested", "Left a voicemail"), each with a sentiment.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/taskOutcomes',
    params: [
      ...paginationParams,
      {
        name: 'filters[sentiment]',
        in: 'query',
        schema: { type: 'string', enum: ['1', '2', '3'], example: '3' },
        description: '1 negative, 2 neutral, 3 positive.',
      },
    ],
    responses: [
      {
        status: 200,
        description: 'A page of task outcomes.',
        example: {
          taskOutcomes: [
            outcomeExample('1', 'Interested', 'POSITIVE'),
            outcomeExample('2', 'Not interested', 'NEGATIVE'),
            outcomeExample('3', 'Left a voicemail', 'NEUTRAL'),
          ],
          meta: { total: '3' },
        },
      },
      badRequest,
      authError,
    ],
  },
  {
    id: 'v3.taskOutcomes.get',
    api: 'v3',
    group: 'Deal tasks',
    summary: 'Get a task outcome',
    description: 'Returns one task outcome with its sentiment and the task types it is offered for.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/taskOutcomes/{id}',
    params: [idParam("The outcome's id.")],
    responses: [
      {
        status: 200,
        description: 'The task outcome.',
        example: { taskOutcome: outcomeExample('1', 'Interested', 'POSITIVE') },
      },
      notFound('TaskOutcome'),
      authError,
    ],
  },
  {
    id: 'v3.taskOutcomes.create',
    api: 'v3',
    group: 'Deal tasks',
    summary: 'Create a task outcome',
    description: 'Adds an outcome users can choose when they complete a task. Titles must be unique.',
    http: 'POST',
    kind: 'write',
    path: '/api/3/taskOutcomes',
    params: [],
    body: outcomeBody(true),
    bodyRequired: true,
    responses: [
      {
        status: 200,
        description: 'The outcome was created; its id is in taskOutcome.id.',
        example: { taskOutcome: createdOutcome },
      },
      outcomeError({
        title: 'The taskOutcome title was not provided.',
        code: 'field_missing',
        error: 'taskOutcome_title_was_not_provided',
        field: 'title',
      }),
      authError,
    ],
  },
  {
    id: 'v3.taskOutcomes.update',
    api: 'v3',
    group: 'Deal tasks',
    summary: 'Update a task outcome',
    description:
      'Renames a task outcome, changes its sentiment or disables it. The path is spelled `/taskOutccomes` (double c) as ActiveCampaign documents it; if your account answers 404, try `/taskOutcomes/{id}`.',
    http: 'PUT',
    kind: 'write',
    path: '/api/3/taskOutccomes/{id}',
    params: [idParam("The outcome's id.")],
    body: outcomeBody(false),
    bodyRequired: true,
    responses: [
      {
        status: 200,
        description: 'The updated task outcome.',
        example: {
          taskOutcome: outcomeExample(
            '1',
            'Interested',
            'NEUTRAL',
            { updated_utc_timestamp: '2026-01-16T11:00:00-06:00' },
            false,
          ),
        },
      },
      duplicateTitle,
      authError,
    ],
  },
  {
    id: 'v3.taskOutcomes.delete',
    api: 'v3',
    group: 'Deal tasks',
    summary: 'Delete a task outcome',
    description:
      'Deletes a task outcome for good; setting `disabled` to 1 is the reversible alternative. The path is spelled `/taskOutccomes` (double c) as ActiveCampaign documents it; if your account answers 404, try `/taskOutcomes/{id}`.',
    http: 'DELETE',
    kind: 'destructive',
    path: '/api/3/taskOutccomes/{id}',
    params: [idParam("The outcome's id.")],
    responses: [deleted, notFound('TaskOutcome'), authError],
  },
  {
    id: 'v3.tasktypeOutcomeRels.list',
    api: 'v3',
    group: 'Deal tasks',
    summary: 'List task type outcome relations',
    description:
      'Lists which outcomes are offered for which task types, with their display order. `tasktype` and `outcome` hold the ids.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/tasktypeOutcomeRels',
    params: [...paginationParams],
    responses: [
      {
        status: 200,
        description: 'A page of task type–outcome relations.',
        example: {
          tasktypeOutcomeRels: [
            relExample('1', '1', '9', '0'),
            relExample('2', '1', '10', '1'),
            relExample('3', '2', '9', '2'),
          ],
          meta: { total: '3' },
        },
      },
      badRequest,
      authError,
    ],
  },
  {
    id: 'v3.tasktypeOutcomeRels.get',
    api: 'v3',
    group: 'Deal tasks',
    summary: 'Get a task type outcome relation',
    description: 'Returns one link between a task type and an outcome.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/tasktypeOutcomeRels/{id}',
    params: [idParam("The relation's id.")],
    responses: [
      { status: 200, description: 'The relation.', example: { tasktypeOutcomeRel: relExample('1', '1', '9', '0') } },
      notFound('TasktypeOutcomeRel'),
      authError,
    ],
  },
  {
    id: 'v3.tasktypeOutcomeRels.create',
    api: 'v3',
    group: 'Deal tasks',
    summary: 'Create a task type outcome relation',
    description: `Offers an outcome for a task type. ${wipNote}`,
    http: 'POST',
    kind: 'write',
    path: '/api/3/tasktypeOutcomeRels',
    params: [],
    body: outcomeBody(true),
    bodyRequired: true,
    responses: [
      { status: 200, description: 'The documented answer (a task outcome).', example: { taskOutcome: createdOutcome } },
      badRequest,
      duplicateTitle,
      authError,
    ],
  },
  {
    id: 'v3.tasktypeOutcomeRels.update',
    api: 'v3',
    group: 'Deal tasks',
    summary: 'Update a task type outcome relation',
    description: `Changes a task type–outcome link. ${wipNote}`,
    http: 'PUT',
    kind: 'write',
    path: '/api/3/tasktypeOutcomeRels/{id}',
    params: [idParam("The relation's id.")],
    body: {
      type: 'object',
      required: ['taskOutcome'],
      properties: {
        taskOutcome: {
          type: 'object',
          properties: { title: { type: 'string', description: 'New title.', example: 'Interested' } },
        },
      },
    },
    bodyRequired: true,
    responses: [
      {
        status: 200,
        nullable: ['taskOutcome.updated_by'],
        description: 'The documented answer (a task outcome).',
        example: { taskOutcome: outcomeExample('1', 'Interested', 'POSITIVE', {}, false) },
      },
      badRequest,
      duplicateTitle,
      authError,
    ],
  },
  {
    id: 'v3.tasktypeOutcomeRels.delete',
    api: 'v3',
    group: 'Deal tasks',
    summary: 'Delete a task type outcome relation',
    description: 'Stops offering an outcome for a task type. The outcome and the task type themselves stay.',
    http: 'DELETE',
    kind: 'destructive',
    path: '/api/3/tasktypeOutcomeRels/{id}',
    params: [idParam("The relation's id.")],
    responses: [deleted, notFound('TasktypeOutcomeRel'), authError],
  },
];
