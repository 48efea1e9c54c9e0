import type { FieldError } from '../http-types';
import { json, type SandboxResponse } from '../http-types';
import { byId, insert, removeWhere, type DealRecord, type SandboxStore } from '../store';
import { applyOrders, failIf, filter, int, readRoot, requireFields, route, text, type Ctx, type Route } from './common';
import { readPage } from './paging';
import { contactJson } from './serialize';
import { dealJson, stageJson, stagesOf } from './serialize-crm';

/** ActiveCampaign's 404 for a deal; the catalog documents none, the real API answers this way. */
function dealNotFound(id: string): SandboxResponse {
  return json(404, { message: `No Result found for Deal with id ${id}` });
}

function listDeals({ store, req }: Ctx): SandboxResponse {
  const q = req.query;
  const eq = (name: string, get: (d: DealRecord) => number) => {
    const v = filter(q, name);
    return (d: DealRecord) => v === null || String(get(d)) === v;
  };
  const search = (filter(q, 'search') ?? filter(q, 'title') ?? '').toLowerCase();
  const min = Number(filter(q, 'minimum_value') ?? NaN);
  const max = Number(filter(q, 'maximum_value') ?? NaN);
  let rows = [...store.deals.rows.values()]
    .filter(eq('stage', (d) => d.stage))
    .filter(eq('group', (d) => d.group))
    .filter(eq('status', (d) => d.status))
    .filter(eq('owner', (d) => d.owner))
    .filter(eq('organization', (d) => d.account ?? 0))
    .filter((d) => d.title.toLowerCase().includes(search))
    // The value filters are in dollars while deals store cents.
    .filter((d) => (Number.isNaN(min) || d.value >= min * 100) && (Number.isNaN(max) || d.value <= max * 100));
  const ordered = applyOrders(rows, q, {
    title: (d) => d.title.toLowerCase(),
    value: (d) => d.value,
    cdate: (d) => d.cdate,
  });
  if (!ordered.ok) return ordered.response;
  rows = ordered.value;
  const { limit, offset } = readPage(q);
  const sum = rows.reduce((n, d) => n + d.value, 0);
  return json(200, {
    deals: rows.slice(offset, offset + limit).map((d) => dealJson(store, d)),
    // /deals is one of the few endpoints whose meta.total is a number.
    meta: {
      currencies: { USD: { currency: 'USD', total: String(rows.length), value: String(sum) } },
      total: rows.length,
    },
  });
}

function getDeal({ store, params }: Ctx): SandboxResponse {
  const deal = byId(store.deals, params.id);
  return deal ? json(200, { deal: dealJson(store, deal) }) : dealNotFound(params.id ?? '');
}

/** Validates a deal body against the account: known stage/pipeline, contact, account and owner. */
function checkDeal(store: SandboxStore, d: Record<string, unknown>, creating: boolean): FieldError[] {
  const errors = creating ? requireFields(d, ['title', 'value', 'currency']) : [];
  if (d.value !== undefined && int(d.value) === undefined) {
    errors.push({ title: 'Value must be an integer amount in cents', code: 'field_invalid', field: 'value' });
  }
  const related: [string, (id: unknown) => boolean][] = [
    ['contact', (id) => byId(store.contacts, id) !== undefined],
    ['account', (id) => byId(store.accounts, id) !== undefined],
    ['owner', (id) => byId(store.users, id) !== undefined],
    ['group', (id) => byId(store.pipelines, id) !== undefined],
    ['stage', (id) => byId(store.stages, id) !== undefined],
  ];
  for (const [name, exists] of related) {
    if (d[name] !== undefined && d[name] !== null && !exists(text(d[name]))) {
      errors.push({ title: `The ${name} does not exist`, code: 'related_missing', field: name });
    }
  }
  if (creating && d.stage === undefined && d.group === undefined) {
    errors.push({ title: 'A stage or a pipeline (group) is required', code: 'field_missing', field: 'stage' });
  }
  const stage = byId(store.stages, text(d.stage));
  if (stage && d.group !== undefined && String(stage.group) !== text(d.group)) {
    errors.push({ title: 'Stage does not belong to the pipeline', code: 'field_invalid', field: 'stage' });
  }
  return errors;
}

/** Create/update answer: the deal with numbers where documented, its contact and its pipeline's stages. */
function dealAnswer(store: SandboxStore, status: number, deal: DealRecord): SandboxResponse {
  const contact = deal.contact === null ? undefined : store.contacts.rows.get(deal.contact);
  return json(status, {
    contacts: contact ? [contactJson(store, contact)] : [],
    deal: { ...dealJson(store, deal), value: deal.value, status: deal.status, percent: null, fields: [] },
    dealStages: stagesOf(store, deal.group).map((s) => stageJson(store, s)),
  });
}

function apply(store: SandboxStore, deal: DealRecord, d: Record<string, unknown>): void {
  if (d.title !== undefined) deal.title = text(d.title);
  if (d.description !== undefined) deal.description = text(d.description);
  if (d.value !== undefined) deal.value = int(d.value) ?? deal.value;
  if (d.currency !== undefined) deal.currency = text(d.currency).toLowerCase();
  if (d.contact !== undefined) deal.contact = int(d.contact) ?? null;
  if (d.account !== undefined) deal.account = int(d.account) ?? null;
  if (d.owner !== undefined) deal.owner = int(d.owner) ?? deal.owner;
  if (d.status !== undefined) deal.status = int(d.status) ?? deal.status;
  if (d.percent !== undefined) deal.percent = int(d.percent) ?? deal.percent;
  const stage = byId(store.stages, text(d.stage));
  if (stage) {
    deal.stage = stage.id;
    deal.group = stage.group;
  } else if (d.group !== undefined && String(deal.group) !== text(d.group)) {
    // A new pipeline without a stage: the deal lands in that pipeline's first stage.
    const group = int(d.group) ?? deal.group;
    deal.group = group;
    deal.stage = stagesOf(store, group)[0]?.id ?? deal.stage;
  }
  deal.mdate = store.now().getTime();
}

function createDeal({ store, req }: Ctx): SandboxResponse {
  const root = readRoot(req, 'deal');
  if (!root.ok) return root.response;
  const refused = failIf(checkDeal(store, root.value, true));
  if (refused) return refused;
  const now = store.now().getTime();
  const deal = insert(store.deals, (id) => ({
    id,
    title: '',
    description: '',
    contact: null,
    account: null,
    group: 0,
    stage: 0,
    owner: 1,
    value: 0,
    currency: 'usd',
    percent: 0,
    status: 0,
    cdate: now,
    mdate: now,
  }));
  apply(store, deal, root.value);
  return dealAnswer(store, 201, deal);
}

function updateDeal({ store, req, params }: Ctx): SandboxResponse {
  const deal = byId(store.deals, params.id);
  if (!deal) return dealNotFound(params.id ?? '');
  const root = readRoot(req, 'deal');
  if (!root.ok) return root.response;
  const refused = failIf(checkDeal(store, root.value, false));
  if (refused) return refused;
  apply(store, deal, root.value);
  return dealAnswer(store, 200, deal);
}

function deleteDeal({ store, params }: Ctx): SandboxResponse {
  const deal = byId(store.deals, params.id);
  if (!deal) return dealNotFound(params.id ?? '');
  store.deals.rows.delete(deal.id);
  removeWhere(store.notes, (n) => n.reltype === 'Deal' && n.relid === deal.id);
  return json(200, {});
}

export const dealRoutes: readonly Route[] = [
  route('GET', '/api/3/deals', listDeals),
  route('POST', '/api/3/deals', createDeal),
  route('GET', '/api/3/deals/{id}', getDeal),
  route('PUT', '/api/3/deals/{id}', updateDeal),
  route('DELETE', '/api/3/deals/{id}', deleteDeal),
];
