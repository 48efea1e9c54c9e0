/**
 * Which stored webhooks hear an event: the event must be among its `events`,
 * the initiator among its `sources`, and its `listid` (when not 0) must be
 * the event's list, except for the events ActiveCampaign's docs say a list
 * cannot narrow (the `listid` description of POST /webhooks).
 */
import { rows, str, type Json } from './account-reader';
import type { Occurrence, WebhookEventName } from './occurrence';

/** A webhook as GET /webhooks lists it, reduced to what delivery needs. */
export interface StoredWebhook {
  id: string;
  url: string;
  events: readonly string[];
  sources: readonly string[];
  /** '0' for every list. */
  listid: string;
}

/** Events a webhook's `listid` has no effect on (those of the documented list that the sandbox knows). */
const LIST_BLIND: ReadonlySet<WebhookEventName> = new Set<WebhookEventName>([
  'subscriber_note',
  'contact_tag_added',
  'contact_tag_removed',
  'list_add',
  'sms_sent',
  'sms_reply',
  'sms_unsub',
  'deal_add',
  'deal_update',
  'deal_note_add',
  'deal_pipeline_add',
  'deal_stage_add',
  'deal_task_add',
  'deal_tasktype_add',
  'deal_task_complete',
]);

/** The `list` a webhook's delivery carries for this event, or undefined when the webhook does not hear it. */
export function heardOn(webhook: StoredWebhook, occ: Occurrence, source: string): string | undefined {
  if (!webhook.events.includes(occ.type) || !webhook.sources.includes(source)) return undefined;
  if (LIST_BLIND.has(occ.type) || webhook.listid === '0' || webhook.listid === '') return occ.list;
  if (occ.list === webhook.listid || occ.contactLists?.includes(webhook.listid)) return webhook.listid;
  return undefined;
}

/** The webhooks of a GET /webhooks answer (malformed rows are skipped). */
export function webhooksOf(answer: Json | undefined): StoredWebhook[] {
  return rows(answer?.webhooks).flatMap((w) => {
    const id = str(w.id);
    const url = str(w.url);
    if (!id || url === undefined) return [];
    const strings = (v: unknown) => (Array.isArray(v) ? v.flatMap((x) => str(x) ?? []) : []);
    return [{ id, url, events: strings(w.events), sources: strings(w.sources), listid: str(w.listid) ?? '0' }];
  });
}
