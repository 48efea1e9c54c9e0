/**
 * Declarative v1 resources: which shared table each family of v1 actions
 * reads and writes (by action prefix, longest first). Everything else about
 * an action (read, add, edit, delete; the answer's keys) is derived from its
 * name and its documented example, so v1 and v3 see the same records.
 */
export interface V1Resource {
  /** The action prefix, e.g. `deal_pipeline` for `deal_pipeline_add`. */
  prefix: string;
  /** The shared table (a v3 plural root). */
  table: string;
}

const v1Resources: readonly V1Resource[] = [
  { prefix: 'deal_pipeline', table: 'dealGroups' },
  { prefix: 'deal_stage', table: 'dealStages' },
  { prefix: 'deal_task', table: 'dealTasks' },
  { prefix: 'deal_tasktype', table: 'dealTasktypes' },
  { prefix: 'deal_note', table: 'notes' },
  { prefix: 'deal', table: 'deals' },
  { prefix: 'contact_note', table: 'notes' },
  { prefix: 'contact_automation', table: 'contactAutomations' },
  { prefix: 'automation_contact', table: 'contactAutomations' },
  { prefix: 'automation', table: 'automations' },
  { prefix: 'campaign', table: 'campaigns' },
  { prefix: 'message_template', table: 'templates' },
  { prefix: 'message', table: 'messages' },
  { prefix: 'list_field', table: 'fields' },
  { prefix: 'user', table: 'users' },
  { prefix: 'webhook', table: 'webhooks' },
  { prefix: 'group', table: 'groups' },
  { prefix: 'form', table: 'forms' },
  { prefix: 'tags', table: 'tags' },
];

export type V1Verb = 'read' | 'list' | 'add' | 'edit' | 'delete' | 'other';

/** What an action does, from its name's suffix. */
export function verbOf(action: string, prefix: string): V1Verb {
  const rest = action.slice(prefix.length + 1);
  if (/^(view|get)(_|$)/.test(rest)) return 'read';
  if (/^list$/.test(rest) || rest === '') return 'list';
  if (/^(add|create)$/.test(rest)) return 'add';
  if (rest === 'edit') return 'edit';
  if (/^delete(_list)?$/.test(rest)) return 'delete';
  return 'other';
}

export function resourceOf(action: string): V1Resource | undefined {
  return v1Resources.find((r) => action === r.prefix || action.startsWith(`${r.prefix}_`));
}
