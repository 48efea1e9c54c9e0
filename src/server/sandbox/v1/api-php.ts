import { decodePairs } from '../../../core/request/encode';
import { isoWithOffset, utcColumn } from '../clock';
import type { SandboxRequest, SandboxResponse } from '../http-types';
import { findContactByEmail, type ContactRecord, type SandboxStore } from '../store';
import { hashOf } from '../v3/serialize';
import { v1Answer, type V1Output } from './envelope';

type V1Params = (name: string) => string | undefined;
type Action = (store: SandboxStore, param: V1Params, output: V1Output) => SandboxResponse;

/** A contact in v1's flat, snake_case shape. */
function contactV1(store: SandboxStore, c: ContactRecord): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const fv of store.fieldValues.values()) {
    if (fv.contact !== c.id) continue;
    const field = store.fields.get(fv.field);
    fields[String(fv.field)] = {
      id: String(fv.field),
      title: field?.title ?? '',
      val: fv.value,
      perstag: field?.perstag ?? '',
    };
  }
  return {
    id: String(c.id),
    subscriberid: String(c.id),
    email: c.email,
    first_name: c.firstName,
    last_name: c.lastName,
    phone: c.phone,
    hash: hashOf(c.email),
    cdate: utcColumn(c.cdate),
    sdate: utcColumn(c.cdate),
    sdate_iso: isoWithOffset(c.cdate),
    udate: utcColumn(c.udate),
    lists: {},
    listslist: '',
    fields,
    tags: [],
    bouncescnt: '0',
  };
}

const actions: Record<string, Action> = {
  contact_view_email: (store, param, output) => {
    const contact = findContactByEmail(store, param('email') ?? '');
    return contact
      ? v1Answer(output, contactV1(store, contact), true, 'Success: Something is returned')
      : v1Answer(output, {}, false, 'Failed: Nothing is returned');
  },
};

/** `/admin/api.php`: the caller has been authenticated; dispatches on `api_action`. */
export function handleV1(store: SandboxStore, req: SandboxRequest): SandboxResponse {
  const output: V1Output = req.query.get('api_output') === 'xml' ? 'xml' : 'json';
  const action = req.query.get('api_action') ?? '';
  const form = new Map(req.method === 'POST' ? decodePairs(req.body) : []);
  // Like the real v1, parameters are read from the query or the form body.
  const param: V1Params = (name) => req.query.get(name) ?? form.get(name);
  const handler = actions[action];
  if (!handler) {
    return v1Answer(output, {}, false, `The sandbox does not implement api_action=${action || '(none)'}.`);
  }
  return handler(store, param, output);
}
