import type { ResponseDoc, V3Method } from '../types';
import { authError, idParam } from './common';
import { contactListExample } from './contact-lists';
import { contactNotFound } from './contacts';

const API = 'https://sandbox.api-us1.com/api/3';

/** A bounce recorded for a contact. */
export const bounceLogExample = {
  tstamp: '2026-01-20T11:30:06-06:00',
  bounceid: '1',
  subscriberid: '1',
  campaignid: '11',
  messageid: '12',
  codeid: '48',
  email: 'jane.doe@example.com',
  error: '',
  source: 'Return-Path: <>',
  created_timestamp: '2026-01-20 11:30:06',
  updated_timestamp: '2026-01-20 11:30:06',
  created_by: null,
  updated_by: null,
  links: {
    contact: `${API}/bounceLogs/23/contact`,
    campaign: `${API}/bounceLogs/23/campaign`,
  },
  id: '23',
  bounce: '1',
  contact: '1',
  campaign: '11',
  message: '12',
  code: '48',
};

/** What ActiveCampaign has gathered about a contact (location, analytics, social ids). */
export const contactDatumExample = {
  contact: '1',
  tstamp: '2026-01-15T09:30:00-06:00',
  geoTstamp: null,
  geoIp4: '0',
  geoCountry2: 'US',
  geo_country: 'United States',
  geoState: 'IL',
  geoCity: 'Chicago',
  geoZip: '60601',
  geoArea: '0',
  geoLat: '41.886000',
  geoLon: '-87.622000',
  geoTz: 'America/Chicago',
  geoTzOffset: '-6.00',
  ga_campaign_source: '',
  ga_campaign_name: '',
  ga_campaign_medium: '',
  ga_first_visit: null,
  ga_times_visited: '0',
  fb_id: '0',
  tw_id: '0',
  links: [],
  id: '12',
};

/** A read-only GET of one of a contact's related records or collections, `/api/3/contacts/{id}/<segment>`. */
export function contactRelated(
  action: string,
  summary: string,
  description: string,
  segment: string,
  okDescription: string,
  example: Record<string, unknown>,
  markers: Pick<ResponseDoc, 'nullable' | 'optional'> = {},
): V3Method {
  return {
    id: `v3.contacts.${action}`,
    api: 'v3',
    group: 'Contacts',
    summary,
    description,
    http: 'GET',
    kind: 'read',
    path: `/api/3/contacts/{id}/${segment}`,
    params: [idParam("The contact's id.")],
    responses: [{ status: 200, description: okDescription, example, ...markers }, contactNotFound, authError],
  };
}

const dealExample = {
  hash: '8be32a98',
  owner: '1',
  contact: '1',
  organization: null,
  group: '1',
  stage: '1',
  title: 'Annual plan for Acme',
  description: '',
  percent: '0',
  cdate: '2026-01-15T09:30:00-06:00',
  mdate: '2026-01-15T09:30:00-06:00',
  nextdate: null,
  nexttaskid: null,
  value: '450000',
  currency: 'usd',
  winProbability: null,
  winProbabilityMdate: null,
  status: '0',
  activitycount: '1',
  nextdealid: '0',
  edate: null,
  links: {
    contact: `${API}/deals/3/contact`,
    stage: `${API}/deals/3/stage`,
    owner: `${API}/deals/3/owner`,
  },
  id: '3',
};

export const contactRelatedMethods: readonly V3Method[] = [
  contactRelated(
    'listAccountContacts',
    "List a contact's account associations",
    'Shows which accounts (companies) the contact is linked to, with the job title stored on each link.',
    'accountContacts',
    'One record per account the contact belongs to.',
    {
      accountContacts: [
        {
          account: '9',
          contact: '1',
          jobTitle: 'Head of Marketing',
          createdTimestamp: '2026-01-15T09:30:00-06:00',
          updatedTimestamp: '2026-01-15T09:30:00-06:00',
          links: {
            account: `${API}/accountContacts/7/account`,
            contact: `${API}/accountContacts/7/contact`,
          },
          id: '7',
        },
      ],
    },
  ),
  contactRelated(
    'listAutomationEntryCounts',
    "Count a contact's automation entries",
    'For every automation the contact has entered, says how many times they entered it. Useful for automations that allow re-entry.',
    'automationEntryCounts',
    'One row per automation, with the entry count as a string.',
    {
      automationEntryCounts: [
        {
          id: '2',
          name: 'Welcome series',
          status: '1',
          hidden: '0',
          contactEntryCount: '1',
        },
        {
          id: '4',
          name: 'Lead scoring',
          status: '1',
          hidden: '0',
          contactEntryCount: '2',
        },
      ],
    },
  ),
  contactRelated(
    'listBounceLogs',
    "List a contact's bounce logs",
    'Lists the bounces recorded for the contact, with the campaign, message and bounce code each came from.',
    'bounceLogs',
    'The bounce records; `source` holds the raw bounce message.',
    {
      bounceLogs: [bounceLogExample],
    },
  ),
  contactRelated(
    'listContactAutomations',
    "List a contact's automations",
    'Lists every automation the contact is in or has been through, with progress. The ids returned are contactAutomation ids, which "Remove a contact from an automation" expects.',
    'contactAutomations',
    'The contact-automation records; status 1 = active, 2 = completed.',
    {
      contactAutomations: [
        {
          contact: '1',
          seriesid: '2',
          startid: '0',
          status: '2',
          batchid: 'completed',
          adddate: '2026-01-15T09:31:00-06:00',
          remdate: '2026-01-15T09:32:00-06:00',
          timespan: '1',
          lastblock: '5',
          lastlogid: '0',
          lastdate: '2026-01-15T09:32:00-06:00',
          in_als: '3',
          completedElements: 3,
          totalElements: 3,
          completed: 1,
          completeValue: 100,
          links: {
            automation: `${API}/contactAutomations/6/automation`,
            contact: `${API}/contactAutomations/6/contact`,
          },
          id: '6',
          automation: '2',
        },
      ],
    },
    { nullable: ['contactAutomations[].remdate', 'contactAutomations[].timespan', 'contactAutomations[].batchid'] },
  ),
  contactRelated(
    'getContactData',
    "Get a contact's data record",
    'Returns the geo-location, Google Analytics and social identifiers ActiveCampaign has gathered about the contact. Most fields stay empty unless site tracking is on.',
    'contactData',
    'One contactDatum object (note the singular Latin key).',
    {
      contactDatum: contactDatumExample,
    },
  ),
  contactRelated(
    'listContactDeals',
    "List a contact's deal associations",
    'Lists the deals the contact takes part in as a secondary contact, with the role on each, and sideloads the deals and contacts involved.',
    'contactDeals',
    'contactDeals links, with the related deals and contacts beside them.',
    {
      contactDeals: [
        {
          deal: '3',
          contact: '1',
          role: null,
          cdate: '2026-01-15T09:30:00-06:00',
          created_timestamp: '2026-01-15 09:30:00',
          updated_timestamp: '2026-01-15 09:30:00',
          created_by: null,
          updated_by: null,
          links: {
            deal: `${API}/contactDeals/5/deal`,
            contact: `${API}/contactDeals/5/contact`,
          },
          id: '5',
        },
      ],
      deals: [dealExample],
    },
  ),
  contactRelated(
    'listContactGoals',
    "List a contact's goals",
    'Lists the automation goals the contact has reached, and when.',
    'contactGoals',
    'The goals reached, each tied to an automation run.',
    {
      contactGoals: [
        {
          goalid: '3',
          seriesid: '2',
          subscriberid: '1',
          subscriberseriesid: '83',
          timespan: '1',
          tstamp: '2026-01-16T14:55:19-06:00',
          links: {
            goal: `${API}/contactGoals/3/goal`,
            automation: `${API}/contactGoals/3/automation`,
          },
          id: '3',
          goal: '3',
          automation: '2',
          contact: '1',
          contactAutomation: '83',
        },
      ],
    },
  ),
  contactRelated(
    'listContactLists',
    "List a contact's list memberships",
    'Lists every list the contact is on with its status there (1 active, 2 unsubscribed, 3 bounced). To change a status use "Subscribe or unsubscribe a contact".',
    'contactLists',
    'One membership record per list.',
    {
      contactLists: [
        {
          ...contactListExample,
          list: '1',
          sdate: '2026-01-15T09:30:00-06:00',
          udate: '2026-01-15T09:30:00-06:00',
          unsubreason: null,
          autosyncLog: null,
          ip4_last: '0',
          ip4Unsub: '0',
          unsubscribeAutomation: null,
          links: { list: `${API}/contactLists/19/list`, contact: `${API}/contactLists/19/contact` },
          id: '19',
        },
      ],
    },
  ),
  contactRelated(
    'listContactLogs',
    "List a contact's logs",
    'Returns the log entries stored for the contact. Often empty.',
    'contactLogs',
    'The contact log entries.',
    { contactLogs: [] },
  ),
  contactRelated(
    'listDeals',
    "List a contact's deals",
    'Lists the deals whose primary contact is this contact. Deals where the contact is only a secondary participant are under "List a contact\'s deal associations".',
    'deals',
    'The deals; value is in cents, as a string.',
    { deals: [dealExample] },
  ),
  contactRelated(
    'listFieldValues',
    "List a contact's custom field values",
    'Lists the custom field values stored on the contact; `field` is the custom field id.',
    'fieldValues',
    'One value per custom field that has been filled in.',
    {
      fieldValues: [
        {
          contact: '1',
          field: '1',
          value: 'Gold',
          cdate: '2026-01-15T09:30:00-06:00',
          udate: '2026-01-15T09:30:00-06:00',
          created_by: '0',
          updated_by: '0',
          links: {
            owner: `${API}/fieldValues/1/owner`,
            field: `${API}/fieldValues/1/field`,
          },
          id: '1',
          owner: '1',
        },
      ],
    },
  ),
  contactRelated(
    'listGeoIps',
    "List a contact's geo IPs",
    'Lists the IP addresses seen when the contact opened or clicked a campaign. Follow geoAddress to "Get a geo address" for the location.',
    'geoIps',
    'The IP records; ip4 is the address as a decimal number.',
    {
      geoIps: [
        {
          contact: '1',
          campaignid: '11',
          messageid: '12',
          geoaddrid: '2',
          ip4: '3405803777',
          tstamp: '2026-01-20T11:10:06-06:00',
          links: { geoAddress: `${API}/geoIps/4/geoAddress` },
          id: '4',
          geoAddress: '2',
        },
      ],
    },
  ),
];
