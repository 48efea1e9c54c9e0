/**
 * Contacts: the heart of the account. Unique by email (case-insensitive);
 * phone-only contacts (`allowNullEmail`) carry no email. `contact/sync`
 * upserts by email. A write's `fieldValues` set the contact's custom field
 * values. Deleting a contact takes its memberships, tags, field values,
 * notes, automations… with it (their relations cascade), and clears deals'
 * contact.
 */
import type { FieldError } from '../http-types';
import { anyField, byField, dateBound, idList, numberBound } from '../engine/filters';
import type { Attrs, Db, Filter, Resource, Row } from '../engine/resource';
import { at, crud, hashOf, pick, text } from './common';

const FIRST = ['Jane', 'Omar', 'Mei', 'Lucas', 'Amara', 'Ivan', 'Sofia', 'Kenji', 'Priya', 'Diego', 'Elif', 'Noah'];
const LAST = [
  'Doe',
  'Haddad',
  'Chen',
  'Silva',
  'Okafor',
  'Petrov',
  'Rossi',
  'Tanaka',
  'Shah',
  'Lopez',
  'Yilmaz',
  'Smith',
];
const DOMAINS = ['example.com', 'example.org', 'example.net'];

/** How many demo contacts a fresh sandbox holds. */
export const SEED_CONTACTS = 250;

/**
 * The i-th demo contact with its list memberships, tags and membership tier:
 * everyone is on the newsletter (every tenth unsubscribed), some on the other lists.
 */
export function seedContact(db: Db, i: number): void {
  const first = pick(FIRST, i - 1);
  const last = pick(LAST, Math.floor((i - 1) / FIRST.length));
  const when = at(i);
  const suffix = i > FIRST.length * LAST.length ? String(i) : '';
  db.insert(
    'contacts',
    {
      email: `${first}.${last}${suffix}@${pick(DOMAINS, i)}`.toLowerCase(),
      firstName: first,
      lastName: last,
      phone: i % 3 === 0 ? `+1 312 555 ${String(1000 + i).slice(-4)}` : '',
      ...(i <= 12 ? { orgid: String(1 + (i % 3)) } : {}),
    },
    when,
  );
  if (i % 4 === 0)
    db.insert('fieldValues', { contact: i, field: 1, value: pick(['Bronze', 'Silver', 'Gold'], i) }, when);
  // Jane Doe, the contact the docs' examples name, has her whole profile filled in.
  if (i === 1) {
    db.insert('fieldValues', { contact: i, field: 1, value: 'Gold' }, when);
    db.insert('fieldValues', { contact: i, field: 2, value: '1990-04-12' }, when);
  }
  const memberships: [number, number][] = [[1, i % 10 === 0 ? 2 : 1]];
  if (i % 3 === 0) memberships.push([2, 1]);
  if (i % 5 === 0) memberships.push([3, 1]);
  for (const [list, status] of memberships) db.insert('contactLists', { contact: i, list, status }, when);
  const tags = [i % 4 === 0 ? 1 : 0, i % 2 === 1 ? 2 : 0, i % 5 === 0 ? 3 : 0, i % 7 === 0 ? 4 : 0].filter(Boolean);
  for (const tag of tags) db.insert('contactTags', { contact: i, tag }, when);
}

/** A contact's stable `hash` (by email; phone-only contacts, by id). */
export function contactHash(row: Row): string {
  return hashOf(text(row.email) || `contact-${row.id}`);
}

/** Contacts that are members of `table` rows matching `match` (memberships of a list, links to a tag). */
function memberOf(table: string, field: string, status?: (row: Row) => boolean): Filter {
  return (value, _op, { db }) => {
    const ids = new Set(
      db
        .children(table, field, value.trim())
        .filter((r) => !status || status(r))
        .map((r) => text(r.contact)),
    );
    return (row) => ids.has(row.id);
  };
}

const listMembers: Filter = (value, op, ctx) => {
  const wanted = ctx.query.get('status') ?? '-1';
  return memberOf('contactLists', 'list', (r) => wanted === '-1' || text(r.status) === wanted)(value, op, ctx);
};

/** `fieldValues` entries must name custom fields that exist. */
function checkFieldValues(input: Attrs, db: Db): FieldError[] {
  const given = Array.isArray(input.fieldValues) ? (input.fieldValues as unknown[]) : [];
  return given.flatMap((fv, i) => {
    const field = typeof fv === 'object' && fv !== null ? text((fv as Attrs).field) : '';
    return db.find('fields', field)
      ? []
      : [
          {
            title: `Custom field ${field || '(none)'} does not exist`,
            code: 'field_invalid',
            field: `fieldValues/${i}/field`,
          },
        ];
  });
}

/** Sets the contact's value for each field named in `fieldValues`, replacing earlier values. */
export function writeFieldValues(db: Db, contact: Row, entries: unknown): void {
  if (!Array.isArray(entries)) return;
  for (const fv of entries) {
    if (typeof fv !== 'object' || fv === null) continue;
    const field = text((fv as Attrs).field);
    const value = text((fv as Attrs).value);
    const existing = db.findBy('fieldValues', { contact: contact.id, field });
    if (existing) db.update('fieldValues', existing, { value });
    else db.insert('fieldValues', { contact: contact.id, field, value });
  }
}

const filters: Record<string, Filter> = {
  email: byField('email', 'eq'),
  email_like: byField('email', 'contains'),
  search: anyField(['email', 'firstName', 'lastName', 'phone']),
  phone: byField('phone', 'contains'),
  ids: idList,
  'ids[]': idList,
  id_greater: numberBound('id', 'gt'),
  id_less: numberBound('id', 'lt'),
  listid: listMembers,
  tagid: memberOf('contactTags', 'tag'),
  'filters[created_before]': dateBound('cdate', 'lt'),
  'filters[created_after]': dateBound('cdate', 'gt'),
  'filters[updated_before]': dateBound('udate', 'lt'),
  'filters[updated_after]': dateBound('udate', 'gt'),
};

export const contacts: Resource = {
  name: 'contacts',
  singular: 'contact',
  entity: 'Subscriber',
  methods: {
    'v3.contacts.list': { kind: 'list', emptySideloads: ['scoreValues'] },
    'v3.contacts.get': {
      kind: 'get',
      include: [
        'contactData',
        'contactGoals',
        'contactLogs',
        'contactTags',
        'contactDeals',
        'geoIps',
        'accountContacts',
      ],
    },
    ...crud('v3.contacts', ['create', 'update', 'delete']),
    'v3.contacts.sync': { kind: 'upsert', key: ['email'] },
    // The contact behind a tracking event.
    'v3.trackingLogs.getContact': { kind: 'get', parent: { table: 'trackingLogs', field: 'contact' }, via: 'contact' },
  },
  defaults: {
    email: '',
    firstName: '',
    lastName: '',
    phone: '',
    orgid: '0',
    adate: null,
    created_by: null,
    updated_by: null,
  },
  computed: (row) => {
    const [local = '', domain = ''] = text(row.email).split('@');
    return { hash: contactHash(row), email_local: local, email_domain: domain };
  },
  relations: [{ field: 'orgid', to: 'organizations', onDelete: 'clear', checked: false }],
  unique: [
    { fields: ['email'], ignoreCase: true, onConflict: 'refuse', title: 'Email address already exists in the system' },
  ],
  filters,
  orders: {
    first_name: { by: 'firstName' },
    last_name: { by: 'lastName' },
    name: { by: (row) => `${text(row.firstName)} ${text(row.lastName)}` },
  },
  listMeta: ({ query }) => {
    const { limit, offset } = {
      limit: Number(query.get('limit') ?? 20) || 20,
      offset: Number(query.get('offset') ?? 0) || 0,
    };
    return {
      page_input: {
        segmentid: Number(query.get('segmentid') ?? 0) || 0,
        formid: Number(query.get('formid') ?? 0) || 0,
        listid: Number(query.get('listid') ?? 0) || 0,
        tagid: Number(query.get('tagid') ?? 0) || 0,
        limit: Math.min(100, Math.max(1, limit)),
        offset: Math.max(0, offset),
        search: query.get('search'),
        sort: null,
        seriesid: Number(query.get('seriesid') ?? 0) || 0,
        waitid: Number(query.get('waitid') ?? 0) || 0,
        status: Number(query.get('status') ?? -1) || -1,
        forceQuery: Number(query.get('forceQuery') ?? 0) || 0,
        cacheid: hashOf(query.toString()),
        email: query.get('email'),
      },
      sortable: true,
    };
  },
  hooks: {
    check: (input, ctx) => checkFieldValues(input, ctx.db),
    prepare: (input) => (typeof input.email === 'string' ? { ...input, email: input.email.trim() } : input),
    afterWrite: (row, input, ctx) => writeFieldValues(ctx.db, row, input.fieldValues),
  },
  seed: (_add, db) => {
    for (let i = 1; i <= SEED_CONTACTS; i++) seedContact(db, i);
  },
};
