import type { ParamDef, ResponseDoc, V3Method } from '../types';
import { auditAttributes, deleted, idParam, notFound, paginationParams, weightOrderParam } from './common';

const API = 'https://sandbox.api-us1.com/api/3';

const OPERATORS = ['eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'contains', 'starts_with'] as const;

/** 403 on reading lists: the key is wrong, or its user lacks the permission. */
const mayNotViewLists: ResponseDoc = {
  status: 403,
  description: 'The key is missing or invalid, or its user may not view lists.',
  example: {
    errors: [{ status: 403, title: 'Forbidden', detail: 'You do not have permission to view lists.' }],
  },
};

/** One `filters[name][<op>]` parameter per supported comparison operator. */
function nameOperatorParams(): ParamDef[] {
  return OPERATORS.map((op) => ({
    name: `filters[name][${op}]`,
    in: 'query',
    schema: {
      type: 'string',
      example: op === 'starts_with' ? 'News' : 'Newsletter',
    },
    description: `Lists whose name passes the "${op}" comparison with this text.`,
  }));
}

/** A list as GET answers it. */
export const listExample = {
  stringid: 'newsletter',
  userid: '1',
  name: 'Newsletter',
  cdate: '2026-01-05T16:30:41-06:00',
  p_use_tracking: '1',
  p_use_analytics_read: '0',
  p_use_analytics_link: '0',
  p_use_twitter: '0',
  p_use_facebook: '0',
  p_embed_image: '1',
  p_use_captcha: '1',
  send_last_broadcast: '0',
  private: '0',
  analytics_domains: null,
  analytics_source: '',
  analytics_ua: '',
  carboncopy: null,
  subscription_notify: null,
  unsubscription_notify: null,
  require_name: '0',
  get_unsubscribe_reason: '0',
  to_name: 'Subscriber',
  optinoptout: '1',
  sender_name: '',
  sender_addr1: '',
  sender_city: '',
  sender_zip: '',
  sender_country: '',
  sender_url: 'https://www.example.com',
  sender_reminder: 'You signed up for our newsletter on example.com.',
  fulladdress: '',
  optinmessageid: '0',
  optoutconf: '0',
  deletestamp: null,
  udate: null,
  // Not in the references' examples, but sent: ETL clients replicate lists by updated_timestamp.
  created_timestamp: '2026-01-05 22:30:41',
  updated_timestamp: '2026-01-05 22:30:41',
  links: {
    contactGoalLists: `${API}/lists/1/contactGoalLists`,
    user: `${API}/lists/1/user`,
    addressLists: `${API}/lists/1/addressLists`,
  },
  id: '1',
  user: '1',
};

export const listsMethods: readonly V3Method[] = [
  {
    id: 'v3.lists.list',
    api: 'v3',
    group: 'Lists',
    summary: 'List lists',
    description:
      "Pages through the mailing lists the key's user may see. Filter by name with `filters[name]` or one of the operator forms; `orders[name]=weight` puts exact matches first.",
    http: 'GET',
    kind: 'read',
    path: '/api/3/lists',
    params: [
      ...paginationParams,
      {
        name: 'filters[name]',
        in: 'query',
        schema: { type: 'string', example: 'Newsletter' },
        description: 'Lists whose name matches this text.',
      },
      ...nameOperatorParams(),
      weightOrderParam('name', 'filter'),
    ],
    responses: [
      {
        status: 200,
        optional: auditAttributes,
        nullable: ['lists[].sender_url', 'lists[].sender_reminder', 'lists[].fulladdress', 'lists[].user'],
        description: 'A page of lists, with the total count as a string in meta.total.',
        example: { lists: [listExample], meta: { total: '1' } },
      },
      mayNotViewLists,
    ],
  },
  {
    id: 'v3.lists.get',
    api: 'v3',
    group: 'Lists',
    summary: 'Get a list',
    description: 'Returns one list with its sender details and settings.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/lists/{id}',
    params: [idParam("The list's id.")],
    responses: [
      { status: 200, optional: auditAttributes, description: 'The list.', example: { list: listExample } },
      mayNotViewLists,
      notFound('_List'),
    ],
  },
  {
    id: 'v3.lists.create',
    api: 'v3',
    group: 'Lists',
    summary: 'Create a list',
    description:
      'Creates a mailing list. Four fields are required: the name, a URL-safe stringid, and sender_url plus sender_reminder, which tell recipients where and why they signed up. Grant user groups access afterwards if non-admins need the list.',
    http: 'POST',
    kind: 'write',
    path: '/api/3/lists',
    params: [],
    body: {
      type: 'object',
      required: ['list'],
      properties: {
        list: {
          type: 'object',
          required: ['name', 'stringid', 'sender_url', 'sender_reminder'],
          properties: {
            name: {
              type: 'string',
              description: 'Name shown in the app.',
              example: 'Newsletter',
            },
            stringid: {
              type: 'string',
              description: 'URL-safe version of the name, e.g. "newsletter".',
              example: 'newsletter',
            },
            sender_url: {
              type: 'string',
              format: 'url',
              description: 'Website the list belongs to.',
              example: 'https://www.example.com',
            },
            sender_reminder: {
              type: 'string',
              description: 'Reminds recipients why they get your emails.',
              example: 'You signed up for our newsletter on example.com.',
            },
            send_last_broadcast: {
              type: 'boolean',
              default: false,
              description: 'Send the most recent campaign to each new subscriber.',
              example: false,
            },
            carboncopy: {
              type: 'string',
              description: 'Comma-separated addresses that get a copy of every mailing.',
              example: 'archive@example.com',
            },
            subscription_notify: {
              type: 'string',
              description: 'Comma-separated addresses told about each new subscriber.',
              example: 'sales@example.com',
            },
            unsubscription_notify: {
              type: 'string',
              description: 'Comma-separated addresses told about each unsubscribe.',
              example: 'sales@example.com',
            },
            user: {
              type: 'integer',
              minimum: 1,
              description: 'Id of the user who owns the list (controls campaign branding).',
              example: 1,
            },
            channel: {
              type: 'string',
              enum: ['email', 'sms'],
              default: 'email',
              description: 'Whether the list is for email or SMS.',
              example: 'email',
            },
          },
        },
      },
    },
    bodyRequired: true,
    responses: [
      {
        status: 200,
        description: 'The list was created; its id is in list.id.',
        example: {
          list: {
            name: 'Newsletter',
            stringid: 'newsletter',
            cdate: '2026-01-15T09:30:00-06:00',
            udate: '2026-01-15T09:30:00-06:00',
            links: {
              contactGoalLists: `${API}/lists/6/contactGoalLists`,
              user: `${API}/lists/6/user`,
            },
            id: '6',
          },
        },
      },
      {
        status: 400,
        description: 'The body could not be processed; the body is an empty object.',
        example: {},
      },
      {
        status: 403,
        description: 'The key is missing or invalid, or its user may not create lists.',
        example: {
          errors: [
            {
              status: 403,
              title: 'Forbidden',
              detail: 'You do not have permission to create lists.',
            },
          ],
        },
      },
    ],
  },
  {
    id: 'v3.lists.delete',
    api: 'v3',
    group: 'Lists',
    summary: 'Delete a list',
    description:
      'Deletes a list. Contacts stay in the account but lose that membership. An unknown id is reported as 403, not 404.',
    http: 'DELETE',
    kind: 'destructive',
    path: '/api/3/lists/{id}',
    params: [idParam('The id of the list to delete.')],
    responses: [
      deleted,
      {
        status: 403,
        description: 'No list has this id, or the key is missing, invalid or not allowed to delete it.',
        example: { message: 'No Result found for _List with id 3' },
      },
    ],
  },
];
