import { isoWithOffset } from '../clock';
import type { AccountRecord, DealRecord, NoteRecord, PipelineRecord, SandboxStore, StageRecord } from '../store';
import { hashOf } from './serialize';
import { links } from './serialize-lists';

const DEAL_LINKS = [
  'dealActivities',
  'contact',
  'contactDeals',
  'group',
  'nextTask',
  'notes',
  'account',
  'customerAccount',
  'organization',
  'owner',
  'scoreValues',
  'stage',
  'tasks',
  'dealCustomFieldData',
];

/** A deal; numbers are strings except where the documented shape says otherwise. */
export function dealJson(store: SandboxStore, d: DealRecord): Record<string, unknown> {
  const account = d.account === null ? null : String(d.account);
  return {
    hash: hashOf(`deal-${d.id}`).slice(0, 8),
    owner: String(d.owner),
    contact: d.contact === null ? null : String(d.contact),
    organization: account,
    group: String(d.group),
    stage: String(d.stage),
    title: d.title,
    description: d.description,
    percent: String(d.percent),
    cdate: isoWithOffset(d.cdate),
    mdate: isoWithOffset(d.mdate),
    nextdate: null,
    nexttaskid: null,
    value: String(d.value),
    currency: d.currency,
    // A stable stand-in for the real model's score: later stages are likelier to close.
    winProbability: Math.min(95, 10 + d.stage * 12),
    winProbabilityMdate: isoWithOffset(d.mdate),
    status: String(d.status),
    activitycount: '0',
    nextdealid: String(d.id),
    edate: '0000-00-00 00:00:00',
    links: links(`${store.baseUrl}/api/3/deals/${d.id}`, DEAL_LINKS),
    id: String(d.id),
    isDisabled: false,
    account,
    customerAccount: account,
  };
}

/** A pipeline stage. */
export function stageJson(store: SandboxStore, s: StageRecord): Record<string, unknown> {
  return {
    cardRegion1: 'title',
    cardRegion2: 'next-action',
    cardRegion3: 'show-avatar',
    cardRegion4: 'contact-fullname-orgname',
    cardRegion5: 'value',
    cdate: isoWithOffset(s.cdate),
    color: s.color,
    dealOrder: 'next-action DESC',
    group: String(s.group),
    id: String(s.id),
    links: links(`${store.baseUrl}/api/3/dealStages/${s.id}`, ['group']),
    order: String(s.order),
    title: s.title,
    udate: isoWithOffset(s.udate),
    width: '280',
  };
}

/** The stages of a pipeline, in board order. */
export function stagesOf(store: SandboxStore, group: number): StageRecord[] {
  return [...store.stages.rows.values()].filter((s) => s.group === group).sort((a, b) => a.order - b.order);
}

/** A pipeline ("deal group"). */
export function pipelineJson(store: SandboxStore, p: PipelineRecord): Record<string, unknown> {
  return {
    allgroups: '1',
    allusers: '0',
    autoassign: '1',
    cdate: isoWithOffset(p.cdate),
    currency: p.currency,
    id: String(p.id),
    links: links(`${store.baseUrl}/api/3/dealGroups/${p.id}`, ['dealGroupGroups', 'dealGroupUsers', 'stages']),
    stages: stagesOf(store, p.id).map((s) => String(s.id)),
    title: p.title,
    udate: isoWithOffset(p.udate),
    dealGroupGroups: [],
    dealGroupUsers: [],
  };
}

/** An account (company). */
export function accountJson(store: SandboxStore, a: AccountRecord): Record<string, unknown> {
  let contacts = 0;
  for (const d of store.deals.rows.values()) if (d.account === a.id && d.contact !== null) contacts++;
  let deals = 0;
  for (const d of store.deals.rows.values()) if (d.account === a.id) deals++;
  return {
    name: a.name,
    accountUrl: a.accountUrl,
    createdTimestamp: isoWithOffset(a.cdate),
    updatedTimestamp: isoWithOffset(a.udate),
    links: links(`${store.baseUrl}/api/3/accounts/${a.id}`, ['notes', 'accountCustomFieldData', 'accountContacts']),
    id: String(a.id),
    contactCount: String(contacts),
    dealCount: String(deals),
    fields: [],
  };
}

const OWNER_TYPE: Record<NoteRecord['reltype'], string> = {
  Subscriber: 'contact',
  Deal: 'deal',
  CustomerAccount: 'account',
};

/** A note on a contact, deal or account. */
export function noteJson(store: SandboxStore, n: NoteRecord): Record<string, unknown> {
  return {
    relid: String(n.relid),
    reltype: n.reltype,
    userid: String(n.userid),
    is_draft: '0',
    cdate: isoWithOffset(n.cdate),
    mdate: isoWithOffset(n.mdate),
    note: n.note,
    links: links(`${store.baseUrl}/api/3/notes/${n.id}`, ['activities', 'user', 'mentions', 'notes', 'owner']),
    id: String(n.id),
    user: String(n.userid),
    owner: { type: OWNER_TYPE[n.reltype], id: String(n.relid) },
  };
}
