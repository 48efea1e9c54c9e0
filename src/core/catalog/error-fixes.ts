/**
 * What fixes a documented error, as data beside the catalog: the method to call instead, the
 * guide that explains it, or the setting to check. The summary bar turns each into a button.
 * Kept apart from the method files, keyed by method id, status and error code, so adding a fix
 * touches one table. A test checks every method, parameter and body path named here exists.
 */

/**
 * Which values a method step takes from the failed call. `sameBody`: the JSON body as sent.
 * `params` and `body` map a parameter (wire name) or a dotted body path of the target to a
 * source in the failed call: `param.<wire name>` (its query or v1 form field) or
 * `body.<dotted path>` (its JSON body).
 */
export interface Carry {
  sameBody?: boolean;
  params?: Readonly<Record<string, string>>;
  body?: Readonly<Record<string, string>>;
}

type FixStep =
  | { kind: 'method'; methodId: string; label: string; carry: Carry }
  /** v1's `result_code: 0`: the v3 method that does the same (see `V1_TO_V3`). */
  | { kind: 'v3-equivalent' }
  | { kind: 'guide'; guideId: string; label: string }
  /** `check-key`: the connection's key and its Check key; `rate-limit`: its requests per second. */
  | { kind: 'setting'; setting: 'check-key' | 'rate-limit'; label: string }
  /** Sends the same request again (the rate budget waits out `Retry-After` first). */
  | { kind: 'retry'; label: string }
  /** A v3 404 on a record: the list of the collection the method is about, to find an id that exists. */
  | { kind: 'collection' };

/** Which failures a fix applies to: every field given must match. */
interface FixMatch {
  methodId?: string;
  api?: 'v1' | 'v3';
  status?: number;
  /** A v3 `errors[].code`, e.g. `duplicate`. */
  code?: string;
  /** v1's verdict: `failed` is `result_code: 0`, `not-authorized` its refusal of the key. */
  v1?: 'failed' | 'not-authorized';
}

export interface ErrorFix {
  when: FixMatch;
  /** A sharper explanation for this case, shown instead of the general one for the status. */
  advice?: string;
  steps: readonly FixStep[];
}

const KEY_STEPS: readonly FixStep[] = [
  { kind: 'setting', setting: 'check-key', label: 'Check key' },
  { kind: 'guide', guideId: 'authentication', label: 'Where keys live, and what a reset does' },
];

/** The first matching fix wins: specific cases before general ones. */
export const ERROR_FIXES: readonly ErrorFix[] = [
  {
    when: { methodId: 'v3.contacts.create', status: 422, code: 'duplicate' },
    advice:
      'A contact with this email exists already (shown next to the fields); "Sync a contact" creates or updates by email.',
    steps: [
      {
        kind: 'method',
        methodId: 'v3.contacts.sync',
        label: 'Sync a contact with the same body',
        carry: { sameBody: true },
      },
    ],
  },
  {
    when: { methodId: 'v3.tags.create', status: 422, code: 'duplicate' },
    advice: 'A tag with this name exists already: find it and use its id.',
    steps: [
      {
        kind: 'method',
        methodId: 'v3.tags.list',
        label: 'Find the tag',
        carry: { params: { search: 'body.tag.tag' } },
      },
    ],
  },
  { when: { api: 'v3', status: 403 }, steps: KEY_STEPS },
  { when: { api: 'v1', v1: 'not-authorized' }, steps: KEY_STEPS },
  {
    when: { status: 429 },
    steps: [
      { kind: 'retry', label: 'Send again when a slot frees' },
      { kind: 'setting', setting: 'rate-limit', label: 'Requests per second' },
      { kind: 'guide', guideId: 'rate-limits', label: 'Rate limits guide' },
    ],
  },
  { when: { api: 'v1', v1: 'failed' }, steps: [{ kind: 'v3-equivalent' }] },
  {
    when: { api: 'v3', status: 404 },
    steps: [{ kind: 'collection' }],
  },
];

/** A v1 action and the v3 method that does the same, with the values that carry over. */
export interface V1Equivalent {
  action: string;
  methodId: string;
  carry?: Carry;
}

const CONTACT_BODY = {
  'contact.email': 'param.email',
  'contact.firstName': 'param.first_name',
  'contact.lastName': 'param.last_name',
  'contact.phone': 'param.phone',
};

/** The common v1 actions and their v3 equivalents (v1 ids are v3 ids: both read the same account). */
export const V1_TO_V3: readonly V1Equivalent[] = [
  { action: 'contact_add', methodId: 'v3.contacts.create', carry: { body: CONTACT_BODY } },
  { action: 'contact_sync', methodId: 'v3.contacts.sync', carry: { body: CONTACT_BODY } },
  { action: 'contact_edit', methodId: 'v3.contacts.update', carry: { params: { id: 'param.id' }, body: CONTACT_BODY } },
  { action: 'contact_view', methodId: 'v3.contacts.get', carry: { params: { id: 'param.id' } } },
  { action: 'contact_view_email', methodId: 'v3.contacts.list', carry: { params: { email: 'param.email' } } },
  {
    action: 'contact_list',
    methodId: 'v3.contacts.list',
    carry: { params: { email: 'param.filters[email]', listid: 'param.filters[listid]' } },
  },
  { action: 'contact_delete', methodId: 'v3.contacts.delete', carry: { params: { id: 'param.id' } } },
  {
    action: 'contact_tag_add',
    methodId: 'v3.contactTags.create',
    carry: { body: { 'contactTag.contact': 'param.id' } },
  },
  { action: 'contact_tag_remove', methodId: 'v3.contactTags.delete' },
  {
    action: 'contact_automation_list',
    methodId: 'v3.contacts.listContactAutomations',
    carry: { params: { id: 'param.contact_id' } },
  },
  {
    action: 'automation_contact_add',
    methodId: 'v3.contactAutomations.create',
    carry: {
      body: { 'contactAutomation.contact': 'param.contact_id', 'contactAutomation.automation': 'param.automation' },
    },
  },
  { action: 'automation_list', methodId: 'v3.automations.list' },
  { action: 'list_list', methodId: 'v3.lists.list' },
  { action: 'list_view', methodId: 'v3.lists.get', carry: { params: { id: 'param.id' } } },
  { action: 'list_add', methodId: 'v3.lists.create', carry: { body: { 'list.name': 'param.name' } } },
  { action: 'list_delete', methodId: 'v3.lists.delete', carry: { params: { id: 'param.id' } } },
  { action: 'tags_list', methodId: 'v3.tags.list' },
  { action: 'campaign_list', methodId: 'v3.campaigns.list' },
  { action: 'campaign_delete', methodId: 'v3.campaigns.delete', carry: { params: { id: 'param.id' } } },
  { action: 'message_view', methodId: 'v3.messages.get', carry: { params: { id: 'param.id' } } },
  { action: 'message_delete', methodId: 'v3.messages.delete', carry: { params: { id: 'param.id' } } },
  { action: 'user_me', methodId: 'v3.users.me' },
  { action: 'user_list', methodId: 'v3.users.list' },
  { action: 'user_view', methodId: 'v3.users.get', carry: { params: { id: 'param.id' } } },
  { action: 'user_view_email', methodId: 'v3.users.getByEmail', carry: { params: { email: 'param.email' } } },
  {
    action: 'user_view_username',
    methodId: 'v3.users.getByUsername',
    carry: { params: { username: 'param.username' } },
  },
  { action: 'webhook_list', methodId: 'v3.webhooks.list' },
  { action: 'webhook_view', methodId: 'v3.webhooks.get', carry: { params: { id: 'param.id' } } },
  { action: 'webhook_delete', methodId: 'v3.webhooks.delete', carry: { params: { id: 'param.id' } } },
  { action: 'webhook_events', methodId: 'v3.webhook.listEvents' },
  { action: 'deal_get', methodId: 'v3.deals.get', carry: { params: { id: 'param.id' } } },
  { action: 'deal_add', methodId: 'v3.deals.create', carry: { body: { 'deal.title': 'param.title' } } },
  { action: 'deal_edit', methodId: 'v3.deals.update', carry: { params: { id: 'param.id' } } },
  { action: 'deal_delete', methodId: 'v3.deals.delete', carry: { params: { id: 'param.id' } } },
  {
    action: 'deal_list',
    methodId: 'v3.deals.list',
    carry: { params: { 'filters[stage]': 'param.filters[stage]', 'filters[group]': 'param.filters[pipeline]' } },
  },
  { action: 'deal_note_add', methodId: 'v3.deals.createNote', carry: { params: { id: 'param.dealid' } } },
  { action: 'deal_pipeline_list', methodId: 'v3.dealGroups.list' },
  {
    action: 'deal_stage_list',
    methodId: 'v3.dealStages.list',
    carry: { params: { 'filters[d_groupid]': 'param.filters[pipeline]' } },
  },
  { action: 'form_getforms', methodId: 'v3.forms.list' },
  { action: 'group_list', methodId: 'v3.groups.list' },
  { action: 'group_view', methodId: 'v3.groups.get', carry: { params: { id: 'param.id' } } },
];

/** A failed call, as far as the table cares. */
export interface Failure {
  methodId: string;
  api: 'v1' | 'v3';
  status: number;
  /** The v3 body's `errors[].code` values. */
  codes: readonly string[];
  v1?: 'failed' | 'not-authorized' | undefined;
}

/** The fix for a failure, if the table names one. */
export function findFix(failure: Failure): ErrorFix | undefined {
  return ERROR_FIXES.find(
    ({ when }) =>
      (when.methodId === undefined || when.methodId === failure.methodId) &&
      (when.api === undefined || when.api === failure.api) &&
      (when.status === undefined || when.status === failure.status) &&
      (when.v1 === undefined || when.v1 === failure.v1) &&
      (when.code === undefined || failure.codes.includes(when.code)),
  );
}

/** The v3 equivalent of a v1 action, if the table has one. */
export function v3EquivalentOf(action: string): V1Equivalent | undefined {
  return V1_TO_V3.find((e) => e.action === action);
}
