/**
 * Tasks on deals and contacts, their types, reminders and outcomes. A task
 * belongs to a deal (`reltype` Deal) or a contact (Subscriber) and goes with
 * it. "Move tasks" moves every task of one type to another type.
 */
import { conform } from '../engine/conform';
import { json, unprocessable, type SandboxResponse } from '../http-types';
import type { OpCtx, Resource } from '../engine/resource';
import { readJson } from '../engine/validate';
import { isoWithOffset } from '../clock';
import { at, clearedWith, crud, ownedBy, ownedByKind, pick, refersTo, text } from './common';

const OWNER_TYPE: Record<string, string> = { Deal: 'deal', Subscriber: 'contact' };
const RELTYPE: Record<string, string> = { deal: 'Deal', contact: 'Subscriber' };

export const dealTasks: Resource = {
  name: 'dealTasks',
  singular: 'dealTask',
  entity: 'DealTask',
  methods: {
    ...crud('v3.dealTasks'),
  },
  defaults: {
    reltype: 'Deal',
    status: '0',
    note: '',
    automation: null,
    doneAutomation: null,
    outcomeId: null,
    outcomeInfo: null,
    donedate: null,
    duration: '0',
  },
  computed: (row) => ({ owner: { type: OWNER_TYPE[text(row.reltype)] ?? 'deal', id: text(row.relid) } }),
  relations: [
    ...ownedByKind('relid', 'reltype', { Deal: 'deals', Subscriber: 'contacts' }),
    clearedWith('dealTasktype', 'dealTasktypes'),
    refersTo('assignee', 'users'),
    refersTo('user', 'users', false),
  ],
  hooks: {
    // The body says what owns the task with `ownerType` (deal or contact); the record, with `reltype`.
    prepare: (input, ctx) => {
      const type = text(input.ownerType);
      if (type !== '') return { ...input, reltype: RELTYPE[type] ?? 'Deal' };
      return ctx.current ? input : { ...input, reltype: 'Deal', user: '1' };
    },
  },
  seed: (add) => {
    const titles = [
      'Call back',
      'Send the proposal',
      'Book a demo',
      'Follow up on pricing',
      'Check in after onboarding',
    ];
    for (let i = 1; i <= 12; i++) {
      const due = at(24 * 14 + i * 20);
      add(
        {
          title: pick(titles, i),
          note: i % 2 === 0 ? 'Ask about the 3-year discount.' : 'Confirm who signs the contract.',
          relid: i <= 10 ? i : 5 * i,
          reltype: i <= 10 ? 'Deal' : 'Subscriber',
          dealTasktype: 1 + (i % 4),
          user: '1',
          assignee: 1 + (i % 2),
          status: i % 4 === 0 ? 1 : 0,
          duedate: isoWithOffset(due),
          edate: isoWithOffset(due + 900_000),
        },
        at(i + 100),
      );
    }
  },
};

export const taskNotifications: Resource = {
  name: 'taskNotifications',
  singular: 'taskNotification',
  entity: 'TaskNotification',
  methods: { 'v3.taskNotifications.create': 'create' },
  relations: [ownedBy('dealTask', 'dealTasks')],
  seed: (add) => {
    for (let task = 1; task <= 4; task++) add({ dealTask: task, interval: task % 2 === 0 ? '60' : '1440' });
  },
};

/** PUT /dealTasktypes/{id}/dealTasks: every task of the type moves to `dealTask.dealTasktype`. */
function moveTasks(ctx: OpCtx, generic: () => SandboxResponse): SandboxResponse {
  const { db } = ctx;
  const from = db.find('dealTasktypes', ctx.params.id);
  if (!from) return generic();
  const parsed = readJson(ctx.req);
  if (!parsed.ok) return parsed.response;
  const to = db.find(
    'dealTasktypes',
    text((parsed.value as { dealTask?: { dealTasktype?: unknown } } | null)?.dealTask?.dealTasktype),
  );
  if (!to)
    return unprocessable([
      { title: 'The target task type does not exist', code: 'related_missing', field: 'dealTasktype' },
    ]);
  const moved = db
    .children('dealTasks', 'dealTasktype', from.id)
    .map((t) => db.update('dealTasks', t, { dealTasktype: to.id }));
  const dealIds = new Set(moved.filter((t) => t.reltype === 'Deal').map((t) => text(t.relid)));
  const deals = [...dealIds].flatMap((id) => db.find('deals', id) ?? []);
  const body = { dealTasks: moved.map((t) => db.wire('dealTasks', t)), deals: deals.map((d) => db.wire('deals', d)) };
  return json(ctx.op.status, conform(body, ctx.op.example));
}

export const dealTasktypes: Resource = {
  name: 'dealTasktypes',
  singular: 'dealTasktype',
  entity: 'DealTasktype',
  methods: {
    ...crud('v3.dealTasktypes'),
    'v3.dealTasktypes.moveTasks': { kind: 'action', handle: moveTasks },
  },
  defaults: { status: '0', defduration: '0' },
  unique: [
    { fields: ['title'], ignoreCase: true, onConflict: 'refuse', title: 'A task type with this title already exists' },
  ],
  seed: (add) =>
    ['Call', 'Email', 'Meeting', 'Demo'].forEach((title, i) => add({ title, defduration: String(i * 15) }, at(-420))),
};

export const taskOutcomes: Resource = {
  name: 'taskOutcomes',
  singular: 'taskOutcome',
  entity: 'TaskOutcome',
  methods: {
    ...crud('v3.taskOutcomes'),
  },
  defaults: { disabled: '0', created_by: '1', updated_by: '1' },
  computed: (row, db) => ({
    dealTasktype_ids: db.children('tasktypeOutcomeRels', 'outcome', row.id).map((r) => text(r.tasktype)),
  }),
  seed: (add) => {
    const outcomes = [
      ['Interested', 'POSITIVE'],
      ['Meeting booked', 'POSITIVE'],
      ['No answer', 'NEUTRAL'],
      ['Not interested', 'NEGATIVE'],
    ] as const;
    outcomes.forEach(([title, sentiment]) => add({ title, sentiment }, at(-410)));
  },
};

export const tasktypeOutcomeRels: Resource = {
  name: 'tasktypeOutcomeRels',
  singular: 'tasktypeOutcomeRel',
  entity: 'TasktypeOutcomeRel',
  methods: {
    ...crud('v3.tasktypeOutcomeRels'),
  },
  defaults: { display_order: '0', created_by: '1', updated_by: null },
  computed: (row) => ({ tasktype_id: row.tasktype, outcome_id: row.outcome, createdBy: row.created_by }),
  relations: [ownedBy('tasktype', 'dealTasktypes'), ownedBy('outcome', 'taskOutcomes')],
  seed: (add) => {
    for (const tasktype of [1, 3, 4])
      for (const outcome of [1, 2, 3, 4]) add({ tasktype, outcome, display_order: String(outcome) });
  },
};
