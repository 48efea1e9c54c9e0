import type { ParamDef, ResponseDoc, V3Method } from '../types';
import { auditAttributes, authError, idParam, notFound } from './common';

const campaignExample = {
  type: 'single',
  userid: '1',
  segmentid: '0',
  bounceid: '-1',
  realcid: '0',
  sendid: '0',
  threadid: '0',
  seriesid: '0',
  formid: '0',
  basetemplateid: '90a1d1ab6ad33e95708caf6472dc1724f698c694',
  basemessageid: '0',
  addressid: '0',
  source: 'web',
  name: 'January newsletter',
  cdate: '2026-01-15T09:30:00-06:00',
  mdate: '2026-01-15T09:45:00-06:00',
  sdate: '2026-01-16T08:00:00-06:00',
  ldate: '2026-01-16T08:05:00-06:00',
  send_amt: '1250',
  total_amt: '1250',
  opens: '610',
  uniqueopens: '480',
  linkclicks: '140',
  uniquelinkclicks: '95',
  forwards: '3',
  hardbounces: '4',
  softbounces: '9',
  unsubscribes: '6',
  replies: '2',
  status: '5',
  public: '1',
  tracklinks: 'all',
  trackreads: '1',
  analytics_campaign_name: '',
  htmlunsub: '1',
  textunsub: '1',
  recurring: 'day1',
  willrecur: '0',
  split_type: 'even',
  responder_type: 'subscribe',
  reminder_field: 'sdate',
  reminder_type: 'month_day',
  laststep: 'summary',
  schedule: '0',
  scheduleddate: null,
  // Not in the references' examples, but sent: ETL clients replicate campaigns by updated_timestamp.
  created_timestamp: '2026-01-15 15:30:00',
  updated_timestamp: '2026-01-15 15:45:00',
  links: {
    user: 'https://sandbox.api-us1.com/api/3/campaigns/1/user',
    automation: 'https://sandbox.api-us1.com/api/3/campaigns/1/automation',
    campaignMessage: 'https://sandbox.api-us1.com/api/3/campaigns/1/campaignMessage',
    links: 'https://sandbox.api-us1.com/api/3/campaigns/1/links',
    campaignLists: 'https://sandbox.api-us1.com/api/3/campaigns/1/campaignLists',
  },
  id: '1',
  user: '1',
  automation: null,
};

const orderParam = (name: string, description: string, withDefault = false): ParamDef => ({
  name,
  in: 'query',
  schema: { type: 'string', enum: ['ASC', 'DESC'], ...(withDefault ? { default: 'ASC' } : {}), example: 'DESC' },
  description,
});

const badRequest: ResponseDoc = {
  status: 400,
  description: 'The request could not be handled; the body is an empty object.',
  example: {},
};

/** A link tracked in a campaign ("open" stands for the read tracker). */
export const campaignLinkExample = {
  campaignid: '1',
  messageid: '3',
  link: 'open',
  name: 'Read Tracker',
  ref: '',
  tracked: '1',
  links: {
    campaign: 'https://sandbox.api-us1.com/api/3/links/1/campaign',
    message: 'https://sandbox.api-us1.com/api/3/links/1/message',
  },
  id: '1',
  campaign: '1',
  message: '3',
};

export const campaignsMethods: readonly V3Method[] = [
  {
    id: 'v3.campaigns.list',
    api: 'v3',
    group: 'Campaigns',
    summary: 'List campaigns',
    description:
      'Pages through email campaigns with their send counts and engagement totals (opens, clicks, bounces…) as strings. Automation emails are campaigns too: filter by `filters[seriesid]` to get those of one automation.',
    http: 'GET',
    path: '/api/3/campaigns',
    params: [
      orderParam('orders[sdate]', 'Sort by send date.', true),
      orderParam('orders[ldate]', 'Sort by the date the campaign last sent.'),
      {
        name: 'filters[seriesid]',
        in: 'query',
        schema: { type: 'integer', minimum: 1, example: 3 },
        description: 'Only the campaigns of this automation (series) id.',
      },
    ],
    responses: [
      {
        status: 200,
        optional: auditAttributes,
        nullable: ['campaigns[].sdate', 'campaigns[].ldate'],
        description: 'A page of campaigns; meta.total holds the count as a string.',
        example: { campaigns: [campaignExample], meta: { total: '1' } },
      },
      badRequest,
      authError,
    ],
  },
  {
    id: 'v3.campaigns.get',
    api: 'v3',
    group: 'Campaigns',
    summary: 'Get a campaign',
    description:
      'Returns one campaign with its settings and report totals. The message content is not included: follow links.campaignMessage or use "Get a message".',
    http: 'GET',
    path: '/api/3/campaigns/{id}',
    params: [idParam("The campaign's id.")],
    responses: [
      {
        status: 200,
        optional: auditAttributes,
        nullable: ['campaign.sdate', 'campaign.ldate'],
        description: 'The campaign.',
        example: { campaign: campaignExample },
      },
      notFound('Campaign'),
      authError,
    ],
  },
  {
    id: 'v3.campaign.create',
    api: 'v3',
    group: 'Campaigns',
    summary: 'Create a campaign',
    description:
      'Starts a new campaign draft. Mind the singular path /campaign, and that the body is flat (no root key). Fill in lists, sender address and schedule afterwards with "Update a campaign".',
    http: 'POST',
    path: '/api/3/campaign',
    params: [],
    body: {
      type: 'object',
      required: ['name', 'type'],
      properties: {
        name: { type: 'string', description: 'Internal name of the campaign.', example: 'February newsletter' },
        type: { type: 'string', description: 'Campaign type, e.g. single for a one-off send.', example: 'single' },
        canSplitContent: {
          type: 'boolean',
          default: false,
          description: 'Whether the campaign may test several contents against each other.',
          example: false,
        },
      },
    },
    bodyRequired: true,
    responses: [
      {
        status: 200,
        description: 'The draft was created; note the id is a number here.',
        example: { id: 149, name: 'February newsletter', type: 'single', canSplitContent: false },
      },
      {
        status: 400,
        description: 'A field is missing or has the wrong type; errors is a list of plain strings.',
        example: { errors: ['Field name is required', 'Field type must be of type string'] },
      },
      authError,
    ],
  },
  {
    id: 'v3.campaigns.edit',
    api: 'v3',
    group: 'Campaigns',
    summary: 'Update a campaign',
    description:
      "Changes a campaign draft's settings: audience (lists, segment), sender address, tracking, schedule and split or reminder options. The body is flat (no root key); send only what should change.",
    http: 'PUT',
    path: '/api/3/campaigns/{id}/edit',
    params: [idParam("The campaign's id.")],
    body: {
      type: 'object',
      properties: {
        name: { type: 'string', description: 'Internal name of the campaign.', example: 'February newsletter' },
        type: { type: 'string', description: 'Campaign type.', example: 'single' },
        segmentId: {
          type: 'string',
          description: 'Segment to send to; numeric and string segment ids both work.',
          example: '12',
        },
        addressId: {
          type: 'integer',
          minimum: 1,
          description: 'Id of the postal address shown in the footer.',
          example: 1,
        },
        listIds: {
          type: 'array',
          description: 'Ids of the lists to send to.',
          items: { type: 'integer', minimum: 1, example: 1 },
        },
        replyTrackingEnabled: { type: 'boolean', description: 'Track replies.', example: true },
        linkTrackingEnabled: { type: 'boolean', description: 'Track link clicks.', example: true },
        googleAnalyticsLinkTrackingEnabled: {
          type: 'boolean',
          description: 'Add Google Analytics tags to links.',
          example: false,
        },
        googleAnalyticsCampaignName: {
          type: 'string',
          description: 'Campaign name reported to Google Analytics.',
          example: 'feb-newsletter',
        },
        readTrackingEnabled: { type: 'boolean', description: 'Track opens.', example: true },
        sendToExistingSubscribers: {
          type: 'boolean',
          description: 'Send to contacts who were already subscribed.',
          example: true,
        },
        canSplitContent: {
          type: 'boolean',
          description: 'Whether the campaign holds split-test content.',
          example: false,
        },
        recurring: { type: 'boolean', description: 'Whether the campaign repeats.', example: false },
        responderDaysOffset: {
          type: 'integer',
          minimum: 0,
          description: 'Autoresponder delay, days part.',
          example: 1,
        },
        responderHoursOffset: {
          type: 'integer',
          minimum: 0,
          description: 'Autoresponder delay, hours part.',
          example: 0,
        },
        scheduledDate: { type: 'string', description: 'When to send.', example: '2026-02-01T09:00:00-06:00' },
        reminderField: {
          type: 'string',
          description: 'Date field that triggers a reminder campaign.',
          example: 'sdate',
        },
        reminderOffset: { type: 'integer', description: 'How far before or after that date.', example: 0 },
        reminderOffsetType: { type: 'string', description: 'Unit of the reminder offset.', example: 'day' },
        reminderType: { type: 'string', description: 'Which part of the date to match.', example: 'month_day' },
        rssInterval: {
          type: 'integer',
          minimum: 1,
          description: 'How often an RSS campaign checks its feed.',
          example: 1,
        },
        splitType: { type: 'string', description: 'Split-test mode.', example: 'even' },
        splitWinnerWaitPeriod: {
          type: 'integer',
          minimum: 0,
          description: 'How long a split test runs before the winner is sent.',
          example: 2,
        },
        splitWinnerWaitPeriodType: { type: 'string', description: 'Unit of that wait period.', example: 'day' },
        publicCampaignArchive: {
          type: 'boolean',
          description: 'Show the campaign in the public archive.',
          example: true,
        },
      },
    },
    bodyRequired: true,
    responses: [
      { status: 200, description: 'The campaign was updated (the reference documents no response body).' },
      authError,
    ],
  },
  {
    id: 'v3.campaigns.copy',
    api: 'v3',
    group: 'Campaigns',
    summary: 'Duplicate a campaign',
    description:
      'Makes a new draft from an existing campaign, with the same content and settings. The new id is in newCampaignId.',
    http: 'POST',
    path: '/api/3/campaigns/{id}/copy',
    params: [idParam('Id of the campaign to copy.')],
    responses: [
      {
        status: 200,
        description: 'The draft copy was made.',
        example: { succeeded: 1, message: 'Campaign draft copied.', newCampaignId: 217 },
      },
      {
        status: 400,
        description: 'This campaign may not be copied by this user; the body is a bare JSON string.',
        example: 'Bad request. You are not allowed to copy this campaign.',
      },
      authError,
    ],
  },
  {
    id: 'v3.campaigns.listLinks',
    api: 'v3',
    group: 'Campaigns',
    summary: "List a campaign's tracked links",
    description:
      'Returns the links tracked in a campaign, including the "open" entry that stands for the read tracker.',
    http: 'GET',
    path: '/api/3/campaigns/{id}/links',
    params: [idParam("The campaign's id.")],
    responses: [
      {
        status: 200,
        nullable: ['links[].message'],
        description: 'The tracked links of the campaign.',
        example: {
          links: [campaignLinkExample],
        },
      },
      notFound('Campaign'),
      authError,
    ],
  },
  {
    id: 'v3.campaigns.delete',
    api: 'v3',
    group: 'Campaigns',
    summary: 'Delete a campaign',
    description:
      'Archives a campaign and drops its pending approvals and queued automation sends. Gotcha: failure is reported in the body, not the status. An unknown id or a user without permission still gets 200, with succeeded 0.',
    http: 'DELETE',
    path: '/api/3/campaigns/{id}',
    params: [idParam("The campaign's id.")],
    responses: [
      {
        status: 200,
        description: 'Check succeeded: 1 means deleted, 0 means nothing happened (unknown id or no permission).',
        example: { succeeded: 1, message: 'Campaign deleted.' },
      },
      authError,
    ],
  },
];
