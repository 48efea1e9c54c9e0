/**
 * Tags and the contact-tag links. Tag names are unique (case-insensitive);
 * `search` and `filters[search][<op>]` compare the name, `orders[search]`
 * also takes `weight`. Tagging a contact twice answers the existing link.
 * Deleting a tag (or a contact) removes its links.
 */
import { byField } from '../engine/filters';
import { json, type SandboxResponse } from '../http-types';
import type { OpCtx, Resource } from '../engine/resource';
import { readJson } from '../engine/validate';
import { at, crud, ownedBy, text } from './common';

const NAMES = [
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

export const tags: Resource = {
  name: 'tags',
  singular: 'tag',
  entity: 'Tag',
  methods: {
    ...crud('v3.tags'),
  },
  defaults: { tagType: 'contact', description: '' },
  computed: (row, db) => ({ subscriber_count: String(db.children('contactTags', 'tag', row.id).length) }),
  unique: [{ fields: ['tag'], ignoreCase: true, onConflict: 'refuse', title: 'Duplicate entry' }],
  filters: { search: byField('tag', 'contains'), 'filters[search]': byField('tag', 'contains') },
  orders: { search: { by: 'tag', weightFrom: ['search', 'filters[search]'] } },
  hooks: { prepare: (input) => (typeof input.tag === 'string' ? { ...input, tag: input.tag.trim() } : input) },
  seed: (add) =>
    NAMES.forEach((tag, i) =>
      add(
        { tag, description: i === 0 ? 'Customers on the annual plan' : i === 4 ? 'No login for 60 days' : '' },
        at(-200),
      ),
    ),
};

/** The contactTags error shapes carry `status` and no `code`, as documented for this endpoint. */
function contactTagError(status: number, title: string, extra: Record<string, unknown>): SandboxResponse {
  return json(status, { errors: [{ status, title, ...extra }] });
}

/** POST /contactTags answers a missing id or an unknown contact or tag in its own documented shapes. */
function tagContact(ctx: OpCtx, generic: () => SandboxResponse): SandboxResponse {
  const parsed = readJson(ctx.req);
  const body = parsed.ok && typeof parsed.value === 'object' && parsed.value !== null ? parsed.value : {};
  const link = (body as { contactTag?: unknown }).contactTag;
  const given = typeof link === 'object' && link !== null ? (link as Record<string, unknown>) : undefined;
  if (!parsed.ok || !given) return generic();
  for (const field of ['contact', 'tag']) {
    if (text(given[field]) === '') {
      return contactTagError(422, 'Missing attribute', {
        detail: `The ${field} attribute is required`,
        source: { pointer: `/data/attributes/${field}` },
      });
    }
  }
  if (!ctx.db.find('contacts', text(given.contact)))
    return contactTagError(404, 'Not Found', { detail: 'Contact not found' });
  if (!ctx.db.find('tags', text(given.tag))) return contactTagError(404, 'Not Found', { detail: 'Tag not found' });
  return generic();
}

export const contactTags: Resource = {
  name: 'contactTags',
  singular: 'contactTag',
  entity: 'SubscriberTag',
  methods: {
    'v3.contactTags.create': { kind: 'create', handle: tagContact },
    ...crud('v3.contactTags', ['delete', 'list']),
  },
  relations: [ownedBy('contact', 'contacts'), ownedBy('tag', 'tags')],
  unique: [{ fields: ['contact', 'tag'], onConflict: 'existing' }],
};
