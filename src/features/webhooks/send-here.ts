import type { MethodValues } from '../../core/request/types';
import { WEBHOOK_SOURCES } from '../../core/catalog/webhook-vocabulary';

/** The catalog method that creates the webhook: the user sees the very request that does it. */
export const CREATE_WEBHOOK_METHOD = 'v3.webhooks.create';

/** Asked first, filtered by the inbox URL, so a second click does not make a second webhook (and twin deliveries). */
export const LIST_WEBHOOKS_METHOD = 'v3.webhooks.list';

/** Opens an existing webhook. */
export const GET_WEBHOOK_METHOD = 'v3.webhooks.get';

/**
 * Every event the sandbox fires (`core/webhooks/triggers.ts`; a test keeps
 * the two lists equal). Listed here rather than derived so the sidebar's
 * chunk does not carry the triggers. Events the sandbox never fires
 * (campaign opens, SMS…) are left out: the webhook reads as what it can do.
 */
export const SANDBOX_WEBHOOK_EVENTS = [
  'subscribe',
  'unsubscribe',
  'update',
  'contact_tag_added',
  'contact_tag_removed',
  'subscriber_note',
  'list_add',
  'deal_add',
  'deal_update',
  'deal_note_add',
  'deal_pipeline_add',
  'deal_stage_add',
  'deal_task_add',
  'deal_task_complete',
  'deal_tasktype_add',
] as const;

/** The form values of "Create a webhook" that send every sandbox event, from every source, to this inbox. */
export function sandboxWebhookValues(inboxUrl: string, inboxName: string): MethodValues {
  return {
    params: {},
    body: {
      webhook: {
        name: `Explorer inbox: ${inboxName}`,
        url: inboxUrl,
        events: [...SANDBOX_WEBHOOK_EVENTS],
        // `api` is what the sandbox's calls are initiated by; the others cost nothing and match a real setup.
        sources: [...WEBHOOK_SOURCES],
      },
    },
  };
}

/** The list call's values: webhooks whose URL contains the inbox URL. */
export function webhooksToValues(inboxUrl: string): MethodValues {
  return { params: { 'filters[url]': inboxUrl } };
}

/** A webhook already posting to this exact URL, from the list's answer (`filters[url]` matches by "contains"). */
export function webhookPostingTo(bodyText: string, inboxUrl: string): { id: string; name: string } | undefined {
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch {
    return undefined;
  }
  const list = typeof body === 'object' && body !== null ? (body as { webhooks?: unknown }).webhooks : undefined;
  if (!Array.isArray(list)) return undefined;
  for (const w of list as unknown[]) {
    if (typeof w !== 'object' || w === null) continue;
    const { id, name, url } = w as { id?: unknown; name?: unknown; url?: unknown };
    if (url === inboxUrl && (typeof id === 'string' || typeof id === 'number'))
      return { id: String(id), name: typeof name === 'string' ? name : '' };
  }
  return undefined;
}
