import type { SandboxStore } from './store';

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
 * Builds the deterministic demo account: the same ids, names and dates on
 * every start, so docs, screenshots and tests can rely on them.
 */
export function seedStore(baseUrl: string, now: () => Date = () => new Date()): SandboxStore {
  const store: SandboxStore = {
    baseUrl,
    contacts: new Map(),
    fields: new Map(),
    fieldValues: new Map(),
    users: new Map(),
    lastIds: { contacts: 0, fieldValues: 0, fields: 0, users: 0 },
    now,
  };
  store.users.set(1, { id: 1, username: 'admin', firstName: 'Avery', lastName: 'Sandbox', email: 'admin@example.com' });
  store.lastIds.users = 1;
  const fields = [
    { title: 'Membership level', type: 'dropdown', perstag: 'MEMBERSHIP_LEVEL' },
    { title: 'Birthday', type: 'date', perstag: 'BIRTHDAY' },
    { title: 'Company size', type: 'text', perstag: 'COMPANY_SIZE' },
  ];
  fields.forEach((f, i) => store.fields.set(i + 1, { id: i + 1, ...f }));
  store.lastIds.fields = fields.length;

  const start = Date.UTC(2026, 0, 1, 15, 0, 0);
  for (let i = 1; i <= SEED_CONTACTS; i++) {
    const first = FIRST[(i - 1) % FIRST.length] ?? 'Sam';
    const last = LAST[Math.floor((i - 1) / FIRST.length) % LAST.length] ?? 'Doe';
    const domain = DOMAINS[i % DOMAINS.length] ?? 'example.com';
    const when = new Date(start + i * 3_600_000);
    store.contacts.set(i, {
      id: i,
      email: `${first}.${last}${i > FIRST.length * LAST.length ? i : ''}@${domain}`.toLowerCase(),
      firstName: first,
      lastName: last,
      phone: i % 3 === 0 ? `+1 312 555 ${String(1000 + i).slice(-4)}` : '',
      cdate: when,
      udate: when,
    });
    if (i % 4 === 0) {
      const id = ++store.lastIds.fieldValues;
      store.fieldValues.set(id, {
        id,
        contact: i,
        field: 1,
        value: ['Bronze', 'Silver', 'Gold'][i % 3] ?? 'Gold',
        cdate: when,
        udate: when,
      });
    }
  }
  store.lastIds.contacts = SEED_CONTACTS;
  return store;
}
