import type { ObjectSchema, ParamDef, V3Method } from '../types';
import { authError, badRequest, deleted, idParam, paginationParams } from './common';

const base = 'https://sandbox.api-us1.com/api/3';

/** A deal stage as the API returns it; `overrides` replace attributes in place, and the link follows the id. */
export function stageExample(overrides: { id?: string } & Record<string, unknown> = {}) {
  const id = overrides.id ?? '15';
  return {
    cardRegion1: 'title',
    cardRegion2: 'next-action',
    cardRegion3: 'show-avatar',
    cardRegion4: 'contact-fullname-orgname',
    cardRegion5: 'value',
    cdate: '2026-01-15T09:30:00-06:00',
    color: '32B0FC',
    dealOrder: 'next-action DESC',
    group: '4',
    id: '15',
    links: { group: `${base}/dealStages/${id}/group` },
    order: '1',
    title: 'Initial Contact',
    udate: '2026-01-15T09:30:00-06:00',
    width: '280',
    ...overrides,
  };
}

/** The second stage of the examples: another card layout. */
const lowQualificationStage = {
  id: '16',
  title: 'Qualifications - Low',
  cardRegion1: 'contact-orgname',
  cardRegion3: 'hide-avatar',
  color: '696969',
  dealOrder: 'title ASC',
  width: '270',
};

const regionValues =
  'e.g. `title`, `value`, `next-action`, `contact-fullname`, `contact-orgname`, `contact-fullname-orgname` or `hide`';

/** The `dealStage` body shared by create and update. */
function stageBody(create: boolean): ObjectSchema {
  const region = (corner: string, dflt: string, example: string) => ({
    type: 'string' as const,
    ...(create ? { default: dflt } : {}),
    description: `What deal cards show ${corner}: ${regionValues}.`,
    example,
  });
  return {
    type: 'object',
    required: ['dealStage'],
    properties: {
      dealStage: {
        type: 'object',
        ...(create ? { required: ['title', 'group'] } : {}),
        properties: {
          title: { type: 'string', description: 'Name of the stage.', example: 'Initial Contact' },
          group: { type: 'string', description: 'Id of the pipeline the stage belongs to.', example: '4' },
          order: {
            type: 'integer',
            description: create
              ? 'Position in the pipeline; left out, the stage goes last. Equal values give no stable order.'
              : 'Position in the pipeline. Equal values give no stable order.',
            example: 1,
          },
          dealOrder: {
            type: 'string',
            ...(create ? { default: 'next-action DESC' } : {}),
            description: 'How deals are sorted inside the stage: a sort option, a space, then ASC or DESC.',
            example: 'next-action DESC',
          },
          cardRegion1: region('in the upper-left corner', 'title', 'title'),
          cardRegion2: region('in the upper-right corner', 'next-action', 'next-action'),
          cardRegion3: {
            type: 'string',
            enum: ['show-avatar', 'hide-avatar'],
            ...(create ? { default: 'show-avatar' } : {}),
            description: 'Whether deal cards show the avatar.',
            example: 'show-avatar',
          },
          cardRegion4: region('next to the avatar', 'contact-fullname-orgname', 'contact-fullname-orgname'),
          cardRegion5: region('in the lower-right corner', 'value', 'value'),
          color: {
            type: 'string',
            minLength: 6,
            maxLength: 6,
            ...(create ? { default: '3f3f3f' } : {}),
            description: 'Six-digit hex colour without the #.',
            example: '32B0FC',
          },
          width: {
            type: 'integer',
            minimum: 1,
            ...(create ? { default: 280 } : {}),
            description: 'Column width in pixels (a number, no `px`).',
            example: 280,
          },
        },
      },
    },
  };
}

const reorderParam: ParamDef = {
  name: 'reorder',
  in: 'query',
  schema: { type: 'integer', enum: [0, 1], example: 1 },
  description:
    '1 renumbers every stage of the pipeline afterwards; among stages sharing an order, the highest id comes first.',
};

function movedDeal(id: string, contact: string, title: string) {
  return {
    activitycount: '1',
    cdate: '2026-01-15T09:30:00-06:00',
    contact,
    currency: 'usd',
    edate: '0000-00-00 00:00:00',
    group: '1',
    hash: 'fe7cc4f3',
    id,
    links: {
      dealActivities: `${base}/deals/${id}/dealActivities`,
      contact: `${base}/deals/${id}/contact`,
      stage: `${base}/deals/${id}/stage`,
    },
    mdate: '2026-01-15T09:30:00-06:00',
    nextTask: null,
    nextdealid: id,
    nexttaskid: '0',
    organization: null,
    owner: '1',
    percent: '0',
    stage: '3',
    status: '0',
    title,
    value: '10000',
  };
}

export const dealStagesMethods: readonly V3Method[] = [
  {
    id: 'v3.dealStages.list',
    api: 'v3',
    group: 'Deal stages',
    summary: 'List deal stages',
    description:
      'Lists the stages (columns) of all pipelines. Use `filters[d_groupid]` to get the stages of one pipeline.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/dealStages',
    params: [
      ...paginationParams,
      {
        name: 'filters[title]',
        in: 'query',
        schema: { type: 'string', example: 'Contact' },
        description: 'Stages whose title contains this text.',
      },
      {
        name: 'filters[d_groupid]',
        in: 'query',
        schema: { type: 'string', example: '4' },
        description: 'Only stages of this pipeline id.',
      },
      {
        name: 'orders[title]',
        in: 'query',
        schema: { type: 'string', enum: ['ASC', 'DESC'], example: 'ASC' },
        description: 'Sort by title.',
      },
    ],
    responses: [
      {
        status: 200,
        description: 'A page of deal stages.',
        example: {
          dealStages: [stageExample(), stageExample(lowQualificationStage)],
          meta: { total: '2' },
        },
      },
      badRequest,
      authError,
    ],
  },
  {
    id: 'v3.dealStages.get',
    api: 'v3',
    group: 'Deal stages',
    summary: 'Get a deal stage',
    description: 'Returns one stage with its card layout and colour.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/dealStages/{id}',
    params: [idParam("The stage's id.")],
    responses: [
      { status: 200, description: 'The stage.', example: { dealStage: stageExample() } },
      badRequest,
      authError,
    ],
  },
  {
    id: 'v3.dealStages.create',
    api: 'v3',
    group: 'Deal stages',
    summary: 'Create a deal stage',
    description:
      'Adds a stage to a pipeline. Without `order` it goes last; send `reorder=1` to renumber the pipeline’s stages afterwards.',
    http: 'POST',
    kind: 'write',
    path: '/api/3/dealStages',
    params: [reorderParam],
    body: stageBody(true),
    bodyRequired: true,
    responses: [
      {
        status: 200,
        description: 'The stage was created; its id is in dealStage.id.',
        example: {
          dealStage: stageExample({ id: '16', order: 1, width: 280 }),
        },
      },
      badRequest,
      authError,
    ],
  },
  {
    id: 'v3.dealStages.update',
    api: 'v3',
    group: 'Deal stages',
    summary: 'Update a deal stage',
    description:
      'Renames a stage or changes its position, colour, width or card layout. Only the fields you send change.',
    http: 'PUT',
    kind: 'write',
    path: '/api/3/dealStages/{id}',
    params: [idParam("The stage's id."), reorderParam],
    body: stageBody(false),
    bodyRequired: true,
    responses: [
      {
        status: 200,
        description: 'The updated stage.',
        example: {
          dealStage: stageExample({
            ...lowQualificationStage,
            order: 1,
            width: 270,
            udate: '2026-01-16T11:00:00-06:00',
          }),
        },
      },
      badRequest,
      authError,
    ],
  },
  {
    id: 'v3.dealStages.delete',
    api: 'v3',
    group: 'Deal stages',
    summary: 'Delete a deal stage',
    description:
      'Deletes a stage. Move its deals elsewhere first with "Move all deals to another stage" if you want to keep them in the pipeline.',
    http: 'DELETE',
    kind: 'destructive',
    path: '/api/3/dealStages/{id}',
    params: [idParam("The stage's id.")],
    responses: [deleted, authError],
  },
  {
    id: 'v3.dealStages.moveDeals',
    api: 'v3',
    group: 'Deal stages',
    summary: 'Move all deals to another stage',
    description:
      'Moves every deal of the stage in the path to the target stage in the body. Both stages must be in the same pipeline.',
    http: 'PUT',
    kind: 'write',
    path: '/api/3/dealStages/{id}/deals',
    params: [idParam('Id of the stage whose deals move.')],
    body: {
      type: 'object',
      required: ['deal'],
      properties: {
        deal: {
          type: 'object',
          required: ['stage'],
          properties: { stage: { type: 'string', description: 'Id of the target stage.', example: '3' } },
        },
      },
    },
    bodyRequired: true,
    responses: [
      {
        status: 200,
        nullable: ['deals[].nextdate', 'deals[].nexttaskid'],
        description: 'The deals that moved, now in the target stage.',
        example: { deals: [movedDeal('1', '1', 'Another deal'), movedDeal('2', '2', 'Urgent deal')] },
      },
      {
        status: 422,
        description: 'The target stage is in another pipeline.',
        example: {
          errors: [
            {
              detail: 'Target stage does not belong to same pipeline',
              source: { pointer: '/data/attributes/stage' },
              status: 422,
              title: 'Invalid attribute',
            },
          ],
        },
      },
      authError,
    ],
  },
];
