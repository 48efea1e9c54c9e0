/**
 * What the account records about contacts beyond their fields: gathered
 * data (location, analytics), enrichment, geo IPs, tracking logs, bounces,
 * one-to-one emails, the activity stream and the deprecated organizations.
 * Each belongs to its contact and goes with it.
 */
import { byField, dateBound } from '../engine/filters';
import type { Resource } from '../engine/resource';
import { at, clearedWith, hashOf, ownedBy, ownedByKind, pick, refersTo, text } from './common';

const contactOwned = ownedBy('contact', 'contacts');

/** The deprecated organizations a contact's `orgid` names (accounts replaced them). */
export const organizations: Resource = {
  name: 'organizations',
  singular: 'organization',
  entity: 'Organization',
  methods: {
    'v3.contacts.getOrganization': { kind: 'get', parent: { table: 'contacts', field: 'orgid' }, via: 'orgid' },
  },
  defaults: { userid: '1', owner: '1' },
  seed: (add) => ['Acme Corp', 'Globex', 'Initech'].forEach((name, i) => add({ name }, at(-800 + i))),
};

export const contactData: Resource = {
  name: 'contactData',
  singular: 'contactDatum',
  entity: 'ContactDatum',
  methods: {
    'v3.contactData.list': 'list',
    'v3.contacts.getContactData': { kind: 'get', parent: { table: 'contacts', field: 'contact' } },
  },
  relations: [contactOwned],
  unique: [{ fields: ['contact'], onConflict: 'update' }],
  seed: (add) => {
    const places = [
      ['US', 'United States', 'IL', 'Chicago', '60601', '41.886000', '-87.622000', 'America/Chicago', '-6.00'],
      ['GB', 'United Kingdom', 'ENG', 'London', 'EC1A', '51.520000', '-0.097000', 'Europe/London', '0.00'],
      ['JP', 'Japan', '13', 'Tokyo', '100-0001', '35.685000', '139.751000', 'Asia/Tokyo', '9.00'],
      ['BR', 'Brazil', 'SP', 'São Paulo', '01000-000', '-23.550000', '-46.633000', 'America/Sao_Paulo', '-3.00'],
    ] as const;
    for (let c = 1; c <= 8; c++) {
      const [country2, country, state, city, zip, lat, lon, tz, offset] = pick(places, c - 1);
      add(
        {
          contact: c,
          geoIp4: String(3405803777 + c),
          geoCountry2: country2,
          geo_country: country,
          geoState: state,
          geoCity: city,
          geoZip: zip,
          geoLat: lat,
          geoLon: lon,
          geoTz: tz,
          geoTzOffset: offset,
          ga_campaign_source: c % 2 === 0 ? 'newsletter' : 'google',
          ga_campaign_medium: c % 2 === 0 ? 'email' : 'cpc',
          ga_times_visited: String(c * 3),
        },
        at(c + 10),
      );
    }
  },
};

export const plusAppends: Resource = {
  name: 'plusAppends',
  singular: 'plusAppend',
  entity: 'PlusAppend',
  methods: { 'v3.contacts.getPlusAppend': { kind: 'get', parent: { table: 'contacts', field: 'contact' } } },
  defaults: { imageUrl: '', membershipsFacebook: '', membershipsTwitter: '', membershipsLinkedin: '' },
  relations: [contactOwned],
  unique: [{ fields: ['contact'], onConflict: 'update' }],
  seed: (add) => {
    add(
      {
        contact: 1,
        imageUrl: 'https://img.example.com/avatars/jane-doe.png',
        membershipsTwitter: 'https://twitter.com/janedoe',
      },
      at(12),
    );
    add(
      {
        contact: 2,
        imageUrl: 'https://img.example.com/avatars/omar-doe.png',
        membershipsLinkedin: 'https://www.linkedin.com/in/omar-example',
      },
      at(13),
    );
  },
};

export const geoAddresses: Resource = {
  name: 'geoAddresses',
  singular: 'geoAddress',
  entity: 'GeoAddress',
  methods: { 'v3.geoIps.getGeoAddress': 'get' },
  seed: (add) => {
    add(
      {
        ip4: '3405803801',
        country2: 'US',
        country: 'United States',
        state: 'Illinois',
        city: 'Chicago',
        zip: '60607',
        lat: '41.8781',
        lon: '-87.6298',
        tz: 'America/Chicago',
      },
      at(20),
    );
    add(
      {
        ip4: '1572395042',
        country2: 'GB',
        country: 'United Kingdom',
        state: 'England',
        city: 'London',
        zip: 'EC1A',
        lat: '51.5200',
        lon: '-0.0970',
        tz: 'Europe/London',
      },
      at(21),
    );
    add(
      {
        ip4: '2130706433',
        country2: 'JP',
        country: 'Japan',
        state: 'Tokyo',
        city: 'Tokyo',
        zip: '100-0001',
        lat: '35.6850',
        lon: '139.7510',
        tz: 'Asia/Tokyo',
      },
      at(22),
    );
  },
};

export const geoIps: Resource = {
  name: 'geoIps',
  singular: 'geoIp',
  entity: 'GeoIp',
  methods: { 'v3.contacts.listGeoIps': { kind: 'list', parent: { table: 'contacts', field: 'contact' } } },
  computed: (row) => ({ geoaddrid: row.geoAddress }),
  relations: [contactOwned, ownedBy('geoAddress', 'geoAddresses')],
  seed: (add) => {
    for (let c = 1; c <= 6; c++)
      add(
        { contact: c, campaignid: '1', messageid: '1', ip4: String(3405803777 + c), geoAddress: 1 + (c % 3) },
        at(c + 20),
      );
  },
};

export const trackingLogs: Resource = {
  name: 'trackingLogs',
  singular: 'trackingLog',
  entity: 'TrackingLog',
  methods: { 'v3.contacts.listTrackingLogs': { kind: 'list', parent: { table: 'contacts', field: 'contact' } } },
  computed: (row) => ({ subscriberid: row.contact, hash: hashOf(`tracking-${row.id}`).slice(0, 40) }),
  relations: [contactOwned],
  seed: (add) => {
    const events = [
      ['Downloaded whitepaper', 'pricing-guide.pdf'],
      ['Visited pricing page', 'https://www.example.com/pricing'],
      ['Watched webinar', 'spring-launch'],
    ] as const;
    for (let c = 1; c <= 9; c++) {
      const [type, value] = pick(events, c);
      add({ contact: c, type, value }, at(c + 30));
    }
  },
};

export const contactLogs: Resource = {
  name: 'contactLogs',
  singular: 'contactLog',
  entity: 'ContactLog',
  methods: { 'v3.contacts.listContactLogs': { kind: 'list', parent: { table: 'contacts', field: 'contact' } } },
  relations: [contactOwned],
};

export const bounceLogs: Resource = {
  name: 'bounceLogs',
  singular: 'bounceLog',
  entity: 'BounceLog',
  methods: {
    'v3.bounceLogs.list': 'list',
    'v3.contacts.listBounceLogs': { kind: 'list', parent: { table: 'contacts', field: 'contact' } },
  },
  defaults: { error: '', created_by: null, updated_by: null, bounce: '1', code: '48' },
  computed: (row) => ({
    subscriberid: row.contact,
    campaignid: row.campaign,
    messageid: row.message,
    bounceid: row.bounce,
    codeid: row.code,
  }),
  relations: [contactOwned, refersTo('campaign', 'campaigns'), refersTo('message', 'messages')],
  seed: (add, db) => {
    for (const [c, hard] of [
      [1, false],
      [7, true],
      [19, false],
      [42, false],
      [88, true],
    ] as const) {
      add(
        {
          contact: c,
          email: text(db.find('contacts', c)?.email),
          campaign: 1,
          message: 1,
          bounce: hard ? '1' : '2',
          code: hard ? '48' : '21',
          source: hard ? '550 5.1.1 The email account does not exist.' : '452 4.2.2 Mailbox full.',
        },
        at(24 * 16 + c),
      );
    }
  },
};

export const contactEmails: Resource = {
  name: 'contactEmails',
  singular: 'contactEmail',
  entity: 'ContactEmail',
  methods: { 'v3.contactEmails.list': 'list' },
  defaults: { messageid: '0', seriesid: '0', account: '0', ip: '127.0.0.1', message: '0', deal: null },
  computed: (row) => ({ subscriberid: row.contact, userid: row.user, d_id: row.deal ?? '0' }),
  relations: [contactOwned, refersTo('user', 'users'), clearedWith('deal', 'deals')],
  stampedOnCreate: ['sdate'],
  seed: (add) => {
    const subjects = ['Your demo next week', 'The quote you asked for', 'Welcome aboard'];
    for (let i = 1; i <= 6; i++) {
      add(
        { contact: i * 5, user: 1 + (i % 2), deal: i, source: 'deal', messageheader: `Subject: ${pick(subjects, i)}` },
        at(i + 40),
      );
    }
  },
};

export const activities: Resource = {
  name: 'activities',
  singular: 'activity',
  entity: 'Activity',
  methods: { 'v3.activities.list': { kind: 'list', include: ['contacts'] } },
  defaults: { reference_action: '', jsonData: null, permission: '', notes: [] },
  computed: (row) => ({
    subscriberid: row.contact,
    userid: row.user,
    recipients: [],
    reference: { type: row.referenceModelName, id: row.reference_id },
  }),
  relations: [contactOwned, refersTo('user', 'users')],
  filters: { contact: byField('contact', 'eq'), after: dateBound('tstamp', 'gt') },
  seed: (add) => {
    for (let i = 1; i <= 10; i++) {
      const email = i % 2 === 0;
      add(
        {
          contact: i,
          user: 1,
          reference_type: email ? 'SubscriberEmail' : 'Note',
          reference_id: String(i),
          referenceModelName: email ? 'contact-email' : 'note',
        },
        at(i + 50),
      );
    }
  },
};

export const emailActivities: Resource = {
  name: 'emailActivities',
  singular: 'emailActivity',
  entity: 'EmailActivity',
  methods: { 'v3.emailActivities.list': 'list' },
  computed: (row) => ({ subscriberid: row.relid, userid: row.user }),
  relations: [...ownedByKind('relid', 'reltype', { Subscriber: 'contacts', Deal: 'deals' }), refersTo('user', 'users')],
  filters: { 'filters[subscriberid]': byField('relid', 'eq'), 'filters[dealId]': byField('relid', 'eq') },
  seed: (add, db) => {
    for (let i = 1; i <= 6; i++) {
      const contact = db.find('contacts', i * 5);
      add(
        {
          reltype: 'Subscriber',
          relid: i * 5,
          user: 2,
          fromAddress: 'sales@example.com',
          toAddress: text(contact?.email),
          subject: pick(['Your demo next week', 'The quote you asked for', 'Checking in'], i),
        },
        at(i + 40),
      );
    }
  },
};
