import { utcColumn } from '../clock';
import { text } from '../resources/common';
import { fail, numbered, ok, type Action } from './call';

/** account_view, user_me (the wrapper's credentials_test) and automation_list. */
export const accountActions: Record<string, Action> = {
  account_view: (call) => {
    const admin = call.db.find('users', '1');
    return ok(call, {
      account: new URL(call.store.baseUrl || 'http://127.0.0.1').host,
      email: text(admin?.email),
      fname: text(admin?.firstName),
      lname: text(admin?.lastName),
      cname: 'Sandbox Inc',
      subscriber_limit: '2500',
      status: 'active',
      trial: 0,
      credits: 0,
    });
  },
  user_me: (call) => {
    const me = call.db.find('users', '1');
    if (!me) return fail(call);
    return ok(call, {
      id: me.id,
      username: text(me.username),
      first_name: text(me.firstName),
      last_name: text(me.lastName),
      email: text(me.email),
      parentid: '0',
      lastlogin: utcColumn(call.store.now()),
    });
  },
  automation_list: (call) => {
    const offset = Math.max(0, Number(call.param('offset') ?? 0) || 0);
    const limit = Math.min(100, Math.max(1, Number(call.param('limit') ?? 100) || 100));
    const rows = [...(call.store.tables.get('automations')?.rows.values() ?? [])].slice(offset, offset + limit);
    if (rows.length === 0) return fail(call);
    return ok(call, numbered(rows.map((a) => ({ id: a.id, name: text(a.name), status: text(a.status) }))));
  },
};
