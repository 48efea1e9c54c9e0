/**
 * Site and event tracking: the account-wide on/off switches, the allowed
 * domains and URL whitelist, the named events, and tracked events, which
 * land in the contact's tracking logs when the visitor is a known contact.
 */
import { json, type SandboxResponse } from '../http-types';
import type { Attrs, OpCtx, Resource } from '../engine/resource';
import { readJson } from '../engine/validate';
import { at, crud, text } from './common';

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

/** An account-wide on/off switch, one record read and written without an id. */
function trackingSwitch(name: string, entity: string, more: Resource['methods'] = {}): Resource {
  return {
    name,
    singular: name,
    entity,
    methods: {
      [`v3.${name}.get`]: { kind: 'get', id: '1' },
      [`v3.${name}.update`]: { kind: 'update', id: '1' },
      ...more,
    },
    seed: (add) => void add({ enabled: true }),
  };
}

/** Names the account allows (events, domains): listed, added once (adding again answers the same), deleted by name. */
function namedEntries(
  name: string,
  singular: string,
  entity: string,
  seeded: readonly string[],
  more: Resource['methods'] = {},
): Resource {
  return {
    name,
    singular,
    entity,
    methods: {
      ...crud(`v3.${name}`, ['list', 'create']),
      [`v3.${name}.delete`]: { kind: 'delete', by: 'name' },
      ...more,
    },
    unique: [{ fields: ['name'], ignoreCase: true, onConflict: 'existing' }],
    seed: (add) => seeded.forEach((n) => add({ name: n }, at(-100))),
  };
}

export const eventTracking = trackingSwitch('eventTracking', 'EventTracking');

export const eventTrackingEvents = namedEntries(
  'eventTrackingEvents',
  'eventTrackingEvent',
  'EventTrackingEvent',
  ['__pagevisit', '__redir', 'signed up', 'watched demo video', 'started checkout'],
  { 'v3.event.track': { kind: 'action', handle: trackEvent }, 'v3.localevent.create': 'action' },
);

export const siteTracking = trackingSwitch('siteTracking', 'SiteTracking', { 'v3.siteTracking.getCode': 'action' });

export const siteTrackingDomains = namedEntries('siteTrackingDomains', 'siteTrackingDomain', 'SiteTrackingDomain', [
  'example.com',
  'shop.example.com',
]);

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
