/** The 25 event names `GET /webhook/events` lists: the only values a webhook's `events` may hold. */
export const WEBHOOK_EVENTS = [
  'bounce',
  'click',
  'contact_tag_added',
  'contact_tag_removed',
  'deal_add',
  'deal_note_add',
  'deal_pipeline_add',
  'deal_stage_add',
  'deal_task_add',
  'deal_task_complete',
  'deal_tasktype_add',
  'deal_update',
  'forward',
  'list_add',
  'open',
  'reply',
  'sent',
  'share',
  'sms_reply',
  'sms_sent',
  'sms_unsub',
  'subscribe',
  'subscriber_note',
  'unsubscribe',
  'update',
] as const;

/** Who may trigger a webhook ("initiation options"). */
export const WEBHOOK_SOURCES = ['public', 'admin', 'api', 'system'] as const;
