import type { WEBHOOK_EVENTS } from '../catalog/webhook-vocabulary';

/** One of the 25 event names a webhook can subscribe to. */
export type WebhookEventName = (typeof WEBHOOK_EVENTS)[number];

/**
 * One event that happened through the API, before it is matched to the
 * account's webhooks: its type, the list it happened on, and the ids the
 * payload is read from.
 */
export interface Occurrence {
  type: WebhookEventName;
  /** The list the event happened on; '0' when it has none (or, for `list_add`, the new list's id). */
  list: string;
  /** For `update`: the lists the contact is subscribed to, which a webhook bound to one of them hears. */
  contactLists?: readonly string[];
  contactId?: string;
  dealId?: string;
  taskId?: string;
  stageId?: string;
  pipelineId?: string;
  tasktypeId?: string;
  /** The tag's name (tag events). */
  tag?: string;
  /** The note (note events); `id` where the answer gave one. */
  note?: { id?: string; text: string };
  /** `deal_update`: the deal fields that changed. */
  updatedFields?: readonly string[];
}
