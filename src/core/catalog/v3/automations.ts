import type { V3Method } from '../types';
import { authError, deleted, idParam, notFound, paginationParams } from './common';
import { sideloadedContactExample } from './contacts';

const API = 'https://sandbox.api-us1.com/api/3';

const automationExample = {
  name: 'Welcome series',
  cdate: '2026-01-05T16:28:43-06:00',
  mdate: '2026-01-06T16:33:10-06:00',
  userid: '1',
  status: '1',
  entered: '120',
  exited: '95',
  hidden: '0',
  defaultscreenshot: 'http://img-us1.com/default-series.gif',
  screenshot: 'https://d226aj4ao1t61q.cloudfront.net/k0x4h0lr_default-automation.png',
  links: {
    campaigns: `${API}/automations/2/campaigns`,
    contactGoals: `${API}/automations/2/contactGoals`,
    contactAutomations: `${API}/automations/2/contactAutomations`,
    blocks: `${API}/automations/2/blocks`,
    goals: `${API}/automations/2/goals`,
  },
  id: '2',
};

const contactAutomationExample = {
  contact: '1',
  seriesid: '2',
  startid: '0',
  status: '1',
  batchid: null,
  adddate: '2026-01-15T09:31:00-06:00',
  remdate: null,
  timespan: null,
  lastblock: '4',
  lastlogid: '0',
  lastdate: '2026-01-15T09:31:00-06:00',
  completedElements: '1',
  totalElements: '2',
  completed: 0,
  completeValue: 50,
  links: {
    automation: `${API}/contactAutomations/3/automation`,
    contact: `${API}/contactAutomations/3/contact`,
    contactGoals: `${API}/contactAutomations/3/contactGoals`,
  },
  id: '3',
  automation: '2',
};

const entryNotFound = {
  ...notFound('SubscriberSeries'),
  description: 'No contact-automation entry has this id.',
};

export const automationsMethods: readonly V3Method[] = [
  {
    id: 'v3.automations.list',
    api: 'v3',
    group: 'Automations',
    summary: 'List automations',
    description:
      "Pages through the account's automations with their status (1 active, 2 inactive) and how many contacts entered and exited. Automations cannot be created or edited through the API.",
    http: 'GET',
    kind: 'read',
    path: '/api/3/automations',
    params: [...paginationParams],
    responses: [
      {
        status: 200,
        description: 'A page of automations; meta also lists their start triggers.',
        example: {
          automations: [automationExample],
          meta: {
            total: '1',
            starts: [{ id: '4', series: '2', type: 'subscribe' }],
            filtered: false,
            smsLogs: [],
          },
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
    id: 'v3.automations.get',
    api: 'v3',
    group: 'Automations',
    summary: 'Get an automation',
    description: 'Returns one automation by id, with its entry and exit counts.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/automations/{id}',
    params: [idParam("The automation's id.")],
    responses: [
      {
        status: 200,
        description: 'The automation.',
        example: {
          automation: {
            ...automationExample,
            entitlements_violation: '0',
            source: '0',
            description: null,
            exit_on_unsubscribe: '0',
            exit_on_conversion: '0',
            multientry: '1',
          },
        },
      },
      {
        status: 200,
        description: 'The automation, in the one-item list form some accounts answer with.',
        example: { automations: [automationExample] },
        anyType: ['automations[].status'],
        optional: ['automations[].defaultscreenshot', 'automations[].screenshot'],
      },
      {
        status: 400,
        description: 'The request could not be processed; the body is an empty object.',
        example: {},
      },
      authError,
    ],
  },
  {
    id: 'v3.contactAutomations.list',
    api: 'v3',
    group: 'Automations',
    summary: 'List contact automation entries',
    description:
      'Pages through every contact-in-automation record in the account. For one contact, "List a contact\'s automations" is simpler.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/contactAutomations',
    params: [...paginationParams],
    responses: [
      {
        status: 200,
        description: 'A page of entries, with the total count as a string in meta.total.',
        example: {
          contactAutomations: [contactAutomationExample],
          meta: { total: '1', showcase_stats: [] },
        },
      },
      authError,
    ],
  },
  {
    id: 'v3.contactAutomations.get',
    api: 'v3',
    group: 'Automations',
    summary: 'Get a contact automation entry',
    description:
      'Returns one contact-in-automation record: when the contact entered, the last step reached and how far along they are.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/contactAutomations/{id}',
    params: [idParam('The contactAutomation id.')],
    responses: [
      {
        status: 200,
        description: 'The entry.',
        example: { contactAutomation: contactAutomationExample },
      },
      entryNotFound,
      authError,
    ],
  },
  {
    id: 'v3.contactAutomations.create',
    api: 'v3',
    group: 'Automations',
    summary: 'Add a contact to an automation',
    description:
      'Puts a contact into an automation right away, whatever its start triggers say. The automation must be active.',
    http: 'POST',
    kind: 'sends-messages',
    path: '/api/3/contactAutomations',
    params: [],
    body: {
      type: 'object',
      required: ['contactAutomation'],
      properties: {
        contactAutomation: {
          type: 'object',
          required: ['contact', 'automation'],
          properties: {
            contact: {
              type: 'integer',
              minimum: 1,
              description: 'The contact id.',
              example: 1,
            },
            automation: {
              type: 'integer',
              minimum: 1,
              description: 'The automation id.',
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
        optional: [
          'contactAutomation.batchid',
          'contactAutomation.adddate',
          'contactAutomation.remdate',
          'contactAutomation.timespan',
          'contactAutomation.lastlogid',
          'contactAutomation.lastdate',
        ],
        description: 'The contact entered the automation; the new entry is in contactAutomation.',
        example: {
          contacts: [sideloadedContactExample],
          contactAutomation: {
            ...contactAutomationExample,
            startid: 0,
            status: 1,
          },
        },
      },
      {
        status: 403,
        description: 'The contact could not be added (e.g. unknown contact or automation), or the key is not allowed.',
        example: { message: 'Could not create SubscriberSeries' },
      },
    ],
  },
  {
    id: 'v3.contactAutomations.delete',
    api: 'v3',
    group: 'Automations',
    summary: 'Remove a contact from an automation',
    description:
      'Ends a contact\'s run through an automation. Gotcha: the id is the contactAutomation entry id (see "List a contact\'s automations"), not the automation id; an unknown id answers 403.',
    http: 'DELETE',
    kind: 'destructive',
    path: '/api/3/contactAutomations/{id}',
    params: [idParam('The contactAutomation id.')],
    responses: [
      deleted,
      {
        status: 403,
        description: 'No entry has this id, or the key is missing, invalid or not allowed.',
        example: { message: 'No Result found for SubscriberSeries with id 3' },
      },
    ],
  },
];
