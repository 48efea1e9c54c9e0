/**
 * Pipelines (deal groups), their stages and the users who may work them.
 * A new pipeline starts with the three stages the app creates; deleting a
 * pipeline deletes its stages and deals; deleting a stage moves its deals
 * to the pipeline's first remaining stage. "Move deals" moves every deal of
 * one stage to another stage of the same pipeline.
 */
import { conform } from '../engine/conform';
import { byField } from '../engine/filters';
import { json, type SandboxResponse } from '../http-types';
import type { Db, OpCtx, Resource, Row } from '../engine/resource';
import { readJson } from '../engine/validate';
import { at, crud, idsOf, ownedBy, text } from './common';

const NEW_PIPELINE_STAGES = [
  ['To Contact', '18D499'],
  ['In Contact', '32B0FC'],
  ['Follow Up', 'E6CE4B'],
] as const;

const COLORS = ['C481DF', '32B0FC', '18D499', 'E6CE4B', 'F46A6A'];

/** A pipeline's stages in board order. */
export function stagesOf(db: Db, group: string): Row[] {
  return db.children('dealStages', 'group', group).sort((a, b) => Number(a.order) - Number(b.order));
}

export const dealGroups: Resource = {
  name: 'dealGroups',
  singular: 'dealGroup',
  entity: 'DealGroup',
  methods: {
    ...crud('v3.dealGroups'),
    // Every pipeline is visible to the key's user (an admin), so none is inaccessible.
    'v3.dealGroup.listInaccessible': { kind: 'list', handle: (ctx) => json(ctx.op.status, { dealGroups: [] }) },
  },
  defaults: { allgroups: '1', allusers: '0', autoassign: '1', currency: 'usd', dealGroupGroups: [] },
  computed: (row, db) => ({
    stages: idsOf(stagesOf(db, row.id)),
    dealGroupUsers: idsOf(db.children('dealGroupUsers', 'dealGroup', row.id)),
  }),
  filters: { 'filters[title]': byField('title', 'contains') },
  hooks: {
    afterWrite: (row, input, ctx) => {
      // `users` names who may work the pipeline.
      if (Array.isArray(input.users)) {
        for (const link of ctx.db.children('dealGroupUsers', 'dealGroup', row.id))
          ctx.db.remove('dealGroupUsers', link.id);
        for (const user of input.users)
          if (ctx.db.find('users', user)) ctx.db.insert('dealGroupUsers', { dealGroup: row.id, user });
      }
      if (ctx.current) return;
      NEW_PIPELINE_STAGES.forEach(([title, color], i) =>
        ctx.db.insert('dealStages', { group: row.id, title, color, order: i + 1 }),
      );
    },
  },
  seed: (add, db) => {
    const pipelines = [
      ['Sales', ['To contact', 'In contact', 'Qualified', 'Proposal sent', 'Negotiation']],
      ['Partnerships', ['Intro', 'Pilot', 'Signed']],
      ['Renewals', ['Due', 'Quoted', 'Renewed']],
      ['Onboarding', ['Kick-off', 'Set-up', 'Live']],
      ['Events', ['Invited', 'Registered', 'Attended']],
      ['Referrals', ['Referred', 'Contacted', 'Converted']],
    ] as const;
    pipelines.forEach(([title, stages], p) => {
      const group = add({ title, currency: 'usd' }, at(-500 + p));
      stages.forEach((stage, i) =>
        db.insert(
          'dealStages',
          { group: group.id, title: stage, order: i + 1, color: COLORS[i % COLORS.length] },
          at(-500 + p),
        ),
      );
    });
  },
};

/** PUT /dealStages/{id}/deals: every deal of the stage moves to `deal.stage`, which must be in the same pipeline. */
function moveDeals(ctx: OpCtx, generic: () => SandboxResponse): SandboxResponse {
  const { db } = ctx;
  const from = db.find('dealStages', ctx.params.id);
  if (!from) return generic();
  const parsed = readJson(ctx.req);
  if (!parsed.ok) return parsed.response;
  const to = db.find('dealStages', text((parsed.value as { deal?: { stage?: unknown } } | null)?.deal?.stage));
  if (!to || text(to.group) !== text(from.group)) {
    // This endpoint's 422 carries a status and a detail, as documented.
    return json(422, {
      errors: [
        {
          detail: 'Target stage does not belong to same pipeline',
          source: { pointer: '/data/attributes/stage' },
          status: 422,
          title: 'Invalid attribute',
        },
      ],
    });
  }
  const moved = db.children('deals', 'stage', from.id).map((d) => db.update('deals', d, { stage: to.id }));
  return json(ctx.op.status, conform({ deals: moved.map((d) => db.wire('deals', d)) }, ctx.op.example));
}

export const dealStages: Resource = {
  name: 'dealStages',
  singular: 'dealStage',
  entity: 'DealStage',
  methods: {
    ...crud('v3.dealStages'),
    'v3.dealStages.moveDeals': { kind: 'action', handle: moveDeals },
  },
  defaults: { color: '32B0FC', width: '280', dealOrder: 'next-action DESC' },
  relations: [ownedBy('group', 'dealGroups')],
  filters: { 'filters[title]': byField('title', 'contains'), 'filters[d_groupid]': byField('group', 'eq') },
  hooks: {
    // A new stage goes to the end of its pipeline unless an order is given.
    prepare: (input, ctx) =>
      ctx.current || input.order !== undefined
        ? input
        : { ...input, order: stagesOf(ctx.db, text(input.group)).length + 1 },
    // Its deals move to the first remaining stage of the pipeline (the cascade deletes any left).
    beforeDelete: (stage, db) => {
      const fallback = stagesOf(db, text(stage.group)).find((s) => s.id !== stage.id);
      if (!fallback) return;
      for (const deal of db.children('deals', 'stage', stage.id)) db.update('deals', deal, { stage: fallback.id });
    },
  },
};

export const dealGroupUsers: Resource = {
  name: 'dealGroupUsers',
  singular: 'dealGroupUser',
  entity: 'DealGroupUser',
  methods: { 'v3.dealGroupUsers.list': 'list' },
  relations: [ownedBy('dealGroup', 'dealGroups'), ownedBy('user', 'users')],
  seed: (add) => {
    add({ dealGroup: 1, user: 1 }, at(-499));
    add({ dealGroup: 1, user: 2 }, at(-499));
    add({ dealGroup: 2, user: 1 }, at(-498));
    add({ dealGroup: 3, user: 2 }, at(-497));
  },
};
