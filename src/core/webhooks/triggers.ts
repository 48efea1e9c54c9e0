/**
 * Which API calls fire which webhook events, keyed by catalog method id.
 *
 * What each event means comes from ActiveCampaign's event table
 * (developers.activecampaign.com/reference/webhooks: `subscribe` "Contact
 * added", `update` "Contact updated", `list_add` "List added",
 * `deal_stage_add` "Deal stage added", …) and from the `listid` description
 * of POST /webhooks, which names the events a list cannot narrow. So:
 * - `subscribe` fires when a contact is created (list 0) and each time a
 *   contact is subscribed to a list (that list); `unsubscribe` when one is
 *   unsubscribed from a list.
 * - `update` fires when an existing contact is saved (its fields or custom
 *   field values), `contact_tag_added/removed` when a tag is put on or taken
 *   off, `subscriber_note` when a note is added to a contact.
 * - `list_add`, `deal_stage_add`, `deal_pipeline_add` and `deal_tasktype_add`
 *   fire when a list, stage, pipeline or task type is created. A deal moving
 *   to another stage is a `deal_update` (with `stage` among its changes).
 * - `deal_task_complete` fires when a deal task's status turns to done.
 * Contact events are worked out from the contact's state before and after the
 * call (its lists and tags), so every call that changes them (v3 or v1) fires
 * the same events. Bulk calls and imports are absent on purpose: ActiveCampaign
 * fires nothing for them, and neither do reads.
 */
import { contactIdByEmail, obj, readRecord, rows, str, v3Path, type Json, type Reader } from './account-reader';
import type { Occurrence, WebhookEventName } from './occurrence';

/** The request, as a trigger needs it. */
export interface CallFacts {
  /** Path template values (`{id}` → `params.id`). */
  params: Readonly<Record<string, string>>;
  /** A v1 parameter, from the query or the form body. */
  param(name: string): string | undefined;
  /** The parsed JSON body of a v3 call; undefined without one. */
  body: unknown;
}

/** How one catalog method turns into events. */
export interface Trigger {
  /** Every event it can cause: when no webhook listens for one of them, nothing is read at all. */
  events: readonly WebhookEventName[];
  /**
   * Runs before the call, reads what it must, and returns what turns the
   * successful answer into events, reading the account as it is after the call.
   */
  start(call: CallFacts, read: Reader): (answer: Json, read: Reader) => Occurrence[];
}

/** `body[root][key]` of a v3 call, as text. */
function bodyField(call: CallFacts, root: string, key: string): string | undefined {
  return str(obj(obj(call.body)?.[root])?.[key]);
}

// ---------------------------------------------------------------- contacts

const CONTACT_EVENTS: readonly WebhookEventName[] = [
  'subscribe',
  'unsubscribe',
  'update',
  'contact_tag_added',
  'contact_tag_removed',
];

interface ContactState {
  /** List id → status ('1' subscribed, '2' unsubscribed). */
  lists: ReadonlyMap<string, string>;
  tagIds: ReadonlySet<string>;
}

function contactState(read: Reader, id: string | undefined): ContactState | undefined {
  if (!id || !readRecord(read, 'contacts', 'contact', id)) return undefined;
  const lists = new Map<string, string>();
  for (const row of rows(read(v3Path('contacts', id, 'contactLists'))?.contactLists)) {
    const list = str(row.list);
    const status = str(row.status);
    if (list && status) lists.set(list, status);
  }
  const tagIds = new Set(
    rows(read(v3Path('contacts', id, 'contactTags'))?.contactTags).flatMap((r) => str(r.tag) ?? []),
  );
  return { lists, tagIds };
}

function subscribedLists(state: ContactState): string[] {
  return [...state.lists].filter(([, status]) => status === '1').map(([list]) => list);
}

function tagName(read: Reader, tagId: string): string | undefined {
  return str(readRecord(read, 'tags', 'tag', tagId)?.tag);
}

/** The events between two states of one contact; `saved` says the call saved the contact itself. */
function contactChanges(
  read: Reader,
  contactId: string,
  before: ContactState | undefined,
  after: ContactState,
  saved: boolean,
): Occurrence[] {
  const out: Occurrence[] = [];
  if (!before) {
    const lists = subscribedLists(after);
    for (const list of lists.length > 0 ? lists : ['0']) out.push({ type: 'subscribe', list, contactId });
  } else {
    if (saved) out.push({ type: 'update', list: '0', contactLists: subscribedLists(after), contactId });
    for (const [list, status] of after.lists) {
      if (before.lists.get(list) === status) continue;
      if (status === '1') out.push({ type: 'subscribe', list, contactId });
      if (status === '2') out.push({ type: 'unsubscribe', list, contactId });
    }
  }
  for (const id of after.tagIds) {
    const tag = before?.tagIds.has(id) ? undefined : tagName(read, id);
    if (tag !== undefined) out.push({ type: 'contact_tag_added', list: '0', contactId, tag });
  }
  for (const id of before?.tagIds ?? []) {
    const tag = after.tagIds.has(id) ? undefined : tagName(read, id);
    if (tag !== undefined) out.push({ type: 'contact_tag_removed', list: '0', contactId, tag });
  }
  return out;
}

/** Finds the contact a call is about; `answer` is there only after the call. */
type Locate = (call: CallFacts, read: Reader, answer?: Json) => string | undefined;

/** A call on one contact: its state is read before and after, and the difference is the events. */
function contactTrigger(locate: Locate, saved: boolean): Trigger {
  return {
    events: CONTACT_EVENTS,
    start(call, readBefore) {
      const beforeId = locate(call, readBefore);
      const before = contactState(readBefore, beforeId);
      return (answer, read) => {
        const id = locate(call, read, answer) ?? beforeId;
        const after = contactState(read, id);
        return id && after ? contactChanges(read, id, before, after, saved) : [];
      };
    },
  };
}

/** v3 create/sync: the answer's contact, or (before the call) whoever already has the address. */
const v3ContactByEmail: Locate = (call, read, answer) =>
  str(obj(answer?.contact)?.id) ?? contactIdByEmail(read, bodyField(call, 'contact', 'email'));
/** v1 add/sync: the answer's `subscriber_id`, or whoever already has the address. */
const v1ContactByEmail: Locate = (call, read, answer) =>
  str(answer?.subscriber_id) ?? contactIdByEmail(read, call.param('email'));
const v1ContactByIdOrEmail: Locate = (call, read) => call.param('id') || contactIdByEmail(read, call.param('email'));

// ------------------------------------------------------------ other records

/** A call whose events come from its answer alone. */
function fromAnswer(
  events: readonly WebhookEventName[],
  make: (call: CallFacts, answer: Json) => Occurrence[],
): Trigger {
  return { events, start: (call) => (answer) => make(call, answer) };
}

/** One occurrence when `id` is known, none otherwise. */
function one(id: string | undefined, make: (id: string) => Occurrence): Occurrence[] {
  return id ? [make(id)] : [];
}

/** The deal fields compared to tell what a `deal_update` changed (v3 names, as GET /deals/{id} has them). */
const DEAL_FIELDS = [
  'title',
  'description',
  'value',
  'currency',
  'group',
  'stage',
  'owner',
  'contact',
  'organization',
  'status',
  'percent',
] as const;

function dealUpdate(dealId: (call: CallFacts) => string | undefined): Trigger {
  return {
    events: ['deal_update'],
    start(call, readBefore) {
      const id = dealId(call);
      const before = readRecord(readBefore, 'deals', 'deal', id);
      return (_answer, read) => {
        const after = readRecord(read, 'deals', 'deal', id);
        if (!id || !after) return [];
        const updatedFields = DEAL_FIELDS.filter((f) => before !== undefined && str(before[f]) !== str(after[f]));
        return [{ type: 'deal_update', list: '0', dealId: id, updatedFields }];
      };
    },
  };
}

function isDealTask(task: Json | undefined): boolean {
  return str(task?.reltype) === 'Deal' || str(obj(task?.owner)?.type) === 'deal';
}

/** A task edit fires `deal_task_complete` when the status turns to done (1). */
function dealTaskEdit(taskId: (call: CallFacts) => string | undefined): Trigger {
  return {
    events: ['deal_task_complete'],
    start(call, readBefore) {
      const id = taskId(call);
      const wasDone = str(readRecord(readBefore, 'dealTasks', 'dealTask', id)?.status) === '1';
      return (_answer, read) => {
        const task = readRecord(read, 'dealTasks', 'dealTask', id);
        const done = !wasDone && str(task?.status) === '1' && isDealTask(task);
        return done && id ? [{ type: 'deal_task_complete', list: '0', taskId: id }] : [];
      };
    },
  };
}

function noteOn(reltype: string | undefined, relid: string | undefined, note: Occurrence['note']): Occurrence[] {
  if (!relid || !note) return [];
  if (reltype === 'Subscriber') return [{ type: 'subscriber_note', list: '0', contactId: relid, note }];
  if (reltype === 'Deal') return [{ type: 'deal_note_add', list: '0', dealId: relid, note }];
  return [];
}

function textNote(text: string | undefined, id?: string): Occurrence['note'] {
  return text === undefined ? undefined : { text, ...(id ? { id } : {}) };
}

const triggers: Readonly<Record<string, Trigger>> = {
  // contacts, v3
  'v3.contacts.create': contactTrigger(v3ContactByEmail, false),
  'v3.contacts.sync': contactTrigger(v3ContactByEmail, true),
  'v3.contacts.update': contactTrigger((call) => call.params.id, true),
  'v3.contactLists.updateStatus': contactTrigger((call) => bodyField(call, 'contactList', 'contact'), false),
  'v3.contactTags.create': contactTrigger((call) => bodyField(call, 'contactTag', 'contact'), false),
  // The association is gone after the call: its contact is read through its link before.
  'v3.contactTags.delete': contactTrigger(
    (call, read, answer) =>
      answer ? undefined : str(obj(read(v3Path('contactTags', call.params.id ?? '', 'contact'))?.contact)?.id),
    false,
  ),
  'v3.fieldValues.create': contactTrigger((call) => bodyField(call, 'fieldValue', 'contact'), true),
  'v3.fieldValues.update': contactTrigger(
    (call, read) => str(readRecord(read, 'fieldValues', 'fieldValue', call.params.id)?.contact),
    true,
  ),
  // contacts, v1
  'v1.contact_add': contactTrigger(v1ContactByEmail, false),
  'v1.contact_sync': contactTrigger(v1ContactByEmail, true),
  'v1.contact_edit': contactTrigger((call) => call.param('id'), true),
  'v1.contact_tag_add': contactTrigger(v1ContactByIdOrEmail, false),
  'v1.contact_tag_remove': contactTrigger(v1ContactByIdOrEmail, false),
  // notes
  'v3.notes.create': fromAnswer(['subscriber_note', 'deal_note_add'], (call, answer) => {
    const note = obj(answer.note);
    return noteOn(
      str(note?.reltype) ?? bodyField(call, 'note', 'reltype'),
      str(note?.relid) ?? bodyField(call, 'note', 'relid'),
      textNote(str(note?.note) ?? bodyField(call, 'note', 'note'), str(note?.id)),
    );
  }),
  'v3.deals.createNote': fromAnswer(['deal_note_add'], (call, answer) =>
    noteOn('Deal', call.params.id, textNote(bodyField(call, 'note', 'note'), str(obj(answer.note)?.id))),
  ),
  'v1.contact_note_add': fromAnswer(['subscriber_note'], (call) =>
    noteOn('Subscriber', call.param('id'), textNote(call.param('note'))),
  ),
  'v1.deal_note_add': fromAnswer(['deal_note_add'], (call, answer) =>
    noteOn('Deal', call.param('dealid'), textNote(call.param('note'), str(answer.id))),
  ),
  // deals
  'v3.deals.create': fromAnswer(['deal_add'], (_call, answer) =>
    one(str(obj(answer.deal)?.id), (dealId) => ({ type: 'deal_add', list: '0', dealId })),
  ),
  'v1.deal_add': fromAnswer(['deal_add'], (_call, answer) =>
    one(str(answer.id), (dealId) => ({ type: 'deal_add', list: '0', dealId })),
  ),
  'v3.deals.update': dealUpdate((call) => call.params.id),
  'v1.deal_edit': dealUpdate((call) => call.param('id')),
  // deal tasks
  'v3.dealTasks.create': fromAnswer(['deal_task_add'], (_call, answer) => {
    const task = obj(answer.dealTask);
    const id = isDealTask(task) ? str(task?.id) : undefined;
    return one(id, (taskId) => ({ type: 'deal_task_add', list: '0', taskId }));
  }),
  'v1.deal_task_add': fromAnswer(['deal_task_add'], (_call, answer) =>
    one(str(answer.id), (taskId) => ({ type: 'deal_task_add', list: '0', taskId })),
  ),
  'v3.dealTasks.update': dealTaskEdit((call) => call.params.id),
  'v1.deal_task_edit': dealTaskEdit((call) => call.param('id')),
  // things created in the account
  'v3.dealStages.create': fromAnswer(['deal_stage_add'], (_call, answer) =>
    one(str(obj(answer.dealStage)?.id), (stageId) => ({ type: 'deal_stage_add', list: '0', stageId })),
  ),
  'v1.deal_stage_add': fromAnswer(['deal_stage_add'], (_call, answer) =>
    one(str(answer.id), (stageId) => ({ type: 'deal_stage_add', list: '0', stageId })),
  ),
  'v3.dealGroups.create': fromAnswer(['deal_pipeline_add'], (_call, answer) =>
    one(str(obj(answer.dealGroup)?.id), (pipelineId) => ({ type: 'deal_pipeline_add', list: '0', pipelineId })),
  ),
  'v1.deal_pipeline_add': fromAnswer(['deal_pipeline_add'], (_call, answer) =>
    one(str(answer.id), (pipelineId) => ({ type: 'deal_pipeline_add', list: '0', pipelineId })),
  ),
  'v3.dealTasktypes.create': fromAnswer(['deal_tasktype_add'], (_call, answer) =>
    one(str(obj(answer.dealTasktype)?.id), (tasktypeId) => ({ type: 'deal_tasktype_add', list: '0', tasktypeId })),
  ),
  'v1.deal_tasktype_add': fromAnswer(['deal_tasktype_add'], (_call, answer) =>
    one(str(answer.id), (tasktypeId) => ({ type: 'deal_tasktype_add', list: '0', tasktypeId })),
  ),
  'v3.lists.create': fromAnswer(['list_add'], (_call, answer) =>
    one(str(obj(answer.list)?.id), (list) => ({ type: 'list_add', list })),
  ),
  'v1.list_add': fromAnswer(['list_add'], (_call, answer) =>
    one(str(answer.id), (list) => ({ type: 'list_add', list })),
  ),
};

/** The trigger of a catalog method, or undefined for a method that fires nothing. */
export function triggerFor(methodId: string): Trigger | undefined {
  return Object.hasOwn(triggers, methodId) ? triggers[methodId] : undefined;
}

/** The catalog methods that can fire webhooks (for tests and docs). */
export const TRIGGERING_METHODS: readonly string[] = Object.keys(triggers);
