/**
 * Bulk contact imports. The sandbox runs an import at once: every contact in
 * the payload is created or updated by email (names, phone, tags, field
 * values, list subscriptions), and the batch is kept so its status can be
 * read back with `GET /import/info?batchId=…`. A payload with an invalid
 * entry is refused whole, as the API does.
 */
import { json, type SandboxResponse } from '../http-types';
import { EMAIL, readJson } from '../engine/validate';
import type { Attrs, Db, OpCtx, Resource, Row } from '../engine/resource';
import { at, text, uuidOf } from './common';
import { writeFieldValues } from './contacts';

function entries(value: unknown): Attrs[] {
  return Array.isArray(value) ? value.filter((v): v is Attrs => typeof v === 'object' && v !== null) : [];
}

/** Creates or updates one imported contact with its tags, field values and list subscriptions. */
function importContact(db: Db, c: Attrs): Row {
  const attrs: Attrs = { email: text(c.email) };
  if (c.first_name !== undefined) attrs.firstName = text(c.first_name);
  if (c.last_name !== undefined) attrs.lastName = text(c.last_name);
  if (c.phone !== undefined) attrs.phone = text(c.phone);
  const existing = db.findBy('contacts', { email: attrs.email });
  const contact = existing ? db.update('contacts', existing, attrs) : db.insert('contacts', attrs);
  writeFieldValues(
    db,
    contact,
    entries(c.fields).map((f) => ({ field: f.id, value: f.value })),
  );
  for (const name of Array.isArray(c.tags) ? c.tags : []) {
    const tagName = text(name);
    if (tagName === '') continue;
    const tag = db.findBy('tags', { tag: tagName }) ?? db.insert('tags', { tag: tagName, tagType: 'contact' });
    if (!db.findBy('contactTags', { contact: contact.id, tag: tag.id }))
      db.insert('contactTags', { contact: contact.id, tag: tag.id });
  }
  for (const [key, status] of [
    ['subscribe', '1'],
    ['unsubscribe', '2'],
  ] as const) {
    for (const ref of entries(c[key])) {
      if (!db.find('lists', ref.listid)) continue;
      const member = db.findBy('contactLists', { contact: contact.id, list: text(ref.listid) });
      // Contacts who unsubscribed are not re-subscribed by an import.
      if (member && !(status === '1' && text(member.status) === '2')) db.update('contactLists', member, { status });
      else if (!member) db.insert('contactLists', { contact: contact.id, list: ref.listid, status });
    }
  }
  return contact;
}

function bulkImport(ctx: OpCtx): SandboxResponse {
  const parsed = readJson(ctx.req);
  if (!parsed.ok) return parsed.response;
  const contacts = entries((parsed.value as Attrs | null)?.contacts);
  const failureReasons = contacts.flatMap((c, i) =>
    EMAIL.test(text(c.email)) ? [] : [{ contact: i, failureReason: 'Field email incorrect format' }],
  );
  if (contacts.length === 0 || contacts.length > 250 || failureReasons.length > 0) {
    return json(400, {
      success: 0,
      message:
        'JSON payload did not pass validation. Please fix failure Reasons and retry. The import was not queued for processing.',
      failureReasons:
        contacts.length === 0
          ? [{ contact: 0, failureReason: 'contacts must list 1 to 250 contacts' }]
          : failureReasons,
    });
  }
  const ids = contacts.map((c) => importContact(ctx.db, c).id);
  const batch = ctx.db.insert('bulkImports', {
    batchId: uuidOf(`import-${ctx.db.store.tables.get('bulkImports')?.lastId ?? 0}`),
    status: 'completed',
    success: ids,
    failure: [],
    forDate: ctx.store.now().toISOString().slice(0, 10),
  });
  return json(ctx.op.status, {
    Success: 1,
    queued_contacts: ids.length,
    batchId: batch.batchId,
    message: 'Contact import queued',
  });
}

/** Imports by day; the sandbox finishes each import at once, so nothing is outstanding. */
function listImports(ctx: OpCtx): SandboxResponse {
  const days = new Map<string, { batches: number; contacts: number }>();
  for (const b of ctx.store.tables.get('bulkImports')?.rows.values() ?? []) {
    const day = days.get(text(b.forDate)) ?? { batches: 0, contacts: 0 };
    day.batches += 1;
    day.contacts += Array.isArray(b.success) ? b.success.length : 0;
    days.set(text(b.forDate), day);
  }
  const recentlyCompleted = [...days].map(([forDate, d]) => ({
    forDate,
    batches: String(d.batches),
    contacts: String(d.contacts),
  }));
  return json(ctx.op.status, { outstanding: [], recentlyCompleted });
}

function importInfo(ctx: OpCtx): SandboxResponse {
  const batchId = ctx.req.query.get('batchId') ?? '';
  if (batchId === '') return json(400, { success: 0, message: "'batchId' is a required field." });
  const batch = ctx.db.findBy('bulkImports', { batchId });
  if (!batch) return json(400, { success: 0, message: `No import batch ${batchId}.` });
  const { status, success, failure } = ctx.db.wire('bulkImports', batch);
  return json(ctx.op.status, { status, success, failure });
}

export const bulkImports: Resource = {
  name: 'bulkImports',
  singular: 'bulkImport',
  entity: 'BulkImport',
  methods: {
    'v3.import.bulkImport': { kind: 'action', handle: bulkImport },
    'v3.import.listBulkImports': { kind: 'action', handle: listImports },
    'v3.import.getInfo': { kind: 'action', handle: importInfo },
  },
  defaults: { batchId: '', status: 'completed', success: [], failure: [], forDate: '' },
  unique: [{ fields: ['batchId'], onConflict: 'refuse' }],
  seed: (add) => {
    add(
      {
        batchId: '0641fbdd-f62f-4c2c-ba02-3a83d5d11ac9',
        success: ['201', '202', '203'],
        failure: ['invalid.email@invalid'],
        forDate: '2026-01-09',
      },
      at(200),
    );
    add({ batchId: uuidOf('import-seed-2'), success: ['240', '241'], failure: [], forDate: '2026-01-10' }, at(220));
  },
};
