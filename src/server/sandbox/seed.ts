import { SEED_START, seedCrm } from './seed-crm';
import { seedRecords } from './engine/records';
import { emptyTable, insert, type SandboxStore } from './store';

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

/** An empty account (no rows, ids from 1). */
export function emptyStore(baseUrl: string, now: () => Date = () => new Date()): SandboxStore {
  return {
    baseUrl,
    now,
    contacts: emptyTable(),
    lists: emptyTable(),
    tags: emptyTable(),
    contactTags: emptyTable(),
    contactLists: emptyTable(),
    fields: emptyTable(),
    fieldValues: emptyTable(),
    pipelines: emptyTable(),
    stages: emptyTable(),
    deals: emptyTable(),
    accounts: emptyTable(),
    notes: emptyTable(),
    webhooks: emptyTable(),
    users: emptyTable(),
    automations: emptyTable(),
    campaigns: emptyTable(),
    records: {},
  };
}

/**
 * Builds the deterministic demo account: the same ids, names and dates on
 * every start, so docs, screenshots and tests can rely on them.
 * `extraContacts` adds that many more deterministic contacts (benchmarks, paging tests).
 */
export function seedStore(baseUrl: string, now: () => Date = () => new Date(), extraContacts = 0): SandboxStore {
  const store = emptyStore(baseUrl, now);
  insert(store.users, (id) => ({
    id,
    username: 'admin',
    firstName: 'Avery',
    lastName: 'Sandbox',
    email: 'admin@example.com',
  }));
  insert(store.users, (id) => ({
    id,
    username: 'sales',
    firstName: 'Sam',
    lastName: 'Seller',
    email: 'sales@example.com',
  }));

  const fields = [
    { title: 'Membership tier', type: 'dropdown', perstag: 'MEMBERSHIP_TIER', defval: 'Bronze' },
    { title: 'Birthday', type: 'date', perstag: 'BIRTHDAY', defval: '' },
    { title: 'Company size', type: 'text', perstag: 'COMPANY_SIZE', defval: '' },
    { title: 'Newsletter topics', type: 'checkbox', perstag: 'NEWSLETTER_TOPICS', defval: '' },
  ];
  for (const f of fields) {
    insert(store.fields, (id) => ({ id, ...f, descript: '', cdate: SEED_START, udate: SEED_START }));
  }
  const lists = [
    ['Newsletter', 'monthly-newsletter', 'You signed up for our newsletter on example.com.'],
    ['Product updates', 'product-updates', 'You asked to hear about new features.'],
    ['Customers', 'customers', 'You bought something from example.com.'],
  ] as const;
  for (const [name, stringid, senderReminder] of lists) {
    insert(store.lists, (id) => ({
      id,
      name,
      stringid,
      senderUrl: 'https://www.example.com',
      senderReminder,
      cdate: SEED_START,
      udate: SEED_START,
    }));
  }
  // Names differ from the catalog's examples, so "Create a tag/list" with the example succeeds on a fresh sandbox.
  const tags = [
    'VIP member',
    'Lead',
    'Customer',
    'Webinar attendee',
    'Churn risk',
    'Newsletter',
    'Trial',
    'Partner',
    'Referral',
    'Event 2026',
    'Beta tester',
    'Reseller',
    'Enterprise',
    'Inactive',
    'Promo code',
    'Annual plan',
  ];
  tags.forEach((tag, i) =>
    insert(store.tags, (id) => ({
      id,
      tag,
      tagType: 'contact',
      description: i === 0 ? 'Annual plan' : '',
      cdate: SEED_START,
    })),
  );

  for (let i = 1; i <= SEED_CONTACTS; i++) seedContact(store, i);
  seedCrm(store);
  store.records = seedRecords();
  // Extra contacts come after the CRM seed, so the demo account's ids stay the same whatever the size.
  for (let i = SEED_CONTACTS + 1; i <= SEED_CONTACTS + extraContacts; i++) seedContact(store, i);
  return store;
}

function seedContact(store: SandboxStore, i: number): void {
  const first = FIRST[(i - 1) % FIRST.length] ?? 'Sam';
  const last = LAST[Math.floor((i - 1) / FIRST.length) % LAST.length] ?? 'Doe';
  const domain = DOMAINS[i % DOMAINS.length] ?? 'example.com';
  const when = SEED_START + i * 3_600_000;
  insert(store.contacts, (id) => ({
    id,
    email: `${first}.${last}${i > FIRST.length * LAST.length ? i : ''}@${domain}`.toLowerCase(),
    firstName: first,
    lastName: last,
    phone: i % 3 === 0 ? `+1 312 555 ${String(1000 + i).slice(-4)}` : '',
    cdate: when,
    udate: when,
  }));
  if (i % 4 === 0) {
    const value = ['Bronze', 'Silver', 'Gold'][i % 3] ?? 'Gold';
    insert(store.fieldValues, (id) => ({ id, contact: i, field: 1, value, cdate: when, udate: when }));
  }
  // Everyone is on the newsletter (every tenth unsubscribed); some on the other lists.
  const memberships: [number, number][] = [[1, i % 10 === 0 ? 2 : 1]];
  if (i % 3 === 0) memberships.push([2, 1]);
  if (i % 5 === 0) memberships.push([3, 1]);
  for (const [list, status] of memberships) {
    insert(store.contactLists, (id) => ({ id, contact: i, list, status, cdate: when, udate: when }));
  }
  const tagIds = [i % 4 === 0 ? 1 : 0, i % 2 === 1 ? 2 : 0, i % 5 === 0 ? 3 : 0, i % 7 === 0 ? 4 : 0].filter(Boolean);
  for (const tag of tagIds) insert(store.contactTags, (id) => ({ id, contact: i, tag, cdate: when }));
}
