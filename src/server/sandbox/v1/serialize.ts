import { isoWithOffset, utcColumn } from '../clock';
import type { ContactRecord, SandboxStore } from '../store';
import { hashOf } from '../v3/serialize';

/** A contact in v1's flat, snake_case shape, with its lists, field values and tag names. */
export function contactV1(store: SandboxStore, c: ContactRecord): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const fv of store.fieldValues.rows.values()) {
    if (fv.contact !== c.id) continue;
    const field = store.fields.rows.get(fv.field);
    fields[String(fv.field)] = {
      id: String(fv.field),
      title: field?.title ?? '',
      perstag: field?.perstag ?? '',
      val: fv.value,
    };
  }
  const lists: Record<string, unknown> = {};
  const memberships = [...store.contactLists.rows.values()].filter((cl) => cl.contact === c.id);
  for (const cl of memberships) {
    lists[String(cl.list)] = {
      listid: String(cl.list),
      status: String(cl.status),
      sdate: utcColumn(cl.cdate),
      listname: store.lists.rows.get(cl.list)?.name ?? '',
    };
  }
  const tags = [...store.contactTags.rows.values()]
    .filter((ct) => ct.contact === c.id)
    .map((ct) => store.tags.rows.get(ct.tag)?.tag ?? '');
  const first = memberships[0];
  return {
    id: String(c.id),
    subscriberid: String(c.id),
    listid: first ? String(first.list) : '0',
    sdate: utcColumn(c.cdate),
    sdate_iso: isoWithOffset(c.cdate),
    status: first ? String(first.status) : '0',
    first_name: c.firstName,
    last_name: c.lastName,
    email: c.email,
    phone: c.phone,
    hash: hashOf(c.email),
    cdate: utcColumn(c.cdate),
    udate: utcColumn(c.udate),
    listslist: memberships.map((cl) => cl.list).join('-'),
    lists,
    fields,
    tags,
    bouncescnt: '0',
  };
}
