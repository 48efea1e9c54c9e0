import { utcColumn } from '../clock';
import type { Db, Row } from '../engine/resource';
import { text } from '../resources/common';
import { contactHash } from '../resources/contacts';

/** A stored timestamp (ISO with offset) in v1's `Y-m-d H:i:s` column form. */
function column(iso: unknown): string {
  const t = Date.parse(text(iso));
  return Number.isNaN(t) ? '' : utcColumn(t);
}

/** A contact in v1's flat, snake_case shape, with its lists, field values and tag names. */
export function contactV1(db: Db, c: Row): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const fv of db.children('fieldValues', 'contact', c.id)) {
    const field = db.find('fields', fv.field);
    fields[text(fv.field)] = {
      id: text(fv.field),
      title: text(field?.title),
      perstag: text(field?.perstag),
      val: fv.value,
    };
  }
  const memberships = db.children('contactLists', 'contact', c.id);
  const lists: Record<string, unknown> = {};
  for (const cl of memberships) {
    lists[text(cl.list)] = {
      listid: text(cl.list),
      status: text(cl.status),
      sdate: column(cl.sdate),
      listname: text(db.find('lists', cl.list)?.name),
    };
  }
  const tags = db.children('contactTags', 'contact', c.id).map((ct) => text(db.find('tags', ct.tag)?.tag));
  const first = memberships[0];
  return {
    id: c.id,
    subscriberid: c.id,
    listid: first ? text(first.list) : '0',
    sdate: column(c.cdate),
    sdate_iso: text(c.cdate),
    status: first ? text(first.status) : '0',
    first_name: text(c.firstName),
    last_name: text(c.lastName),
    email: text(c.email),
    phone: text(c.phone),
    hash: contactHash(c),
    cdate: column(c.cdate),
    udate: column(c.udate),
    listslist: memberships.map((cl) => text(cl.list)).join('-'),
    lists,
    fields,
    tags,
    bouncescnt: String(db.children('bounceLogs', 'contact', c.id).length),
  };
}
