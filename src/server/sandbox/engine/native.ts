/**
 * The resources whose records live in the sandbox's typed tables (contacts,
 * lists, tags, deals…, shared with v1). The engine reads them through these
 * adapters, in their own wire shape, so a generic listing such as
 * `/contacts/{id}/deals` sees the same rows as the hand-tuned routes.
 */
import { byId, deleteContact, type SandboxStore, type Table } from '../store';
import { contactJson, fieldValueJson, userJson } from '../v3/serialize';
import { accountJson, dealJson, noteJson, pipelineJson, stageJson } from '../v3/serialize-crm';
import {
  automationJson,
  campaignJson,
  contactListJson,
  contactTagJson,
  fieldJson,
  listJson,
  tagJson,
  webhookJson,
} from '../v3/serialize-lists';

export interface NativeAdapter {
  /** The row in its v3 wire shape, or undefined. */
  get(store: SandboxStore, id: string): Record<string, unknown> | undefined;
  /** Every row in id order, in its wire shape. */
  all(store: SandboxStore): Record<string, unknown>[];
  /** How many rows there are, without serialising them. */
  count(store: SandboxStore): number;
  /** Deletes the row (with the native cascade); false when it does not exist. */
  remove(store: SandboxStore, id: string): boolean;
}

function adapter<T extends { id: number }>(
  table: (s: SandboxStore) => Table<T>,
  toJson: (s: SandboxStore, row: T) => Record<string, unknown>,
  cascade: (s: SandboxStore, id: number) => void = (s, id) => table(s).rows.delete(id),
): NativeAdapter {
  return {
    get: (s, id) => {
      const row = byId(table(s), id);
      return row ? toJson(s, row) : undefined;
    },
    all: (s) => [...table(s).rows.values()].map((r) => toJson(s, r)),
    count: (s) => table(s).rows.size,
    remove: (s, id) => {
      const row = byId(table(s), id);
      if (!row) return false;
      cascade(s, row.id);
      return true;
    },
  };
}

/** Table name (the plural JSON root) → its typed table. */
const nativeTables: Readonly<Record<string, NativeAdapter>> = {
  contacts: adapter((s) => s.contacts, contactJson, deleteContact),
  lists: adapter((s) => s.lists, listJson),
  tags: adapter((s) => s.tags, tagJson),
  contactTags: adapter((s) => s.contactTags, contactTagJson),
  contactLists: adapter((s) => s.contactLists, contactListJson),
  fields: adapter((s) => s.fields, fieldJson),
  fieldValues: adapter((s) => s.fieldValues, fieldValueJson),
  dealGroups: adapter((s) => s.pipelines, pipelineJson),
  dealStages: adapter((s) => s.stages, stageJson),
  deals: adapter((s) => s.deals, dealJson),
  accounts: adapter((s) => s.accounts, accountJson),
  notes: adapter((s) => s.notes, noteJson),
  webhooks: adapter(
    (s) => s.webhooks,
    (_s, w) => webhookJson(w),
  ),
  users: adapter((s) => s.users, userJson),
  automations: adapter((s) => s.automations, automationJson),
  campaigns: adapter((s) => s.campaigns, campaignJson),
};

export function nativeAdapter(table: string): NativeAdapter | undefined {
  return Object.hasOwn(nativeTables, table) ? nativeTables[table] : undefined;
}
