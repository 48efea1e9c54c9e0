import { z } from 'zod';
import { emptyStore } from './seed';
import { TABLE_NAMES, type SandboxStore, type Table, type Tables } from './store';

/**
 * The `--data` file format: the key and every table as plain JSON. Reading
 * validates every row, so a hand-edited or truncated file is refused with
 * a clear message instead of breaking handlers later.
 */
const id = z.number().int().positive();
const ref = z.number().int().nonnegative();
const ms = z.number().finite();
const str = z.string();

const rowSchemas = {
  contacts: z.object({ id, email: str, firstName: str, lastName: str, phone: str, cdate: ms, udate: ms }),
  lists: z.object({ id, name: str, stringid: str, senderUrl: str, senderReminder: str, cdate: ms, udate: ms }),
  tags: z.object({ id, tag: str, tagType: str, description: str, cdate: ms }),
  contactTags: z.object({ id, contact: ref, tag: ref, cdate: ms }),
  contactLists: z.object({ id, contact: ref, list: ref, status: z.number().int(), cdate: ms, udate: ms }),
  fields: z.object({ id, title: str, type: str, perstag: str, descript: str, defval: str, cdate: ms, udate: ms }),
  fieldValues: z.object({ id, contact: ref, field: ref, value: str, cdate: ms, udate: ms }),
  pipelines: z.object({ id, title: str, currency: str, cdate: ms, udate: ms }),
  stages: z.object({ id, group: ref, title: str, order: z.number().int(), color: str, cdate: ms, udate: ms }),
  deals: z.object({
    id,
    title: str,
    description: str,
    contact: ref.nullable(),
    account: ref.nullable(),
    group: ref,
    stage: ref,
    owner: ref,
    value: z.number().int(),
    currency: str,
    percent: z.number(),
    status: z.number().int(),
    cdate: ms,
    mdate: ms,
  }),
  accounts: z.object({ id, name: str, accountUrl: str, cdate: ms, udate: ms }),
  notes: z.object({
    id,
    note: str,
    relid: ref,
    reltype: z.enum(['Subscriber', 'Deal', 'CustomerAccount']),
    userid: ref,
    cdate: ms,
    mdate: ms,
  }),
  webhooks: z.object({ id, name: str, url: str, events: z.array(str), sources: z.array(str), listid: ref, cdate: ms }),
  users: z.object({ id, username: str, firstName: str, lastName: str, email: str }),
  automations: z.object({ id, name: str, status: z.number().int(), entered: ref, exited: ref, cdate: ms, mdate: ms }),
  campaigns: z.object({
    id,
    name: str,
    type: str,
    status: z.number().int(),
    sent: ref,
    opens: ref,
    clicks: ref,
    cdate: ms,
    sdate: ms,
  }),
} satisfies { [K in keyof Tables]: z.ZodObject };

const table = <S extends z.ZodObject>(row: S) => z.object({ lastId: ref, rows: z.array(row) });
const r = rowSchemas;

const fileSchema = z.object({
  format: z.literal('activecampaign-sandbox'),
  version: z.literal(1),
  apiKey: z.string().min(1),
  tables: z.object({
    contacts: table(r.contacts),
    lists: table(r.lists),
    tags: table(r.tags),
    contactTags: table(r.contactTags),
    contactLists: table(r.contactLists),
    fields: table(r.fields),
    fieldValues: table(r.fieldValues),
    pipelines: table(r.pipelines),
    stages: table(r.stages),
    deals: table(r.deals),
    accounts: table(r.accounts),
    notes: table(r.notes),
    webhooks: table(r.webhooks),
    users: table(r.users),
    automations: table(r.automations),
    campaigns: table(r.campaigns),
  }),
});

/** Serialises the account and its key. */
export function toSnapshot(store: SandboxStore, apiKey: string): string {
  const tables = Object.fromEntries(
    TABLE_NAMES.map((n) => {
      const t: Table<{ id: number }> = store[n];
      return [n, { lastId: t.lastId, rows: [...t.rows.values()] }];
    }),
  );
  return JSON.stringify({ format: 'activecampaign-sandbox', version: 1, apiKey, tables });
}

/** Reads a snapshot back; throws an Error naming the first problem when the text is not a valid snapshot. */
export function fromSnapshot(text: string, baseUrl: string, now: () => Date): { store: SandboxStore; apiKey: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new Error(`it is not valid JSON (${err instanceof Error ? err.message : String(err)})`, { cause: err });
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `it is not a sandbox data file: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`,
    );
  }
  const store = emptyStore(baseUrl, now);
  for (const name of TABLE_NAMES) {
    const { lastId, rows }: { lastId: number; rows: { id: number }[] } = parsed.data.tables[name];
    const target: Table<{ id: number }> = store[name];
    for (const row of rows) {
      if (target.rows.has(row.id)) throw new Error(`it is not a sandbox data file: ${name} has id ${row.id} twice`);
      target.rows.set(row.id, row);
    }
    // Never hand out an id that is already taken, even if lastId was edited down.
    target.lastId = rows.reduce((max, row) => Math.max(max, row.id), lastId);
  }
  return { store, apiKey: parsed.data.apiKey };
}
