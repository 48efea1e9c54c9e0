/**
 * Deals and what hangs off them: secondary contacts with their roles, the
 * activity stream and custom field values. A deal's pipeline follows its
 * stage (a stage of another pipeline needs that pipeline, or none); a new
 * pipeline without a stage puts the deal in its first stage. Deleting a deal
 * deletes its notes, tasks, secondary contacts, activities and values.
 */
import { byField, dateBound, numberBound } from '../engine/filters';
import { json, unprocessable, type FieldError, type SandboxResponse } from '../http-types';
import type { Attrs, Db, OpCtx, Resource, Row } from '../engine/resource';
import { readJson } from '../engine/validate';
import {
  at,
  clearedWith,
  COMPANIES,
  crud,
  customFieldMetaDefaults,
  hashOf,
  ownedBy,
  pick,
  refersTo,
  text,
} from './common';
import { stagesOf } from './pipelines';

/** Cross-field rules: a pipeline or stage on create, and a stage that belongs to the pipeline given. */
function checkDeal(input: Attrs, db: Db, creating: boolean): FieldError[] {
  const errors: FieldError[] = [];
  if (creating && text(input.stage) === '' && text(input.group) === '')
    errors.push({ title: 'A stage or a pipeline (group) is required', code: 'field_missing', field: 'stage' });
  const stage = db.find('dealStages', input.stage);
  if (stage && text(input.group) !== '' && text(stage.group) !== text(input.group))
    errors.push({ title: 'The stage does not belong to the pipeline', code: 'field_invalid', field: 'stage' });
  return errors;
}

/** The pipeline follows the stage; a pipeline alone means its first stage. */
function placeDeal(input: Attrs, db: Db, current: Row | undefined): Attrs {
  const stage = db.find('dealStages', input.stage);
  // A stage alone moves the deal to its pipeline; with a pipeline given, checkDeal makes sure they agree.
  if (stage) return text(input.group) === '' ? { ...input, group: stage.group } : input;
  const group = text(input.group);
  if (group !== '' && group !== text(current?.group)) return { ...input, stage: stagesOf(db, group)[0]?.id ?? '' };
  return input;
}

/** PATCH /deals/bulkUpdate: new owners for many deals, reported as success / nochange / failed ids. */
function bulkUpdateOwners(ctx: OpCtx): SandboxResponse {
  const parsed = readJson(ctx.req);
  if (!parsed.ok) return parsed.response;
  const list = (parsed.value as { deals?: unknown } | null)?.deals;
  if (!Array.isArray(list))
    return unprocessable([{ title: 'deals must be a list', code: 'field_invalid', field: 'deals' }]);
  const out = { success: [] as string[], nochange: [] as string[], failed: [] as string[] };
  for (const item of list as Attrs[]) {
    const id = text(item.id);
    const owner = text(item.ownerId);
    if (owner === '') return json(422, { errors: [{ status: 422, title: `ownerId is required for a deal '${id}'.` }] });
    const deal = ctx.db.find('deals', id);
    if (!deal || !ctx.db.find('users', owner)) out.failed.push(id);
    else if (text(deal.owner) === owner) out.nochange.push(id);
    else {
      ctx.db.update('deals', deal, { owner });
      out.success.push(id);
    }
  }
  return json(ctx.op.status, out);
}

export const deals: Resource = {
  name: 'deals',
  singular: 'deal',
  entity: 'Deal',
  methods: {
    ...crud('v3.deals'),
    'v3.deals.bulkUpdateOwners': { kind: 'action', handle: bulkUpdateOwners },
    'v3.contacts.listDeals': { kind: 'list', parent: { table: 'contacts', field: 'contact' } },
  },
  defaults: {
    description: '',
    owner: '1',
    contact: null,
    account: null,
    percent: '0',
    value: '0',
    currency: 'usd',
    status: '0',
    nextdate: null,
    nexttaskid: null,
    edate: '0000-00-00 00:00:00',
    isDisabled: false,
    fields: [],
  },
  computed: (row, db) => ({
    hash: hashOf(`deal-${row.id}`).slice(0, 8),
    organization: row.account ?? null,
    customerAccount: row.account ?? null,
    activitycount: String(db.children('dealActivities', 'deal', row.id).length),
    nextdealid: row.id,
    // A stable stand-in for the real model's score: later stages are likelier to close.
    winProbability: Math.min(95, 10 + Number(text(row.stage) || 0) * 12),
    winProbabilityMdate: row.mdate,
  }),
  relations: [
    clearedWith('contact', 'contacts'),
    clearedWith('account', 'accounts'),
    ownedBy('group', 'dealGroups'),
    ownedBy('stage', 'dealStages'),
    refersTo('owner', 'users'),
  ],
  filters: {
    'filters[search]': byField('title', 'contains'),
    'filters[title]': byField('title', 'contains'),
    'filters[organization]': byField('account', 'eq'),
    // The value filters are in dollars while deals hold cents.
    'filters[minimum_value]': numberBound('value', 'gte', 100),
    'filters[maximum_value]': numberBound('value', 'lte', 100),
    'filters[created_before]': dateBound('cdate', 'lt'),
    'filters[created_after]': dateBound('cdate', 'gt'),
    'filters[updated_before]': dateBound('mdate', 'lt'),
    'filters[updated_after]': dateBound('mdate', 'gt'),
  },
  orders: { 'next-action': { by: 'nextdate' } },
  listMeta: ({ rows }) => {
    const matched = rows();
    const sum = matched.reduce((n, d) => n + (Number(d.value) || 0), 0);
    return { currencies: { USD: { currency: 'USD', total: String(matched.length), value: String(sum) } } };
  },
  hooks: {
    prepare: (input, ctx) => placeDeal(input, ctx.db, ctx.current),
    check: (input, ctx) => checkDeal(input, ctx.db, !ctx.current),
  },
  seed: (add) => {
    for (let i = 1; i <= 40; i++) {
      const inSales = i % 4 !== 0;
      const company = pick(COMPANIES, i);
      add(
        {
          title: `${company} ${inSales ? 'annual plan' : 'partnership'} #${i}`,
          description: inSales ? `Annual plan for ${company}, ${1 + (i % 9)} seats.` : `Co-marketing with ${company}.`,
          // Deal 40 is Jane Doe's (contact 1), so the first contact has a deal too.
          contact: i === 40 ? 1 : i * 5,
          account: 1 + (i % COMPANIES.length),
          group: inSales ? 1 : 2,
          stage: inSales ? 1 + (i % 5) : 6 + (i % 3),
          owner: 1 + (i % 2),
          value: 50_000 * (1 + (i % 9)),
          status: i % 11 === 0 ? 1 : i % 13 === 0 ? 2 : 0,
        },
        at(i),
      );
    }
  },
};

export const dealActivities: Resource = {
  name: 'dealActivities',
  singular: 'dealActivity',
  entity: 'DealActivity',
  methods: { 'v3.dealActivities.list': 'list' },
  computed: (row) => ({ d_id: row.deal, d_stageid: row.stage ?? '0' }),
  relations: [ownedBy('deal', 'deals'), refersTo('user', 'users')],
  filters: { 'filters[d_id]': byField('deal', 'eq') },
  seed: (add) => {
    for (let i = 1; i <= 40; i++) {
      add({ deal: i, user: 1 + (i % 2), dataAction: 'add', dataType: '', stage: null }, at(i));
      if (i % 3 === 0)
        add(
          {
            deal: i,
            user: 1,
            dataAction: 'stage',
            dataType: 'deal_stage',
            stage: String(1 + (i % 5)),
            dataOldval: '1',
          },
          at(i + 48),
        );
    }
  },
};

export const dealRoles: Resource = {
  name: 'dealRoles',
  singular: 'dealRole',
  entity: 'DealRole',
  methods: crud('v3.dealRoles', ['list', 'create', 'delete']),
  unique: [
    { fields: ['title'], ignoreCase: true, onConflict: 'refuse', title: 'A role with this title already exists' },
  ],
  seed: (add) => ['Decision maker', 'Contributor', 'Champion', 'Legal'].forEach((title) => add({ title }, at(-400))),
};

export const contactDeals: Resource = {
  name: 'contactDeals',
  singular: 'contactDeal',
  entity: 'ContactDeal',
  methods: {
    ...crud('v3.contactDeals'),
    'v3.contacts.listContactDeals': { kind: 'list', parent: { table: 'contacts', field: 'contact' } },
  },
  defaults: { created_by: null, updated_by: null },
  relations: [ownedBy('contact', 'contacts'), ownedBy('deal', 'deals'), clearedWith('role', 'dealRoles')],
  unique: [{ fields: ['contact', 'deal'], onConflict: 'refuse', title: 'The contact is already on this deal' }],
  seed: (add) => {
    for (let i = 1; i <= 10; i++) add({ deal: i, contact: i * 5 + 1, role: 1 + (i % 4) }, at(i + 2));
    add({ deal: 3, contact: 1, role: 3 }, at(5));
  },
};

export const dealCustomFieldMeta: Resource = {
  name: 'dealCustomFieldMeta',
  singular: 'dealCustomFieldMetum',
  entity: 'DealCustomFieldMetum',
  methods: {
    ...crud('v3.dealCustomFieldMeta'),
  },
  defaults: customFieldMetaDefaults,
  seed: (add) => {
    add(
      {
        fieldLabel: 'Lead source',
        fieldType: 'dropdown',
        fieldOptions: ['Web', 'Referral', 'Event'],
        fieldDefault: 'Web',
        displayOrder: 1,
      },
      at(-450),
    );
    add({ fieldLabel: 'Contract length (months)', fieldType: 'number', fieldDefault: '12', displayOrder: 2 }, at(-449));
    add({ fieldLabel: 'Renewal date', fieldType: 'date', displayOrder: 3 }, at(-448));
    add({ fieldLabel: 'Setup fee', fieldType: 'currency', fieldDefaultCurrency: 'usd', displayOrder: 4 }, at(-447));
  },
};

/**
 * POST /…CustomFieldData/bulkCreate and PATCH …/bulkUpdate: a bare array of values, written in one call.
 * `owner` is the record's attribute naming the deal or account; `alias`, the body's name for it when different.
 */
export function bulkValues(table: string, owner: string, create: boolean, alias = owner) {
  return (ctx: OpCtx): SandboxResponse => {
    const parsed = readJson(ctx.req);
    if (!parsed.ok) return parsed.response;
    const items = Array.isArray(parsed.value) ? (parsed.value as unknown[]) : [];
    const errors: FieldError[] = [];
    const writes: (() => void)[] = [];
    items.forEach((raw, i) => {
      const given = (typeof raw === 'object' && raw !== null ? raw : {}) as Attrs;
      const item = alias in given ? { ...given, [owner]: given[alias] } : given;
      if (create) {
        for (const f of [owner, 'customFieldId', 'fieldValue'])
          if (text(item[f]) === '' && !Array.isArray(item[f]))
            errors.push({ title: `The ${f} field is required`, code: 'field_missing', field: `${i}/${f}` });
        writes.push(() => ctx.db.insert(table, item));
      } else {
        const row = ctx.db.find(table, item.id);
        if (!row)
          errors.push({ title: `No value with id ${text(item.id)}`, code: 'related_missing', field: `${i}/id` });
        else
          writes.push(() =>
            ctx.db.update(table, row, { fieldValue: item.fieldValue, fieldCurrency: item.fieldCurrency }),
          );
      }
    });
    if (items.length === 0)
      errors.push({ title: 'The body must be a non-empty list', code: 'field_missing', field: '0' });
    if (errors.length > 0) return unprocessable(errors);
    writes.forEach((w) => w());
    return json(ctx.op.status, ctx.op.documented ?? {});
  };
}

export const dealCustomFieldData: Resource = {
  name: 'dealCustomFieldData',
  singular: 'dealCustomFieldDatum',
  entity: 'DealCustomFieldDatum',
  methods: {
    ...crud('v3.dealCustomFieldData'),
    'v3.dealCustomFieldData.bulkCreate': { kind: 'action', handle: bulkValues('dealCustomFieldData', 'dealId', true) },
    'v3.dealCustomFieldData.bulkUpdate': { kind: 'action', handle: bulkValues('dealCustomFieldData', 'dealId', false) },
  },
  computed: (row) => ({ dealCustomFieldMetumId: Number(row.customFieldId) }),
  relations: [
    ownedBy('dealId', 'deals', 'deal'),
    ownedBy('customFieldId', 'dealCustomFieldMeta', 'dealCustomFieldMetum'),
  ],
  unique: [
    { fields: ['dealId', 'customFieldId'], onConflict: 'refuse', title: 'The deal already has a value for this field' },
  ],
  seed: (add) => {
    // Deal 2 has no values yet, so the documented example can give it one.
    for (let i = 3; i <= 14; i++)
      add({ dealId: i, customFieldId: 1, fieldValue: pick(['Web', 'Referral', 'Event'], i) }, at(i));
    for (let i = 3; i <= 8; i++) add({ dealId: i, customFieldId: 2, fieldValue: String(12 * (1 + (i % 3))) }, at(i));
  },
};
