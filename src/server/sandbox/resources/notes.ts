/**
 * Notes on contacts (`reltype` Subscriber), deals (Deal) and accounts
 * (CustomerAccount), tasks and activities: `relid` must name a record of that kind, and the note
 * goes when its record goes. Deal and account notes can also be written
 * under `/deals/{id}/notes` and `/accounts/{id}/notes`.
 */
import type { Resource } from '../engine/resource';
import { at, crud, ownedByKind, refersTo, text } from './common';

const OWNER_TYPE: Record<string, string> = {
  Subscriber: 'contact',
  Deal: 'deal',
  DealTask: 'dealTask',
  Activity: 'activity',
  CustomerAccount: 'account',
};

export const notes: Resource = {
  name: 'notes',
  singular: 'note',
  entity: 'Note',
  methods: {
    ...crud('v3.notes'),
    'v3.contacts.listNotes': {
      kind: 'list',
      parent: { table: 'contacts', field: 'relid', set: { reltype: 'Subscriber' } },
    },
    'v3.deals.createNote': { kind: 'create', parent: { table: 'deals', field: 'relid', set: { reltype: 'Deal' } } },
    'v3.deals.updateNote': { kind: 'update', parent: { table: 'deals', field: 'relid', set: { reltype: 'Deal' } } },
    'v3.accounts.createNote': {
      kind: 'create',
      parent: { table: 'accounts', field: 'relid', set: { reltype: 'CustomerAccount' } },
    },
    'v3.accounts.updateNote': {
      kind: 'update',
      parent: { table: 'accounts', field: 'relid', set: { reltype: 'CustomerAccount' } },
    },
  },
  defaults: { userid: '1', user: '1', is_draft: '0' },
  computed: (row) => ({
    userid: row.user ?? '1',
    owner: { type: OWNER_TYPE[text(row.reltype)] ?? 'contact', id: text(row.relid) },
  }),
  relations: [
    ...ownedByKind('relid', 'reltype', {
      Subscriber: 'contacts',
      Deal: 'deals',
      CustomerAccount: 'accounts',
      DealTask: 'dealTasks',
      Activity: 'activities',
    }),
    refersTo('user', 'users', false),
  ],
  hooks: {
    check: (input, ctx) => {
      const reltype = text(input.reltype ?? ctx.current?.reltype);
      return reltype in OWNER_TYPE
        ? []
        : [
            {
              title: `reltype must be one of ${Object.keys(OWNER_TYPE).join(', ')}`,
              code: 'field_invalid',
              field: 'reltype',
            },
          ];
    },
  },
  seed: (add) => {
    const onContact = ['Asked for a demo next week.', 'Prefers email over calls.', 'Met at the spring webinar.'];
    const onDeal = ['Sent the revised quote.', 'Legal is reviewing the contract.', 'Budget approved for Q2.'];
    for (let i = 1; i <= 20; i++) {
      const deal = i % 2 === 0;
      add(
        { note: (deal ? onDeal : onContact)[i % 3] ?? '', relid: i, reltype: deal ? 'Deal' : 'Subscriber', user: 1 },
        at(i),
      );
    }
    add({ note: 'Renewal call booked for March.', relid: 1, reltype: 'CustomerAccount', user: 2 }, at(30));
  },
};
