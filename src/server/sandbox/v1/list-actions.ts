import { utcColumn } from '../clock';
import { byId, insert, removeWhere, type ListRecord, type SandboxStore } from '../store';
import { fail, idFilter, numbered, ok, type Action, type V1Call } from './call';

function listV1(store: SandboxStore, l: ListRecord): Record<string, unknown> {
  let subscribers = 0;
  for (const cl of store.contactLists.rows.values()) if (cl.list === l.id && cl.status === 1) subscribers++;
  return {
    id: String(l.id),
    name: l.name,
    stringid: l.stringid,
    cdate: utcColumn(l.cdate),
    private: '0',
    userid: '1',
    subscriber_count: String(subscribers),
    sender_url: l.senderUrl,
    sender_reminder: l.senderReminder,
  };
}

function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'list'
  );
}

function removeList(store: SandboxStore, id: number): void {
  store.lists.rows.delete(id);
  removeWhere(store.contactLists, (cl) => cl.list === id);
}

const REQUIRED_LIST = ['name', 'sender_name', 'sender_addr1', 'sender_city', 'sender_zip', 'sender_country'];

export const listActions: Record<string, Action> = {
  list_list: (call) => {
    const wanted = idFilter(call.param('ids'));
    const name = call.param('filters[name]')?.toLowerCase();
    if (!wanted && !name) return fail(call);
    const rows = [...call.store.lists.rows.values()].filter(
      (l) => (!wanted || wanted(l.id)) && (!name || l.name.toLowerCase().includes(name)),
    );
    return rows.length === 0 ? fail(call) : ok(call, numbered(rows.map((l) => listV1(call.store, l))));
  },
  list_view: (call) => {
    const list = byId(call.store.lists, call.param('id'));
    return list ? ok(call, listV1(call.store, list)) : fail(call);
  },
  list_add: (call: V1Call) => {
    const missing = REQUIRED_LIST.filter((k) => !(call.param(k) ?? '').trim());
    if (missing.length > 0) return fail(call, `Missing required parameter(s): ${missing.join(', ')}`);
    const now = call.store.now().getTime();
    const name = (call.param('name') ?? '').trim();
    const list = insert(call.store.lists, (id) => ({
      id,
      name,
      stringid: slug(name),
      senderUrl: call.param('sender_url') ?? '',
      senderReminder: call.param('sender_reminder') ?? '',
      cdate: now,
      udate: now,
    }));
    return ok(call, { id: list.id });
  },
  list_edit: (call) => {
    const list = byId(call.store.lists, call.param('id'));
    if (!list) return fail(call);
    list.name = call.param('name') ?? list.name;
    list.senderUrl = call.param('sender_url') ?? list.senderUrl;
    list.senderReminder = call.param('sender_reminder') ?? list.senderReminder;
    list.udate = call.store.now().getTime();
    return ok(call, {});
  },
  list_delete: (call) => {
    const list = byId(call.store.lists, call.param('id'));
    if (!list) return fail(call);
    removeList(call.store, list.id);
    return ok(call, {});
  },
  list_delete_list: (call) => {
    const wanted = idFilter(call.param('ids'));
    const doomed = [...call.store.lists.rows.values()].filter((l) => wanted?.(l.id));
    if (doomed.length === 0) return fail(call);
    for (const l of doomed) removeList(call.store, l.id);
    return ok(call, {});
  },
  tags_list: (call) => {
    const rows = [...call.store.tags.rows.values()].map((t) => ({ id: String(t.id), name: t.tag }));
    return rows.length === 0 ? fail(call) : ok(call, numbered(rows));
  },
};
