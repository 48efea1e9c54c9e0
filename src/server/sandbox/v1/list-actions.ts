import type { Db, Row } from '../engine/resource';
import { text } from '../resources/common';
import { fail, idFilter, numbered, ok, type Action, type V1Call } from './call';
import { utcColumn } from '../clock';

function listV1(db: Db, l: Row): Record<string, unknown> {
  const subscribers = db.children('contactLists', 'list', l.id).filter((cl) => text(cl.status) === '1').length;
  return {
    id: l.id,
    name: text(l.name),
    stringid: text(l.stringid),
    cdate: utcColumn(Date.parse(text(l.cdate))),
    private: '0',
    userid: '1',
    subscriber_count: String(subscribers),
    sender_url: text(l.sender_url),
    sender_reminder: text(l.sender_reminder),
  };
}

/** A URL-safe stringid from a list name, made unique in the account. */
function slug(db: Db, name: string): string {
  const base =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'list';
  let candidate = base;
  for (let n = 2; db.findBy('lists', { stringid: candidate }); n++) candidate = `${base}-${n}`;
  return candidate;
}

function allLists(call: V1Call): Row[] {
  return [...(call.store.tables.get('lists')?.rows.values() ?? [])];
}

/** The list attributes a v1 call sends (parameters it leaves out are not included). */
function listParams(call: V1Call): Record<string, string> {
  const keys = [
    'name',
    'sender_name',
    'sender_addr1',
    'sender_city',
    'sender_zip',
    'sender_country',
    'sender_url',
    'sender_reminder',
  ];
  return Object.fromEntries(
    keys.flatMap((k) => {
      const v = call.param(k);
      return v === undefined ? [] : [[k, v]];
    }),
  );
}

/** v1 list_add needs the sender's postal address, as the v1 reference requires. */
const REQUIRED_LIST = ['name', 'sender_name', 'sender_addr1', 'sender_city', 'sender_zip', 'sender_country'];

export const listActions: Record<string, Action> = {
  list_list: (call) => {
    const wanted = idFilter(call.param('ids'));
    const name = call.param('filters[name]')?.toLowerCase();
    if (!wanted && !name) return fail(call);
    const rows = allLists(call).filter(
      (l) => (!wanted || wanted(l.id)) && (!name || text(l.name).toLowerCase().includes(name)),
    );
    return rows.length === 0 ? fail(call) : ok(call, numbered(rows.map((l) => listV1(call.db, l))));
  },
  list_view: (call) => {
    const list = call.db.find('lists', call.param('id'));
    return list ? ok(call, listV1(call.db, list)) : fail(call);
  },
  list_add: (call) => {
    const missing = REQUIRED_LIST.filter((k) => !(call.param(k) ?? '').trim());
    if (missing.length > 0) return fail(call, `Missing required parameter(s): ${missing.join(', ')}`);
    const name = (call.param('name') ?? '').trim();
    const attrs = { ...listParams(call), name, stringid: slug(call.db, name) };
    const list = call.db.insert('lists', attrs);
    return ok(call, { id: Number(list.id) });
  },
  list_edit: (call) => {
    const list = call.db.find('lists', call.param('id'));
    if (!list) return fail(call);
    const attrs = listParams(call);
    call.db.update('lists', list, attrs);
    return ok(call, {});
  },
  list_delete: (call) => (call.db.remove('lists', call.param('id') ?? '') ? ok(call, {}) : fail(call)),
  list_delete_list: (call) => {
    const wanted = idFilter(call.param('ids'));
    const doomed = allLists(call).filter((l) => wanted?.(l.id));
    if (doomed.length === 0) return fail(call);
    for (const l of doomed) call.db.remove('lists', l.id);
    return ok(call, {});
  },
  tags_list: (call) => {
    const rows = [...(call.store.tables.get('tags')?.rows.values() ?? [])].map((t) => ({
      id: t.id,
      name: text(t.tag),
    }));
    return rows.length === 0 ? fail(call) : ok(call, numbered(rows));
  },
};
