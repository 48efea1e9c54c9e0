import type { V3Method } from '../types';
import { authError, idParam, paginationParams } from './common';

const API = 'https://sandbox.api-us1.com/api/3';

const INCLUDE_OPTIONS =
  'notes, notes.user, recipients, recipients.recipient, reference, reference.automation, reference.campaign, reference.campaign.campaignList, reference.campaign.campaignMessage, reference.campaignMessage, reference.contact, reference.contactList, reference.contactList.list, reference.deal, reference.deal.contact, reference.dealTasktype, reference.link, reference.list, reference.log, reference.log.campaign, reference.log.contact, reference.log.message, reference.message, reference.note, reference.sms, reference.sms.automation, user';

export const activitiesMethods: readonly V3Method[] = [
  {
    id: 'v3.activities.list',
    api: 'v3',
    group: 'Activities',
    summary: "List a contact's activities",
    description:
      "Returns a contact's activity feed (emails, notes, list and deal changes…) as shown on the contact page. `contact` is required; use `include` to sideload the records each activity refers to.",
    http: 'GET',
    kind: 'read',
    path: '/api/3/activities',
    params: [
      {
        name: 'contact',
        in: 'query',
        required: true,
        schema: { type: 'integer', minimum: 1, example: 4 },
        description: 'The contact whose activities to list.',
      },
      {
        name: 'after',
        in: 'query',
        schema: { type: 'string', format: 'date', example: '2026-01-01' },
        description: 'Only activities after this date.',
      },
      {
        name: 'include',
        in: 'query',
        schema: { type: 'string', example: 'notes,reference,user' },
        description: `Comma-separated related records to sideload: ${INCLUDE_OPTIONS}.`,
      },
      {
        name: 'orders[tstamp]',
        in: 'query',
        schema: { type: 'string', enum: ['ASC', 'DESC'], example: 'DESC' },
        description: 'Sort by when the activity happened.',
      },
      {
        name: 'emails',
        in: 'query',
        schema: { type: 'boolean', default: false, example: false },
        description: 'true adds the email details (such as connection_email) to deal activities.',
      },
    ],
    responses: [
      {
        status: 200,
        description: 'The activities, with the contacts and recipients they mention sideloaded.',
        example: {
          contacts: [
            {
              cdate: '2026-01-10T13:25:54-06:00',
              email: 'jane.doe@example.com',
              firstName: 'Jane',
              lastName: 'Doe',
              created_timestamp: '2026-01-10 13:25:54',
              updated_timestamp: '2026-01-15 11:25:59',
              id: '4',
            },
          ],
          activityRecipients: [
            {
              reltype: 'Subscriber',
              relid: '4',
              activityid: '865',
              recipient: { type: 'contact', id: '4' },
            },
          ],
          activities: [
            {
              tstamp: '2026-01-15T12:16:19-06:00',
              subscriberid: '4',
              reference_type: 'SubscriberEmail',
              reference_id: '13',
              reference_action: '',
              jsonData: null,
              userid: '1',
              permission: '',
              referenceModelName: 'contact-email',
              notes: [],
              recipients: ['1496'],
              reference: { type: 'contact-email', id: '13' },
              user: '1',
              id: '865',
            },
          ],
          meta: { total: '1' },
        },
      },
      {
        status: 400,
        description: 'The query could not be understood; the body is an empty object.',
        example: {},
      },
      authError,
    ],
  },
  {
    id: 'v3.emailActivities.list',
    api: 'v3',
    group: 'Activities',
    summary: 'List email activities',
    description:
      'Lists one-to-one emails logged against contacts and deals (for example sent from the CRM or through a connected inbox). Filter by contact or deal. ActiveCampaign documents no example body for this endpoint; the one shown is illustrative.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/emailActivities',
    params: [
      ...paginationParams,
      {
        name: 'filters[subscriberid]',
        in: 'query',
        schema: { type: 'integer', minimum: 1, example: 1 },
        description: 'Only emails logged against this contact.',
      },
      {
        name: 'filters[dealId]',
        in: 'query',
        schema: { type: 'integer', minimum: 1, example: 3 },
        description: 'Only emails logged against this deal.',
      },
    ],
    responses: [
      {
        status: 200,
        optional: ['emailActivities', 'meta'],
        description: 'The logged emails.',
        example: {
          emailActivities: [
            {
              subscriberid: '1',
              userid: '1',
              reltype: 'Subscriber',
              relid: '1',
              fromAddress: 'sales@example.com',
              toAddress: 'jane.doe@example.com',
              subject: 'Your demo next week',
              tstamp: '2026-01-15T10:05:00-06:00',
              links: {},
              id: '1',
            },
          ],
          meta: { total: '1' },
        },
      },
      {
        status: 400,
        description: 'The query could not be understood; the body is an empty object.',
        example: {},
      },
      authError,
    ],
  },
  {
    id: 'v3.trackingLogs.getContact',
    api: 'v3',
    group: 'Activities',
    summary: 'Get the contact behind a tracking event',
    description:
      'Given the id of a tracking log entry (an event or site visit), returns the contact it was recorded for.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/trackingLogs/{eventId}/contact',
    params: [idParam('The tracking log (event) id.', 'eventId')],
    responses: [
      {
        status: 200,
        description: 'The contact who triggered the event.',
        example: {
          contact: {
            cdate: '2026-01-10T12:36:33-06:00',
            email: 'jane.doe@example.com',
            phone: '+1 312 555 0100',
            firstName: 'Jane',
            lastName: 'Doe',
            orgid: '0',
            bounced_hard: '0',
            bounced_soft: '0',
            hash: 'ef73fe360240b8bf171744f7f341524f',
            deleted: '0',
            anonymized: '0',
            udate: '2026-01-10T12:36:33-06:00',
            links: {
              trackingLogs: `${API}/contacts/112/trackingLogs`,
              contactTags: `${API}/contacts/112/contactTags`,
            },
            id: '112',
          },
        },
      },
      authError,
    ],
  },
];
