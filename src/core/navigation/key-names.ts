import { camelCase } from './inflect';

/**
 * Field names ActiveCampaign uses for a resource other than its root key:
 * a deal's `owner` is a user, its `stage` a deal stage, a campaign's `seriesid`
 * an automation. Everything else is derived (a field named after a root key,
 * with or without an id suffix, names that resource); these are the naming
 * irregularities no rule can guess. `within` limits an alias to records of
 * those collections (`group` on a deal is a pipeline, elsewhere a user group).
 */
interface KeyAlias {
  /** The field name without its id suffix (`owner`, `series`, `d_group`). */
  stem: string;
  /** The collection it names. */
  collection: string;
  within?: readonly string[];
}

const DEAL_RECORDS = ['deals', 'dealStages', 'dealActivities', 'dealGroups'];

const KEY_ALIASES: readonly KeyAlias[] = [
  { stem: 'owner', collection: 'users' },
  { stem: 'assignee', collection: 'users' },
  { stem: 'assignee_user', collection: 'users' },
  { stem: 'created_by', collection: 'users' },
  { stem: 'createdBy', collection: 'users' },
  { stem: 'updated_by', collection: 'users' },
  { stem: 'subscriber', collection: 'contacts' },
  { stem: 'series', collection: 'automations' },
  { stem: 'doneAutomation', collection: 'automations' },
  { stem: 'stage', collection: 'dealStages' },
  { stem: 'd_stage', collection: 'dealStages' },
  { stem: 'group', collection: 'dealGroups', within: DEAL_RECORDS },
  { stem: 'd_group', collection: 'dealGroups' },
  { stem: 'pipeline', collection: 'dealGroups' },
  { stem: 'dealPipeline', collection: 'dealGroups' },
  { stem: 'd', collection: 'deals' },
  { stem: 'task', collection: 'dealTasks' },
  { stem: 'nextTask', collection: 'dealTasks' },
  { stem: 'tasktype', collection: 'dealTasktypes' },
  { stem: 'd_tasktype', collection: 'dealTasktypes' },
  { stem: 'outcome', collection: 'taskOutcomes' },
  { stem: 'customer', collection: 'ecomCustomers' },
  { stem: 'order', collection: 'ecomOrders' },
  { stem: 'organization', collection: 'accounts' },
  { stem: 'customerAccount', collection: 'accounts' },
];

/**
 * v1 action families whose subject is not what their name suggests: `contact_tag_add` and
 * `contact_note_add` take the contact's `id` (the tag or note is another parameter); v1's
 * `account_*` actions manage reseller accounts, not the CRM accounts of v3 (null: none).
 */
export const V1_SUBJECTS: readonly { prefix: string; collection: string | null }[] = [
  { prefix: 'contact_tag', collection: 'contacts' },
  { prefix: 'contact_note', collection: 'contacts' },
  { prefix: 'account', collection: null },
];

/** Keys whose value is never a resource id, whatever their name suggests. */
const NOT_IDS = new Set(['relid', 'reltype', 'ids', 'hash', 'type', 'status']);

/** Splits a field or parameter name into the stem that may name a resource: `filters[listid]` → `list`, `contact_id` → `contact`. */
export function keyStems(name: string): string[] {
  const inner = /^filters\[([^\]]+)\](\[\])?$/.exec(name)?.[1] ?? name.replace(/\[\]$/, '');
  if (NOT_IDS.has(inner) || inner === 'id') return [];
  const stems = [inner];
  const suffixed = /^(.+?)_?(id|Id|ID|ids|Ids|IDs)$/.exec(inner);
  if (suffixed?.[1]) stems.push(suffixed[1]);
  return [...new Set(stems.flatMap((s) => [s, camelCase(s)]))];
}

/** The alias for a stem in records of `within`, if any. */
export function aliasOf(stem: string, within: string | undefined): string | undefined {
  return KEY_ALIASES.find((a) => a.stem === stem && (!a.within || (within !== undefined && a.within.includes(within))))
    ?.collection;
}
