/**
 * Automations and what runs inside them: contacts' runs, the goals they
 * reach, the blocks an automation is made of, conversions and their
 * triggers, site messages and SMS, and lead scores. A contact's runs, goals,
 * conversions and score values go with the contact; an automation's runs,
 * blocks and goals go with the automation.
 */
import { json, type SandboxResponse } from '../http-types';
import type { OpCtx, Resource } from '../engine/resource';
import { at, clearedWith, crud, ownedBy, pick, refersTo, text } from './common';

const AUTOMATIONS = [
  ['Welcome series', 'Three emails over the first week after signing up.'],
  ['Lead scoring', 'Adds points for opens, clicks and pricing-page visits.'],
  ['Abandoned cart', 'Reminds shoppers of what they left behind.'],
  ['Re-engagement', 'Wins back contacts who stopped opening.'],
] as const;

export const automations: Resource = {
  name: 'automations',
  singular: 'automation',
  entity: 'Automation',
  methods: crud('v3.automations', ['list', 'get']),
  defaults: { userid: '1', hidden: '0', description: null },
  computed: (row, db) => {
    const runs = db.children('contactAutomations', 'automation', row.id);
    return { entered: String(runs.length), exited: String(runs.filter((r) => text(r.status) === '2').length) };
  },
  seed: (add) =>
    AUTOMATIONS.forEach(([name, description], i) =>
      add({ name, description, status: i === 3 ? '2' : '1' }, at(i - 300)),
    ),
};

export const contactAutomations: Resource = {
  name: 'contactAutomations',
  singular: 'contactAutomation',
  entity: 'ContactAutomation',
  methods: {
    ...crud('v3.contactAutomations', ['list', 'get', 'create', 'delete']),
    'v3.contacts.listContactAutomations': { kind: 'list', parent: { table: 'contacts', field: 'contact' } },
  },
  defaults: {
    startid: '0',
    status: '1',
    batchid: null,
    remdate: null,
    timespan: null,
    lastlogid: '0',
    lastblock: '1',
    in_als: '0',
  },
  computed: (row) => ({ seriesid: row.automation }),
  relations: [ownedBy('contact', 'contacts'), ownedBy('automation', 'automations')],
  stampedOnCreate: ['adddate', 'lastdate'],
  seed: (add) => {
    // Every fifth contact went through the welcome series; some are still in lead scoring.
    for (let c = 1; c <= 60; c++) {
      if (c % 5 === 0 || c === 1)
        add(
          {
            contact: c,
            automation: 1,
            status: '2',
            batchid: 'completed',
            lastblock: '5',
            completedElements: 3,
            totalElements: 3,
            completed: 1,
            completeValue: 100,
          },
          at(c),
        );
      if (c % 6 === 0 || c === 1)
        add(
          {
            contact: c,
            automation: 2,
            status: '1',
            lastblock: '2',
            completedElements: 1,
            totalElements: 4,
            completed: 0,
            completeValue: 25,
          },
          at(c + 5),
        );
    }
  },
};

/** One row per automation the contact entered, with how many times: derived from the contact's runs. */
function entryCounts(ctx: OpCtx, generic: () => SandboxResponse): SandboxResponse {
  const contact = ctx.db.find('contacts', ctx.params.id);
  if (!contact) return generic();
  const counts = new Map<string, number>();
  for (const run of ctx.db.children('contactAutomations', 'contact', contact.id)) {
    const id = text(run.automation);
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const rows = [...counts].flatMap(([id, n]) => {
    const a = ctx.db.find('automations', id);
    return a ? [{ id, name: a.name, status: a.status, hidden: '0', contactEntryCount: String(n) }] : [];
  });
  return json(ctx.op.status, { automationEntryCounts: rows });
}

export const automationEntryCounts: Resource = {
  name: 'automationEntryCounts',
  singular: 'automationEntryCount',
  entity: 'Subscriber',
  methods: {
    'v3.contacts.listAutomationEntryCounts': {
      kind: 'list',
      parent: { table: 'contacts', field: 'contact' },
      handle: entryCounts,
    },
  },
};

export const automationBlocks: Resource = {
  name: 'automationBlocks',
  singular: 'automationBlock',
  entity: 'AutomationBlock',
  methods: { 'v3.automationBlocks.list': 'list' },
  defaults: { parent: '0', deleted: '0' },
  relations: [ownedBy('automation', 'automations')],
  seed: (add) => {
    const steps: [string, Record<string, unknown>][] = [
      ['start', { trigger: 'subscribe', listid: '1' }],
      ['send', { campaignid: '1' }],
      ['wait', { days: 2 }],
      ['goal', { goal: 'first purchase' }],
      ['send', { campaignid: '2' }],
    ];
    steps.forEach(([type, params], i) =>
      add({ automation: 1, ordernum: String(i + 1), parent: String(i), type, params }, at(i - 300)),
    );
    add({ automation: 2, ordernum: '1', type: 'start', params: { trigger: 'tag-added', tag: '2' } }, at(-299));
    add({ automation: 2, ordernum: '2', parent: '6', type: 'score', params: { score: '1', points: 10 } }, at(-299));
  },
};

export const goals: Resource = {
  name: 'goals',
  singular: 'goal',
  entity: 'Goal',
  methods: { 'v3.goals.list': 'list' },
  defaults: { dirty_stats: '0' },
  computed: (row) => ({ seriesid: row.automation, blockid: row.automationBlock }),
  relations: [ownedBy('automation', 'automations'), ownedBy('automationBlock', 'automationBlocks')],
  seed: (add) => {
    add({ automation: 1, automationBlock: 4, name: 'Made a first purchase' }, at(-290));
    add({ automation: 2, automationBlock: 7, name: 'Reached 50 points' }, at(-289));
  },
};

export const contactGoals: Resource = {
  name: 'contactGoals',
  singular: 'contactGoal',
  entity: 'ContactGoal',
  methods: { 'v3.contacts.listContactGoals': { kind: 'list', parent: { table: 'contacts', field: 'contact' } } },
  defaults: { timespan: '1' },
  computed: (row) => ({
    goalid: row.goal,
    seriesid: row.automation,
    subscriberid: row.contact,
    subscriberseriesid: row.contactAutomation,
  }),
  relations: [
    ownedBy('contact', 'contacts'),
    ownedBy('goal', 'goals'),
    ownedBy('automation', 'automations'),
    ownedBy('contactAutomation', 'contactAutomations'),
  ],
  seed: (add, db) => {
    for (const run of db.children('contactAutomations', 'automation', '1').slice(0, 6)) {
      add({ contact: run.contact, goal: 1, automation: 1, contactAutomation: run.id }, at(Number(run.contact) + 24));
    }
  },
};

export const conversions: Resource = {
  name: 'conversions',
  singular: 'conversion',
  entity: 'Conversion',
  methods: { 'v3.conversions.list': 'list' },
  defaults: { currency: 'usd', limit: '0', enforcelimit: '0' },
  seed: (add) => {
    add({ name: 'Bought a pogo stick', value: '4900' }, at(-280));
    add({ name: 'Booked a demo', value: '0' }, at(-279));
  },
};

export const conversionTriggers: Resource = {
  name: 'conversionTriggers',
  singular: 'conversionTrigger',
  entity: 'ConversionTrigger',
  methods: { 'v3.conversionTriggers.list': 'list' },
  defaults: { dynamic: '0', retroactive: '0', automationBlock: null },
  relations: [ownedBy('conversion', 'conversions'), clearedWith('automationBlock', 'automationBlocks')],
  seed: (add) => {
    add({ conversion: 1, triggerType: 'page-visit', modifier: 'contains', value: '/checkout/thank-you' }, at(-280));
    add({ conversion: 2, triggerType: 'event', modifier: 'is', value: 'demo_booked' }, at(-279));
  },
};

export const contactConversions: Resource = {
  name: 'contactConversions',
  singular: 'contactConversion',
  entity: 'ContactConversion',
  methods: { 'v3.contactConversions.list': 'list' },
  defaults: { currency: 'usd', dynamic: '0', convertedByType: 'campaign' },
  relations: [
    ownedBy('contact', 'contacts'),
    ownedBy('conversion', 'conversions'),
    ownedBy('conversionTrigger', 'conversionTriggers'),
  ],
  seed: (add) => {
    for (let c = 1; c <= 5; c++) {
      const demo = c % 2 === 0;
      add(
        {
          contact: c * 3,
          conversion: demo ? 2 : 1,
          conversionTrigger: demo ? 2 : 1,
          convertedById: '1',
          triggerType: demo ? 'event' : 'page-visit',
          modifier: demo ? 'is' : 'contains',
          value: demo ? '0' : '4900',
        },
        at(c + 60),
      );
    }
  },
};

export const siteMessages: Resource = {
  name: 'siteMessages',
  singular: 'siteMessage',
  entity: 'SiteMessage',
  methods: { 'v3.siteMessages.list': 'list' },
  relations: [ownedBy('automation', 'automations')],
  seed: (add) => {
    add({
      name: 'Spring sale banner',
      automation: 3,
      template: { header: 'Spring sale', body: '20% off this week', button: 'Shop now' },
      ldate: '2026-01-20T12:00:00-06:00',
    });
    add({
      name: 'Welcome back',
      automation: 4,
      template: { header: 'Welcome back!', body: 'Here is what is new', button: 'See updates' },
      ldate: null,
    });
  },
};

export const sms: Resource = {
  name: 'sms',
  singular: 'sms',
  entity: 'Sms',
  methods: { 'v3.sms.list': 'list' },
  defaults: {
    tf_day: 'weekdays',
    tf_hr_from: '9',
    tf_hr_to: '18',
    failed: '0',
    unsubscribes: '0',
    replies: '0',
    uniquereplies: '0',
  },
  computed: (row) => ({ userid: row.user, seriesid: row.automation }),
  relations: [ownedBy('automation', 'automations'), refersTo('user', 'users')],
  stampedOnCreate: ['sdate'],
  seed: (add) => {
    add(
      {
        user: 1,
        automation: 3,
        msg: 'You left something in your cart. Reply STOP to opt out.',
        sent: '42',
        failed: '1',
        replies: '5',
        uniquereplies: '5',
        ldate: '2026-01-20T09:00:00-06:00',
      },
      at(24 * 18),
    );
    add(
      {
        user: 1,
        automation: 1,
        msg: 'Welcome to the Sandbox Store! Reply STOP to opt out.',
        sent: '118',
        ldate: '2026-01-21T09:00:00-06:00',
      },
      at(24 * 19),
    );
  },
};

export const scores: Resource = {
  name: 'scores',
  singular: 'score',
  entity: 'Score',
  methods: crud('v3.scores', ['list', 'get']),
  defaults: { status: '1', descript: '' },
  seed: (add) => {
    add(
      { reltype: 'contact', name: 'Engagement', descript: '+10 per open, +20 per click, -5 a week of silence' },
      at(-270),
    );
    add(
      { reltype: 'contact', name: 'Link engagement', descript: '+50 points when the contact clicks any link' },
      at(-269),
    );
    add({ reltype: 'deal', name: 'Big deal', descript: '+30 when the value is over $10,000' }, at(-268));
  },
};

export const scoreValues: Resource = {
  name: 'scoreValues',
  singular: 'scoreValue',
  entity: 'ScoreValue',
  methods: { 'v3.contacts.listScoreValues': { kind: 'list', parent: { table: 'contacts', field: 'contact' } } },
  defaults: { deal: null },
  relations: [ownedBy('score', 'scores'), ownedBy('contact', 'contacts'), ownedBy('deal', 'deals')],
  seed: (add) => {
    for (let c = 1; c <= 20; c++)
      add({ score: 1 + (c % 2), contact: c, scoreValue: String(pick([10, 20, 35, 50, 75], c)) }, at(c + 70));
    for (let d = 1; d <= 5; d++) add({ score: 3, contact: d * 5, deal: d, scoreValue: '30' }, at(d + 90));
  },
};
