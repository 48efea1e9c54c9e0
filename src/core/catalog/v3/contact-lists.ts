import type { V3Method } from '../types';
import { auditAttributes, authError } from './common';

const API = 'https://sandbox.api-us1.com/api/3';

/** A list membership (the status is a string here; the subscribe answer echoes it as a number). */
export const contactListExample = {
  contact: '1',
  list: '2',
  form: null,
  seriesid: '0',
  sdate: '2026-01-15T09:35:00-06:00',
  status: '1',
  responder: '1',
  sync: '0',
  unsubreason: '',
  campaign: null,
  message: null,
  first_name: 'Jane',
  last_name: 'Doe',
  ip4Sub: '0',
  sourceid: '0',
  links: {
    list: `${API}/contactLists/2/list`,
    contact: `${API}/contactLists/2/contact`,
  },
  id: '2',
  automation: null,
  created_timestamp: '2026-01-15 15:35:00',
  updated_timestamp: '2026-01-15 15:35:00',
};

export const contactListsMethods: readonly V3Method[] = [
  {
    id: 'v3.listGroups.create',
    api: 'v3',
    group: 'Lists',
    summary: 'Grant a user group access to a list',
    description:
      'Lets the users of a group (see GET /groups) work with a list. Needed after creating a list if non-admin users must see it.',
    http: 'POST',
    kind: 'write',
    path: '/api/3/listGroups',
    params: [],
    body: {
      type: 'object',
      required: ['listGroup'],
      properties: {
        listGroup: {
          type: 'object',
          required: ['listid', 'groupid'],
          properties: {
            listid: {
              type: 'integer',
              minimum: 1,
              description: 'The list id.',
              example: 2,
            },
            groupid: {
              type: 'integer',
              minimum: 1,
              description: 'The user group id.',
              example: 2,
            },
          },
        },
      },
    },
    bodyRequired: true,
    responses: [
      {
        status: 201,
        description: 'The permission was created.',
        example: {
          listGroup: {
            list: 6,
            group: 1,
            links: {
              list: `${API}/listGroups/55/list`,
              group: `${API}/listGroups/55/group`,
            },
            id: '55',
          },
        },
      },
      {
        status: 403,
        description: 'The key is missing or invalid, or may not change permissions.',
        example: { message: 'Forbidden' },
      },
    ],
  },
  {
    id: 'v3.contactLists.updateStatus',
    api: 'v3',
    group: 'Lists',
    summary: 'Subscribe or unsubscribe a contact',
    description:
      "Sets a contact's status on one list: 1 subscribes, 2 unsubscribes. Gotcha: setting 1 re-subscribes someone who unsubscribed themselves, so only do it with their consent (send sourceid 4 in that case).",
    http: 'POST',
    kind: 'sends-messages',
    path: '/api/3/contactLists',
    params: [],
    body: {
      type: 'object',
      required: ['contactList'],
      properties: {
        contactList: {
          type: 'object',
          required: ['list', 'contact', 'status'],
          properties: {
            list: {
              type: 'integer',
              minimum: 1,
              description: 'The list id.',
              example: 2,
            },
            contact: {
              type: 'integer',
              minimum: 1,
              description: 'The contact id.',
              example: 1,
            },
            status: {
              type: 'integer',
              enum: [1, 2],
              description: '1 = subscribed (active), 2 = unsubscribed.',
              example: 1,
            },
            sourceid: {
              type: 'integer',
              minimum: 0,
              default: 0,
              description: 'Use 4 when re-subscribing a contact who had unsubscribed.',
              example: 0,
            },
          },
        },
      },
    },
    bodyRequired: true,
    responses: [
      {
        status: 200,
        optional: auditAttributes,
        description: 'The membership as stored, with the contact sideloaded.',
        example: {
          contacts: [
            {
              cdate: '2026-01-15T09:30:00-06:00',
              email: 'jane.doe@example.com',
              firstName: 'Jane',
              lastName: 'Doe',
              id: '1',
            },
          ],
          contactList: { ...contactListExample, status: 1 },
        },
      },
      {
        status: 400,
        description: 'The body could not be processed; the body is an empty object.',
        example: {},
      },
      authError,
    ],
  },
];
