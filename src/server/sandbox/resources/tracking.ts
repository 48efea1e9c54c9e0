/**
 * Site and event tracking: the account-wide on/off switches, the allowed
 * domains and URL whitelist, the named events, and tracked events, which
 * land in the contact's tracking logs when the visitor is a known contact.
 */
import { json, type SandboxResponse } from '../http-types';
import type { Attrs, OpCtx, Resource } from '../engine/resource';
import { readJson } from '../engine/validate';
import { at, text } from './common';

/** POST /event: records the event for the visitor's contact (by the email in `visit`), then acknowledges. */
function trackEvent(ctx: OpCtx): SandboxResponse {
  const parsed = readJson(ctx.req);
  const body: Attrs =
    parsed.ok && typeof parsed.value === 'object' && parsed.value !== null ? (parsed.value as Attrs) : {};
  let email: string;
  try {
    const visit: unknown = typeof body.visit === 'string' ? JSON.parse(body.visit) : body.visit;
    email = text((visit as Attrs | undefined)?.email);
  } catch {
    // A visit that is not JSON names no contact; the event is still acknowledged.
    email = '';
  }
  const contact = email ? ctx.db.findBy('contacts', { email }) : undefined;
  if (contact)
    ctx.db.insert('trackingLogs', { contact: contact.id, type: text(body.event), value: text(body.eventdata) });
  return json(ctx.op.status, ctx.op.documented ?? {});
}

export const eventTracking: Resource = {
  name: 'eventTracking',
  singular: 'eventTracking',
  entity: 'EventTracking',
  methods: {
    'v3.eventTracking.get': { kind: 'get', id: '1' },
    'v3.eventTracking.update': { kind: 'update', id: '1' },
  },
  seed: (add) => void add({ enabled: true }),
};

export const eventTrackingEvents: Resource = {
  name: 'eventTrackingEvents',
  singular: 'eventTrackingEvent',
  entity: 'EventTrackingEvent',
  methods: {
    'v3.eventTrackingEvents.list': 'list',
    'v3.eventTrackingEvents.create': 'create',
    'v3.eventTrackingEvents.delete': { kind: 'delete', by: 'name' },
    'v3.event.track': { kind: 'action', handle: trackEvent },
    'v3.localevent.create': 'action',
  },
  unique: [{ fields: ['name'], ignoreCase: true, onConflict: 'existing' }],
  seed: (add) =>
    ['__pagevisit', '__redir', 'signed up', 'watched demo video', 'started checkout'].forEach((name) =>
      add({ name }, at(-100)),
    ),
};

export const siteTracking: Resource = {
  name: 'siteTracking',
  singular: 'siteTracking',
  entity: 'SiteTracking',
  methods: {
    'v3.siteTracking.get': { kind: 'get', id: '1' },
    'v3.siteTracking.update': { kind: 'update', id: '1' },
    'v3.siteTracking.getCode': 'action',
  },
  seed: (add) => void add({ enabled: true }),
};

export const siteTrackingDomains: Resource = {
  name: 'siteTrackingDomains',
  singular: 'siteTrackingDomain',
  entity: 'SiteTrackingDomain',
  methods: {
    'v3.siteTrackingDomains.list': 'list',
    'v3.siteTrackingDomains.create': 'create',
    'v3.siteTrackingDomains.delete': { kind: 'delete', by: 'name' },
  },
  unique: [{ fields: ['name'], ignoreCase: true, onConflict: 'existing' }],
  seed: (add) => ['example.com', 'shop.example.com'].forEach((name) => add({ name }, at(-100))),
};

export const urlWhitelistings: Resource = {
  name: 'urlWhitelistings',
  singular: 'urlWhitelisting',
  base: 'prism/urlWhitelistings',
  entity: 'UrlWhitelisting',
  methods: {
    'v3.prism.listUrlWhitelistings': { kind: 'list', root: 'data' },
    'v3.prism.createUrlWhitelisting': { kind: 'create', root: 'data' },
    'v3.prism.deleteUrlWhitelisting': 'delete',
  },
  defaults: { type: 'urlWhitelistings' },
  seed: (add) => {
    add({ id: '490469', attributes: { whitelisted_domain: 'example.com', whitelisted_page: '*' } }, at(-100));
    add(
      { id: '534756', attributes: { whitelisted_domain: 'shop.example.com', whitelisted_page: '/checkout' } },
      at(-99),
    );
  },
};
