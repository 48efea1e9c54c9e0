/**
 * Account settings and assets: branding, sender addresses (with their
 * group and list assignments), forms, calendar feeds, saved responses and
 * segments.
 */
import type { Resource } from '../engine/resource';
import { at, clearedWith, crud, ownedBy, renamed } from './common';

export const brandings: Resource = {
  name: 'brandings',
  singular: 'branding',
  entity: 'Branding',
  methods: crud('v3.brandings', ['list', 'get', 'update']),
  relations: [ownedBy('groupid', 'groups')],
  seed: (add) => {
    const brands: [string, string, string, string][] = [
      ['1', 'Sandbox Store', 'Sandbox Store news', 'Sandbox Store, 1 Main St, Chicago, IL 60601'],
      ['3', 'Sandbox Marketing', 'From the marketing team', 'Sandbox Store marketing, Chicago'],
    ];
    for (const [groupid, siteName, header, footer] of brands) {
      add({
        groupid,
        siteName,
        headerTextValue: header,
        headerHtmlValue: `<p>${header}</p>`,
        footerTextValue: footer,
        footerHtmlValue: `<p>${footer}</p>`,
      });
    }
  },
};

export const addresses: Resource = {
  name: 'addresses',
  singular: 'address',
  entity: 'Address',
  methods: {
    ...crud('v3.addresses'),
  },
  defaults: { address2: '', district: '', allgroup: '0', isDefault: '0' },
  hooks: {
    // The body spells some attributes in snake case; the record, in camel case.
    prepare: (input) =>
      renamed(input, {
        company_name: 'companyName',
        address_1: 'address1',
        address_2: 'address2',
        is_default: 'isDefault',
        global: 'allgroup',
      }),
  },
  seed: (add) => {
    add({
      companyName: 'Sandbox Store',
      address1: '1 Main St',
      address2: 'Suite 200',
      city: 'Chicago',
      state: 'IL',
      zip: '60601',
      country: 'US',
      allgroup: '1',
      isDefault: '1',
    });
    add({
      companyName: 'Sandbox Store EU',
      address1: '10 Market Street',
      city: 'Dublin',
      state: '',
      zip: 'D02 X285',
      country: 'IE',
    });
  },
};

/** Which groups may send from an address. */
export const addressGroups: Resource = {
  name: 'addressGroups',
  singular: 'addressGroup',
  entity: 'AddressGroup',
  methods: { 'v3.addressGroups.delete': 'delete' },
  relations: [ownedBy('address', 'addresses'), ownedBy('group', 'groups')],
  seed: (add) => {
    add({ address: 2, group: 3 });
    add({ address: 2, group: 2 });
  },
};

/** Which lists use an address as their sender address. */
export const addressLists: Resource = {
  name: 'addressLists',
  singular: 'addressList',
  entity: 'AddressList',
  methods: { 'v3.addressLists.delete': 'delete' },
  relations: [ownedBy('address', 'addresses'), ownedBy('list', 'lists')],
  seed: (add) => {
    add({ address: 1, list: 1 });
    add({ address: 1, list: 3 });
  },
};

export const forms: Resource = {
  name: 'forms',
  singular: 'form',
  entity: 'Form',
  methods: {
    ...crud('v3.forms'),
    'v3.form.optin': 'action',
  },
  defaults: { userid: '1', addressid: '0', address: null, entries: '0', parentformid: '0' },
  relations: [clearedWith('address', 'addresses')],
  seed: (add) => {
    add(
      {
        name: 'Newsletter signup',
        title: 'Get our monthly news',
        button: 'Subscribe',
        thanks: 'Thanks for signing up!',
        entries: '184',
      },
      at(-200),
    );
    add(
      {
        name: 'Webinar registration',
        title: 'Save your seat',
        button: 'Register',
        thanks: 'See you there!',
        entries: '57',
      },
      at(-199),
    );
    add(
      {
        name: 'Contact sales',
        layout: 'modal',
        title: 'Talk to us',
        button: 'Send',
        thanks: 'We will be in touch today.',
        entries: '23',
      },
      at(-198),
    );
  },
};

export const calendars: Resource = {
  name: 'calendars',
  singular: 'calendar',
  entity: 'Calendar',
  methods: {
    ...crud('v3.calendars'),
  },
  defaults: { userid: '1', notification: '0' },
  seed: (add) => {
    add({ title: 'Sales tasks', type: 'All', token: '5540950ac4ed4f11591db934b701aff8' }, at(-180));
    add({ title: 'Demos only', type: 'Deal', token: '7c1d1ef0ab3d4c59b2e16f1fbdc4a1e2', notification: '1' }, at(-179));
  },
};

export const savedResponses: Resource = {
  name: 'savedResponses',
  singular: 'savedResponse',
  entity: 'SavedResponse',
  methods: {
    ...crud('v3.savedResponses'),
  },
  defaults: { ldate: null, last_sent_user_id: null },
  seed: (add) => {
    add(
      {
        title: 'Pricing follow-up',
        subject: 'Your pricing questions',
        body: 'Hi %FIRSTNAME%, thanks for your interest. Here are our plans.',
      },
      at(-170),
    );
    add(
      {
        title: 'Demo confirmation',
        subject: 'Your demo is booked',
        body: 'Hi %FIRSTNAME%, see you on the call. The link is below.',
      },
      at(-169),
    );
    add(
      {
        title: 'Renewal reminder',
        subject: 'Your plan renews soon',
        body: 'Hi %FIRSTNAME%, your plan renews next month; reply with any questions.',
      },
      at(-168),
    );
  },
};

export const segments: Resource = {
  name: 'segments',
  singular: 'segment',
  entity: 'Segment',
  methods: crud('v3.segments', ['list', 'get']),
  defaults: { logic: 'and', hidden: '0', seriesid: '0' },
  seed: (add) => {
    add({ name: 'Gold members in Chicago', logic: 'and' });
    add({ name: 'Opened in the last 30 days', logic: 'or' });
    add({ name: 'Entered the welcome series', seriesid: '1' });
  },
};
