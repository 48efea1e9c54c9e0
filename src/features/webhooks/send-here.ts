import type { MethodValues } from '../../core/request/types';
import { WEBHOOK_SOURCES } from '../../core/catalog/webhook-vocabulary';

/** The catalog method that creates the webhook: the user sees the very request that does it. */
export const CREATE_WEBHOOK_METHOD = 'v3.webhooks.create';

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
