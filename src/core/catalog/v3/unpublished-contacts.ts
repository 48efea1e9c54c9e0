/**
 * Account-wide listings of contact records that ActiveCampaign serves but
 * does not list in its published reference. ETL clients page through them
 * to replicate an account; each mirrors a per-contact listing the reference
 * does document.
 */
import type { ResponseDoc, V3Method } from '../types';
import { auditAttributes, authError, paginationParams } from './common';
import { contactListExample } from './contact-lists';
import { bounceLogExample, contactDatumExample } from './contact-related';
import { contactTagExample } from './tags';

const API = 'https://sandbox.api-us1.com/api/3';

/** A GET listing of a whole collection: pages of `root` records with meta.total. */
export function accountListing(
  id: string,
  group: string,
  summary: string,
  description: string,
  root: string,
  records: readonly Record<string, unknown>[],
  extra: Partial<ResponseDoc> = {},
): V3Method {
  return {
    id,
    api: 'v3',
    group,
    summary,
    description,
    http: 'GET',
    kind: 'read',
    path: `/api/3/${root}`,
    params: [...paginationParams],
    unpublished: true,
    responses: [
      {
        status: 200,
        description: `A page of ${root} records, with the total count as a string in meta.total.`,
        example: { [root]: records, meta: { total: String(records.length) } },
        ...extra,
      },
      authError,
    ],
  };
}

export const unpublishedContactsMethods: readonly V3Method[] = [
  accountListing(
    'v3.contactTags.list',
    'Tags',
    'List every contact-tag link',
    'Pages through all the links between contacts and tags in the account, newest last. Each record names a contact and a tag by id; its id is what "Remove a tag from a contact" takes.',
    'contactTags',
    [contactTagExample, { ...contactTagExample, contact: '4', tag: '1', id: '2' }],
    { optional: auditAttributes },
  ),
  accountListing(
    'v3.contactLists.list',
    'Lists',
    'List every list membership',
    'Pages through all contact-to-list memberships in the account: status 1 is subscribed, 2 unsubscribed. ETL clients replicate it by updated_timestamp.',
    'contactLists',
    [contactListExample],
    {
      optional: auditAttributes,
      nullable: ['contactLists[].form', 'contactLists[].campaign', 'contactLists[].message'],
    },
  ),
  accountListing(
    'v3.contactData.list',
    'Contacts',
    'List contact data records',
    'Pages through the location, analytics and social details gathered about contacts, one record per contact that has any (the per-contact form is "Get a contact\'s data record").',
    'contactData',
    [contactDatumExample],
  ),
  accountListing(
    'v3.contactEmails.list',
    'Contacts',
    'List one-to-one emails to contacts',
    'Pages through the individual emails users sent to contacts from the app (not campaigns), with the contact, the sending user and the deal they were sent from, if any.',
    'contactEmails',
    [
      {
        messageid: '0',
        seriesid: '0',
        messageheader: 'Subject: Your demo next week',
        userid: '1',
        d_id: '3',
        subscriberid: '1',
        account: '0',
        ip: '127.0.0.1',
        sdate: '2026-01-15T10:05:00-06:00',
        source: 'deal',
        links: { contact: `${API}/contactEmails/1/contact`, user: `${API}/contactEmails/1/user` },
        id: '1',
        user: '1',
        deal: '3',
        contact: '1',
        message: '0',
      },
    ],
  ),
  accountListing(
    'v3.contactConversions.list',
    'Automations',
    'List contact conversions',
    'Pages through the conversions contacts completed: which conversion, which trigger fired it, its value and when.',
    'contactConversions',
    [
      {
        contact: '1',
        conversion: '1',
        conversionTrigger: '1',
        convertedByType: 'campaign',
        convertedById: '2',
        triggerType: 'page-visit',
        modifier: 'contains',
        value: '4900',
        currency: 'usd',
        dynamic: '0',
        cdate: '2026-01-18T14:20:00-06:00',
        links: {
          contact: `${API}/contactConversions/1/contact`,
          conversion: `${API}/contactConversions/1/conversion`,
        },
        id: '1',
      },
    ],
  ),
  accountListing(
    'v3.bounceLogs.list',
    'Contacts',
    'List every bounce',
    'Pages through the bounces recorded for all contacts, with the campaign and message each came from and the bounce code.',
    'bounceLogs',
    [bounceLogExample],
    { nullable: ['bounceLogs[].created_by', 'bounceLogs[].updated_by'] },
  ),
];
