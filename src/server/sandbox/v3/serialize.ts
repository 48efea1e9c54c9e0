import { isoWithOffset, utcColumn } from '../clock';
import type { ContactRecord, FieldValueRecord, SandboxStore, UserRecord } from '../store';

/** A contact in the v3 wire shape: string ids and counters, ISO dates with offset, `links`. */
export function contactJson(store: SandboxStore, c: ContactRecord): Record<string, unknown> {
  const base = `${store.baseUrl}/api/3/contacts/${c.id}`;
  const [local = '', domain = ''] = c.email.split('@');
  return {
    cdate: isoWithOffset(c.cdate),
    email: c.email,
    phone: c.phone,
    firstName: c.firstName,
    lastName: c.lastName,
    orgid: '0',
    orgname: '',
    segmentio_id: '',
    bounced_hard: '0',
    bounced_soft: '0',
    bounced_date: null,
    ip: '0',
    ua: null,
    hash: hashOf(c.email),
    socialdata_lastcheck: null,
    email_local: local,
    email_domain: domain,
    sentcnt: '0',
    rating_tstamp: null,
    gravatar: '0',
    deleted: '0',
    anonymized: '0',
    adate: null,
    udate: isoWithOffset(c.udate),
    edate: null,
    deleted_at: null,
    created_utc_timestamp: utcColumn(c.cdate),
    updated_utc_timestamp: utcColumn(c.udate),
    created_timestamp: utcColumn(c.cdate),
    updated_timestamp: utcColumn(c.udate),
    created_by: null,
    updated_by: null,
    links: {
      bounceLogs: `${base}/bounceLogs`,
      contactAutomations: `${base}/contactAutomations`,
      contactData: `${base}/contactData`,
      contactGoals: `${base}/contactGoals`,
      contactLists: `${base}/contactLists`,
      contactLogs: `${base}/contactLogs`,
      contactTags: `${base}/contactTags`,
      contactDeals: `${base}/contactDeals`,
      deals: `${base}/deals`,
      fieldValues: `${base}/fieldValues`,
      geoIps: `${base}/geoIps`,
      notes: `${base}/notes`,
      organization: `${base}/organization`,
      plusAppend: `${base}/plusAppend`,
      trackingLogs: `${base}/trackingLogs`,
      scoreValues: `${base}/scoreValues`,
    },
    id: String(c.id),
    organization: null,
  };
}

/** A custom field value in the v3 wire shape. */
export function fieldValueJson(store: SandboxStore, fv: FieldValueRecord): Record<string, unknown> {
  const base = `${store.baseUrl}/api/3/fieldValues/${fv.id}`;
  return {
    contact: String(fv.contact),
    field: String(fv.field),
    value: fv.value,
    cdate: isoWithOffset(fv.cdate),
    udate: isoWithOffset(fv.udate),
    created_by: '0',
    updated_by: '0',
    links: { owner: `${base}/owner`, field: `${base}/field` },
    id: String(fv.id),
    owner: String(fv.contact),
  };
}

/** A user in the v3 wire shape. */
export function userJson(store: SandboxStore, u: UserRecord): Record<string, unknown> {
  const base = `${store.baseUrl}/api/3/users/${u.id}`;
  return {
    username: u.username,
    firstName: u.firstName,
    lastName: u.lastName,
    email: u.email,
    phone: '',
    signature: null,
    links: {
      lists: `${base}/lists`,
      userGroup: `${base}/userGroup`,
      dealGroupTotals: `${base}/dealGroupTotals`,
      dealGroupUsers: `${base}/dealGroupUsers`,
      configs: `${base}/configs`,
    },
    id: String(u.id),
  };
}

/** A contact's custom field values, in id order. */
export function fieldValuesOf(store: SandboxStore, contactId: number): Record<string, unknown>[] {
  return [...store.fieldValues.rows.values()]
    .filter((fv) => fv.contact === contactId)
    .map((fv) => fieldValueJson(store, fv));
}

/** A stable 32-hex-digit hash per email, like the real `hash` column (not cryptographic). */
export function hashOf(text: string): string {
  let h1 = 0x811c9dc5;
  let out = '';
  for (let round = 0; round < 4; round++) {
    for (let i = 0; i < text.length; i++) h1 = Math.imul(h1 ^ text.charCodeAt(i), 16777619) >>> 0;
    h1 = Math.imul(h1 ^ round, 16777619) >>> 0;
    out += h1.toString(16).padStart(8, '0');
  }
  return out;
}
