/**
 * The body of one delivery, shaped as ActiveCampaign sends it (encoded by
 * `encodeBracketForm`). Where each shape comes from:
 * - the header (`type`, `date_time`, `initiated_from`, `initiated_by`,
 *   `list`): ActiveCampaign's webhook page ("each field option is sent as a
 *   POST parameter") and every captured payload below;
 * - `contact[…]` with `customer_acct_name`, `customer_acct_id`, `orgname`
 *   beside it, `tag` for tag events, a plain `note` for `subscriber_note`,
 *   `deal[…]` (`stageid`, `stage_title`, `pipeline_title`, `value` formatted
 *   and `value_raw`, `owner_firstname`, `contact_email`, …), `updated_fields[]`
 *   for `deal_update`, `note[id]`/`note[text]` for `deal_note_add` and
 *   `task[…]` for deal tasks: payloads captured from real accounts and kept
 *   as sample data by the Activepieces ActiveCampaign triggers
 *   (updated-contact, tag-added-or-removed, new-contact-note,
 *   new-deal-added-or-updated, new-deal-note, new-deal-task);
 * - `contact[id]`, `contact[email]`, `deal[id]`, `deal[title]`, `list`,
 *   `date_time`: the fields Pipedream's ActiveCampaign sources read.
 * ActiveCampaign publishes no sample for `list_add`, `deal_stage_add`,
 * `deal_pipeline_add`, `deal_tasktype_add` and `deal_task_complete`: the
 * last reuses the deal-task shape; the others carry the new record under
 * the same naming (`stage[…]`, `pipeline[…]`, `tasktype[…]`, `list_name`),
 * which is the sandbox's choice. Deal custom fields (`deal[fields]`) are not sent.
 */
import { obj, readRecord, rows, str, v3Path, type Json, type Reader } from './account-reader';
import type { EncodableValue } from './bracket-form';
import type { Occurrence } from './occurrence';

type Fields = { [key: string]: EncodableValue };

/** Who caused the event and when: the same for every webhook that hears it. */
export interface DeliveryHeader {
  /** ISO 8601 with the account's offset, e.g. `2026-02-01T06:00:00-06:00`. */
  dateTime: string;
  /** The initiator (`api` for API calls). */
  source: string;
}

/** The whole delivery: the header fields first, as ActiveCampaign orders them, then the event's body. */
export function deliveryPayload(occ: Occurrence, list: string, header: DeliveryHeader, body: Fields): Fields {
  return {
    type: occ.type,
    date_time: header.dateTime,
    initiated_from: header.source,
    initiated_by: header.source,
    list,
    ...body,
  };
}

/** The event's records, read from the account as they are now (at the moment of the event). */
export function payloadBody(occ: Occurrence, read: Reader): Fields {
  switch (occ.type) {
    case 'subscribe':
    case 'unsubscribe':
    case 'update':
      return contactFields(read, occ.contactId);
    case 'contact_tag_added':
    case 'contact_tag_removed':
      return { ...contactFields(read, occ.contactId), tag: occ.tag };
    case 'subscriber_note':
      return { note: occ.note?.text, ...contactFields(read, occ.contactId) };
    case 'deal_add':
    case 'deal_update': {
      const deal = dealFields(read, occ.dealId);
      return {
        ...contactFields(read, deal?.contactId),
        deal: deal?.fields,
        ...(occ.type === 'deal_update' ? { updated_fields: occ.updatedFields ?? [] } : {}),
      };
    }
    case 'deal_note_add':
      return { note: { id: occ.note?.id, text: occ.note?.text }, deal: dealFields(read, occ.dealId)?.fields };
    case 'deal_task_add':
    case 'deal_task_complete': {
      const task = taskFields(read, occ.taskId);
      const deal = dealFields(read, task?.dealId);
      return { ...contactFields(read, deal?.contactId), deal: deal?.fields, task: task?.fields };
    }
    case 'deal_stage_add':
      return { stage: stageFields(read, occ.stageId) };
    case 'deal_pipeline_add': {
      const p = readRecord(read, 'dealGroups', 'dealGroup', occ.pipelineId);
      return { pipeline: p && { id: occ.pipelineId, title: str(p.title), currency: str(p.currency) } };
    }
    case 'deal_tasktype_add': {
      const t = readRecord(read, 'dealTasktypes', 'dealTasktype', occ.tasktypeId);
      return { tasktype: t && { id: occ.tasktypeId, title: str(t.title) } };
    }
    case 'list_add': {
      const l = readRecord(read, 'lists', 'list', occ.list);
      return { list_name: str(l?.name), list_stringid: str(l?.stringid) };
    }
    default:
      // Campaign and SMS events: nothing in the API causes them, so the sandbox never fires them.
      return {};
  }
}

function contactFields(read: Reader, id: string | undefined): Fields {
  const c = readRecord(read, 'contacts', 'contact', id);
  if (!id || !c) return {};
  const tags = rows(read(v3Path('contacts', id, 'contactTags'))?.contactTags).flatMap(
    (r) => str(readRecord(read, 'tags', 'tag', str(r.tag))?.tag) ?? [],
  );
  // Keyed by custom field id; readers built on `qs` turn these numeric keys into an array.
  const fields = Object.fromEntries(
    rows(read(v3Path('contacts', id, 'fieldValues'))?.fieldValues).flatMap((fv) => {
      const field = str(fv.field);
      return field ? [[field, str(fv.value) ?? '']] : [];
    }),
  );
  const account = contactAccount(read, id);
  const orgname = str(c.orgname) ?? '';
  return {
    contact: {
      id,
      email: str(c.email) ?? '',
      first_name: str(c.firstName) ?? '',
      last_name: str(c.lastName) ?? '',
      phone: str(c.phone) ?? '',
      ip: ipText(c.ip),
      tags: tags.join(', '),
      customer_acct_name: account?.name ?? '',
      orgname,
      fields,
    },
    customer_acct_name: account?.name ?? '',
    customer_acct_id: account?.id ?? '0',
    orgname,
  };
}

function contactAccount(read: Reader, contactId: string): { id: string; name: string } | undefined {
  const links = rows(read(`/api/3/accountContacts?filters[contact]=${encodeURIComponent(contactId)}`)?.accountContacts);
  const id = str(links.find((l) => str(l.contact) === contactId)?.account);
  const name = str(readRecord(read, 'accounts', 'account', id)?.name);
  return id && name !== undefined ? { id, name } : undefined;
}

/** v3 keeps IPv4 addresses as integers (`"0"`); payloads show them dotted. */
function ipText(value: unknown): string {
  const text = str(value) ?? '';
  if (!/^\d{1,10}$/.test(text) || Number(text) > 0xffffffff) return text || '0.0.0.0';
  const n = Number(text);
  return [24, 16, 8, 0].map((shift) => String(Math.floor(n / 2 ** shift) % 256)).join('.');
}

/** `2026-01-15T09:30:00-06:00` → `2026-01-15 09:30:00`, the account-local column format payloads also carry. */
function localColumn(iso: string | undefined): string | undefined {
  const m = iso ? /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})/.exec(iso) : null;
  return m ? `${m[1]} ${m[2]}` : iso;
}

function currencySymbol(code: string): string {
  try {
    const parts = new Intl.NumberFormat('en-US', { style: 'currency', currency: code.toUpperCase() }).formatToParts(0);
    return parts.find((p) => p.type === 'currency')?.value ?? '';
  } catch {
    return '';
  }
}

function dealFields(read: Reader, id: string | undefined): { fields: Fields; contactId?: string } | undefined {
  const d = readRecord(read, 'deals', 'deal', id);
  if (!id || !d) return undefined;
  const stage = readRecord(read, 'dealStages', 'dealStage', str(d.stage));
  const pipelineId = str(d.group) ?? str(stage?.group);
  const pipeline = readRecord(read, 'dealGroups', 'dealGroup', pipelineId);
  const owner = readRecord(read, 'users', 'user', str(d.owner));
  const contactId = str(d.contact);
  const contact = readRecord(read, 'contacts', 'contact', contactId);
  const orgId = str(d.organization) ?? str(d.account);
  const org = readRecord(read, 'accounts', 'account', orgId);
  // v3 values are in cents; payloads carry the amount (value_raw) and its formatted form.
  const cents = Number(str(d.value) ?? '0');
  const amount = Number.isFinite(cents) ? cents / 100 : 0;
  const currency = str(d.currency) ?? 'usd';
  const cdate = str(d.cdate);
  return {
    ...(contactId ? { contactId } : {}),
    fields: {
      id,
      title: str(d.title) ?? '',
      create_date: localColumn(cdate),
      create_date_iso: cdate,
      orgid: orgId ?? '0',
      orgname: str(org?.name) ?? '',
      stageid: str(d.stage) ?? '0',
      stage_title: str(stage?.title) ?? '',
      pipelineid: pipelineId ?? '0',
      pipeline_title: str(pipeline?.title) ?? '',
      value: new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(amount),
      value_raw: String(amount),
      currency,
      currency_symbol: currencySymbol(currency),
      owner: str(d.owner) ?? '0',
      owner_firstname: str(owner?.firstName) ?? '',
      owner_lastname: str(owner?.lastName) ?? '',
      contactid: contactId ?? '0',
      contact_email: str(contact?.email) ?? '',
      contact_firstname: str(contact?.firstName) ?? '',
      contact_lastname: str(contact?.lastName) ?? '',
      status: str(d.status) ?? '0',
    },
  };
}

function taskFields(read: Reader, id: string | undefined): { fields: Fields; dealId?: string } | undefined {
  const t = readRecord(read, 'dealTasks', 'dealTask', id);
  if (!id || !t) return undefined;
  const typeId = str(t.dealTasktype);
  const type = readRecord(read, 'dealTasktypes', 'dealTasktype', typeId);
  const dealId = str(t.relid) ?? str(obj(t.owner)?.id);
  return {
    ...(dealId ? { dealId } : {}),
    fields: {
      id,
      type_id: typeId,
      title: str(t.title) ?? '',
      note: str(t.note) ?? '',
      duedate: localColumn(str(t.duedate)),
      duedate_iso: str(t.duedate),
      edate: localColumn(str(t.edate)),
      edate_iso: str(t.edate),
      type_title: str(type?.title) ?? '',
    },
  };
}

function stageFields(read: Reader, id: string | undefined): Fields | undefined {
  const s: Json | undefined = readRecord(read, 'dealStages', 'dealStage', id);
  if (!s) return undefined;
  const pipelineId = str(s.group);
  return {
    id,
    title: str(s.title) ?? '',
    order: str(s.order),
    pipelineid: pipelineId,
    pipeline_title: str(readRecord(read, 'dealGroups', 'dealGroup', pipelineId)?.title),
  };
}
