import type { ObjectSchema, V3Method } from '../types';
import { authError, badRequest, deleted, idParam, paginationParams } from './common';
import { stageExample } from './deal-stages';

/* Pipelines: ActiveCampaign calls them deal groups (`dealGroups`). */

const base = 'https://sandbox.api-us1.com/api/3';

function pipelineLinks(id: string) {
  return {
    dealGroupGroups: `${base}/dealGroups/${id}/dealGroupGroups`,
    dealGroupUsers: `${base}/dealGroups/${id}/dealGroupUsers`,
    stages: `${base}/dealGroups/${id}/stages`,
  };
}

function pipelineExample(id: string, title: string, stages: string[]) {
  return {
    allgroups: '1',
    allusers: '0',
    autoassign: '1',
    cdate: '2026-01-15T09:30:00-06:00',
    currency: 'usd',
    id,
    links: pipelineLinks(id),
    stages,
    title,
    udate: '2026-01-15T09:30:00-06:00',
  };
}

/** The pipeline as create and update echo it: flags as numbers, its users and groups listed by id. */
function savedPipelineExample(dealGroupUsers: string[]) {
  return {
    ...pipelineExample('5', 'Qualifications', ['12', '13', '14']),
    allgroups: 1,
    allusers: 0,
    autoassign: 1,
    currency: 'eur',
    dealGroupGroups: [],
    dealGroupUsers,
  };
}

/** A stage as a pipeline's answer lists it: not dated yet. */
function pipelineStage(id: string, group: string, order: string, title: string, color: string) {
  return stageExample({ cdate: null, color, group, id, order, title, udate: null });
}

const newStages = [
  pipelineStage('12', '5', '1', 'To Contact', '18D499'),
  pipelineStage('13', '5', '2', 'In Contact', '32B0FC'),
  pipelineStage('14', '5', '3', 'Follow Up', 'E6CE4B'),
];

function dealGroupUser(id: string, user: string) {
  return {
    cdate: null,
    dealGroup: '5',
    id,
    links: { dealGroup: `${base}/dealGroupUsers/${id}/dealGroup`, user: `${base}/dealGroupUsers/${id}/user` },
    user,
  };
}

/** The `dealGroup` body shared by create and update. */
function pipelineBody(create: boolean): ObjectSchema {
  return {
    type: 'object',
    required: ['dealGroup'],
    properties: {
      dealGroup: {
        type: 'object',
        ...(create ? { required: ['title', 'currency'] } : {}),
        properties: {
          title: { type: 'string', description: 'Name of the pipeline.', example: 'Qualifications' },
          currency: {
            type: 'string',
            minLength: 3,
            maxLength: 3,
            description: 'Default currency (lower-case ISO code) for new deals in this pipeline.',
            example: 'eur',
          },
          allgroups: {
            type: 'integer',
            enum: [0, 1],
            default: 1,
            description: '1: every user group may manage the pipeline; 0: only the groups listed in `groups`.',
            example: 1,
          },
          allusers: {
            type: 'integer',
            enum: [0, 1],
            default: 0,
            description: '1: new deals are auto-assigned among all users; 0: only among the users in `users`.',
            example: 0,
          },
          autoassign: {
            type: 'integer',
            enum: [0, 1, 2],
            default: 1,
            description: 'How new deals get an owner: 0 off, 1 round robin, 2 weighted by deal value.',
            example: 1,
          },
          users: {
            type: 'array',
            description: 'User ids that receive auto-assigned deals (when `allusers` is 0).',
            items: { type: 'string', example: '3' },
          },
          groups: {
            type: 'array',
            description: 'User group ids allowed to manage the pipeline (when `allgroups` is 0).',
            items: { type: 'string', example: '1' },
          },
        },
      },
    },
  };
}

export const dealPipelinesMethods: readonly V3Method[] = [
  {
    id: 'v3.dealGroups.list',
    api: 'v3',
    group: 'Pipelines',
    summary: 'List pipelines',
    description:
      'Lists deal pipelines with their stages sideloaded in `dealStages`. Filter by title (partial match) or keep only pipelines that have stages.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/dealGroups',
    params: [
      ...paginationParams,
      {
        name: 'filters[title]',
        in: 'query',
        schema: { type: 'string', example: 'Contact' },
        description: 'Pipelines whose title contains this text.',
      },
      {
        name: 'filters[have_stages]',
        in: 'query',
        schema: { type: 'integer', enum: [0, 1], example: 1 },
        description: '1 keeps only pipelines with at least one stage.',
      },
      {
        name: 'orders[title]',
        in: 'query',
        schema: { type: 'string', enum: ['ASC', 'DESC'], default: 'ASC', example: 'ASC' },
        description: 'Sort by title.',
      },
      {
        name: 'orders[popular]',
        in: 'query',
        schema: { type: 'string', enum: ['ASC', 'DESC'], default: 'ASC', example: 'DESC' },
        description: 'Sort by number of deals (ties by creation date).',
      },
    ],
    responses: [
      {
        status: 200,
        description: 'A page of pipelines, their stages alongside.',
        example: {
          dealGroups: [
            pipelineExample('1', 'Sales', ['1', '2']),
            pipelineExample('5', 'Qualifications', ['12', '13', '14']),
          ],
          dealStages: [pipelineStage('1', '1', '1', 'Stage 1', 'C481DF'), ...newStages],
          meta: { total: '2' },
        },
      },
      badRequest,
      authError,
    ],
  },
  {
    id: 'v3.dealGroups.get',
    api: 'v3',
    group: 'Pipelines',
    summary: 'Get a pipeline',
    description: 'Returns one pipeline with its stages sideloaded in `dealStages`.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/dealGroups/{id}',
    params: [idParam("The pipeline's id.")],
    responses: [
      {
        status: 200,
        description: 'The pipeline and its stages.',
        example: { dealGroup: pipelineExample('5', 'Qualifications', ['12', '13', '14']), dealStages: newStages },
      },
      badRequest,
      authError,
    ],
  },
  {
    id: 'v3.dealGroups.create',
    api: 'v3',
    group: 'Pipelines',
    summary: 'Create a pipeline',
    description:
      'Adds a deal pipeline. It comes with starter stages (in the documented example "To Contact", "In Contact" and "Follow Up"), which you can rename or replace with the deal stage calls.',
    http: 'POST',
    kind: 'write',
    path: '/api/3/dealGroups',
    params: [],
    body: pipelineBody(true),
    bodyRequired: true,
    responses: [
      {
        status: 200,
        description:
          'The pipeline was created; its id is in dealGroup.id, with its default stages and users sideloaded.',
        example: {
          dealGroup: savedPipelineExample(['6', '7']),
          dealGroupGroups: [],
          dealGroupUsers: [dealGroupUser('6', '3'), dealGroupUser('7', '4')],
          dealStages: newStages,
        },
      },
      badRequest,
      authError,
    ],
  },
  {
    id: 'v3.dealGroups.update',
    api: 'v3',
    group: 'Pipelines',
    summary: 'Update a pipeline',
    description:
      'Changes a pipeline’s title, currency, auto-assignment or permissions. Send `users` and `groups` as the complete lists you want.',
    http: 'PUT',
    kind: 'write',
    path: '/api/3/dealGroups/{id}',
    params: [idParam("The pipeline's id.")],
    body: pipelineBody(false),
    bodyRequired: true,
    responses: [
      {
        status: 200,
        optional: ['dealGroup.stages'],
        description: 'The updated pipeline, with its users and groups sideloaded.',
        example: {
          dealGroup: { ...savedPipelineExample(['6']), udate: '2026-01-16T11:00:00-06:00' },
          dealGroupGroups: [],
          dealGroupUsers: [dealGroupUser('6', '3')],
        },
      },
      badRequest,
      authError,
    ],
  },
  {
    id: 'v3.dealGroups.delete',
    api: 'v3',
    group: 'Pipelines',
    summary: 'Delete a pipeline',
    description:
      'Deletes a pipeline for good; there is no undo. Move deals you want to keep to another pipeline first.',
    http: 'DELETE',
    kind: 'destructive',
    path: '/api/3/dealGroups/{id}',
    params: [idParam("The pipeline's id.")],
    responses: [deleted, authError],
  },
  {
    id: 'v3.dealGroup.listInaccessible',
    api: 'v3',
    group: 'Pipelines',
    summary: 'List pipelines a user cannot access',
    description:
      'Given a user and some deals, returns the pipelines of those deals that the user has no permission for. Useful before reassigning deals to someone. Note the singular `dealGroup` in the path.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/dealGroup/get_inaccessible_deal_groups',
    params: [
      {
        name: 'dealIds[]',
        in: 'query',
        required: true,
        schema: { type: 'array', items: { type: 'integer', minimum: 1, example: 1 }, example: [1, 6] },
        description: 'Deal ids to check; repeat the parameter for each id.',
      },
      {
        name: 'userId',
        in: 'query',
        required: true,
        schema: { type: 'integer', minimum: 1, example: 2 },
        description: 'The user whose access is checked.',
      },
    ],
    responses: [
      {
        status: 200,
        description: 'The pipelines the user cannot access (an empty list when there are none).',
        example: {
          dealGroups: [
            {
              title: 'Enterprise',
              currency: 'usd',
              autoassign: '0',
              allusers: '1',
              allgroups: '0',
              win_probability_initialize_date: '0000-00-00 00:00:00',
              cdate: '2026-01-15T09:30:00-06:00',
              udate: '2026-01-15T09:30:00-06:00',
              links: { ...pipelineLinks('6'), winProbabilityFeatures: `${base}/dealGroups/6/winProbabilityFeatures` },
              id: '6',
            },
          ],
        },
      },
      {
        status: 422,
        description: 'A required parameter is missing or the user does not exist.',
        example: {
          errors: [{ status: 422, title: 'Invalid Input Parameter', detail: 'Parameter userId is required.' }],
        },
      },
      authError,
    ],
  },
];
