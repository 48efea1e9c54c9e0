import type { ParamDef, V1Method } from '../types';
import {
  form,
  idParam,
  idsParam,
  listsParam,
  paginatorPage,
  paginatorParams,
  query,
  rows,
  v1Failure,
  v1Ok,
} from './common';

const campaignTypes = [
  'single',
  'recurring',
  'split',
  'responder',
  'reminder',
  'special',
  'activerss',
  'text',
] as const;

const campaignRow = {
  id: '1',
  type: 'single',
  name: 'January newsletter',
  cdate: '2026-01-15 09:30:00',
  sdate: '2026-01-16 08:00:00',
  ldate: '2026-01-16 08:12:40',
  status: '5',
  public: '1',
  send_amt: '1200',
  uniqueopens: '430',
  linkclicks: '95',
};

const campaignId = (location: ParamDef['in'] = 'query'): ParamDef => ({
  name: 'campaignid',
  in: location,
  required: true,
  schema: { type: 'integer', minimum: 1, example: 1 },
  description: 'The campaign id.',
});

const messageId: ParamDef = query(
  'messageid',
  { type: 'integer', minimum: 0, default: 0, example: 0 },
  'Limit to one message of the campaign (0 = all messages, for split tests).',
);

/** One campaign_report_* action: campaignid (+ optional messageid) in, numbers or rows out. */
function report(action: string, summary: string, description: string, fields: Record<string, unknown>): V1Method {
  return {
    id: `v1.${action}`,
    api: 'v1',
    group: 'Campaigns',
    summary,
    description,
    http: 'GET',
    kind: 'read',
    action,
    params: [campaignId(), messageId],
    responses: [
      v1Ok('result_code 1 with the report data.', fields),
      v1Failure('result_code 0: no data for this campaign.'),
    ],
  };
}

export const v1CampaignsMethods: readonly V1Method[] = [
  {
    id: 'v1.campaign_list',
    api: 'v1',
    group: 'Campaigns',
    summary: 'List campaigns (v1)',
    description:
      'Lists campaigns by id or by filters, 10 per page, newest first by default. ids can be left out when a filter is given.',
    http: 'GET',
    kind: 'read',
    action: 'campaign_list',
    params: [
      idsParam('query', 'Comma-separated campaign ids, or all; not needed when filtering.', 'all', false),
      query('filters[id_greater]', { type: 'integer', minimum: 0, example: 10 }, 'Only ids above this one.'),
      query('filters[id_less]', { type: 'integer', minimum: 1, example: 100 }, 'Only ids below this one.'),
      query(
        'filters[name]',
        { type: 'string', example: 'newsletter' },
        'Only campaigns whose name contains this text.',
      ),
      query('filters[type]', { type: 'string', enum: campaignTypes, example: 'single' }, 'Only this campaign type.'),
      query(
        'filters[cdate_since_datetime]',
        { type: 'string', example: '2026-01-01 00:00:00' },
        'Created at or after (YYYY-MM-DD HH:MM:SS).',
      ),
      query(
        'filters[sdate_since_datetime]',
        { type: 'string', example: '2026-01-01 00:00:00' },
        'Scheduled/sent at or after (YYYY-MM-DD HH:MM:SS).',
      ),
      query(
        'filters[ldate_since_datetime]',
        { type: 'string', example: '2026-01-01 00:00:00' },
        'Last sent at or after (YYYY-MM-DD HH:MM:SS).',
      ),
      query('filters[groupids]', { type: 'string', example: '3' }, 'Only campaigns visible to these user-group ids.'),
      query('full', { type: 'integer', enum: [0, 1], default: 1, example: 1 }, '1 = include messages and lists.'),
      query('sort', { type: 'string', enum: ['id', 'cdate'], example: 'id' }, 'Sort column.'),
      query(
        'sort_direction',
        { type: 'string', enum: ['ASC', 'DESC'], default: 'DESC', example: 'DESC' },
        'Sort direction.',
      ),
      query('page', { type: 'integer', minimum: 1, example: 1 }, 'Page number (10 campaigns per page).'),
    ],
    responses: [
      v1Ok('result_code 1; campaigns keyed "0", "1", ….', rows(campaignRow)),
      v1Failure('result_code 0: no campaign matched.'),
    ],
  },
  {
    id: 'v1.campaign_paginator',
    api: 'v1',
    group: 'Campaigns',
    summary: 'Page through campaigns (v1)',
    description: 'Offset/limit paging over campaigns; returns a row array plus totals.',
    http: 'GET',
    kind: 'read',
    action: 'campaign_paginator',
    params: paginatorParams('sdate'),
    responses: [paginatorPage([campaignRow]), v1Failure()],
  },
  {
    id: 'v1.campaign_create',
    api: 'v1',
    group: 'Campaigns',
    summary: 'Create a campaign (v1)',
    description:
      'Creates a campaign from existing messages (message_add) and lists. m[<messageId>] is the share of recipients per message, 100 for a normal one-message campaign.',
    http: 'POST',
    kind: 'sends-messages',
    action: 'campaign_create',
    params: [
      form('type', { type: 'string', enum: campaignTypes, example: 'single' }, 'Campaign type.', true),
      form('name', { type: 'string', example: 'January newsletter' }, 'Internal campaign name.', true),
      form('sdate', { type: 'string', example: '2026-01-16 08:00:00' }, 'When to send (YYYY-MM-DD HH:MM:SS).', true),
      form('status', { type: 'integer', enum: [0, 1], example: 1 }, '0 = draft, 1 = scheduled.', true),
      form('public', { type: 'integer', enum: [0, 1], example: 1 }, '1 = show in the public archive.', true),
      form(
        'tracklinks',
        { type: 'string', enum: ['all', 'mime', 'html', 'text', 'none'], example: 'all' },
        'Which parts get click tracking.',
        true,
      ),
      form('trackreads', { type: 'integer', enum: [0, 1], example: 1 }, '1 = track opens.'),
      form('htmlunsub', { type: 'integer', enum: [0, 1], example: 1 }, '1 = append an unsubscribe link to HTML.'),
      listsParam('form', 'Lists to send to; key and value both the list id.', true),
      form(
        'm',
        {
          type: 'map',
          keyLabel: 'Message id',
          value: { type: 'string', description: 'Percentage of recipients (100 for one message).', example: '100' },
          example: { '1': '100' },
        },
        'Messages to send and the percentage of recipients each gets.',
        true,
      ),
    ],
    responses: [
      v1Ok('result_code 1; id is the new campaign id (result_message wording varies).', { id: 1 }),
      v1Failure('result_code 0: the campaign was not created (check lists and messages).'),
    ],
  },
  {
    id: 'v1.campaign_send',
    api: 'v1',
    group: 'Campaigns',
    summary: 'Send a campaign to one address (v1)',
    description:
      'Sends a campaign message to a single email: a test, a copy, or a real send to one contact. It does not start the campaign for its lists.',
    http: 'GET',
    kind: 'sends-messages',
    action: 'campaign_send',
    params: [
      query('email', { type: 'string', format: 'email', example: 'jane.doe@example.com' }, 'Recipient address.', true),
      campaignId(),
      query('messageid', { type: 'integer', minimum: 0, example: 1 }, 'Message of the campaign to send.', true),
      query(
        'type',
        { type: 'string', enum: ['html', 'text', 'mime'], example: 'mime' },
        'Which version to send.',
        true,
      ),
      query(
        'action',
        { type: 'string', enum: ['test', 'copy', 'send'], example: 'test' },
        'test, copy or a real send.',
        true,
      ),
    ],
    responses: [v1Ok('result_code 1: the message went out.'), v1Failure('result_code 0: nothing was sent.')],
  },
  {
    id: 'v1.campaign_status',
    api: 'v1',
    group: 'Campaigns',
    summary: 'Change a campaign status (v1)',
    description: 'Moves a campaign between states, for example to pause (3) or resume (2) a send in progress.',
    http: 'GET',
    kind: 'sends-messages',
    action: 'campaign_status',
    params: [
      idParam('query', 'The campaign id.'),
      query(
        'status',
        { type: 'integer', enum: [0, 1, 2, 3, 4, 5], example: 3 },
        '0 draft, 1 scheduled, 2 sending, 3 paused, 4 stopped, 5 completed.',
        true,
      ),
    ],
    responses: [v1Ok('result_code 1: the status changed.'), v1Failure('result_code 0: no campaign has this id.')],
  },
  {
    id: 'v1.campaign_delete',
    api: 'v1',
    group: 'Campaigns',
    summary: 'Delete a campaign (v1)',
    description: 'Deletes one campaign and its reports.',
    http: 'GET',
    kind: 'destructive',
    action: 'campaign_delete',
    params: [idParam('query', 'The campaign id to delete.')],
    responses: [v1Ok('result_code 1: the campaign is gone.'), v1Failure('result_code 0: no campaign has this id.')],
  },
  {
    id: 'v1.campaign_delete_list',
    api: 'v1',
    group: 'Campaigns',
    summary: 'Delete several campaigns (v1)',
    description: 'Deletes every campaign in a comma-separated id list.',
    http: 'GET',
    kind: 'destructive',
    action: 'campaign_delete_list',
    params: [idsParam('query', 'Comma-separated campaign ids.')],
    responses: [v1Ok('result_code 1: the campaigns are gone.'), v1Failure('result_code 0: nothing was deleted.')],
  },
  report(
    'campaign_report_totals',
    'Get campaign report totals (v1)',
    'Headline numbers for a sent campaign: sends, opens, clicks, bounces, unsubscribes.',
    {
      send_amt: '1200',
      opens: '610',
      uniqueopens: '430',
      linkclicks: '95',
      uniquelinkclicks: '70',
      hardbounces: '3',
      softbounces: '8',
      unsubscribes: '4',
      forwards: '2',
    },
  ),
  report(
    'campaign_report_open_list',
    'List who opened a campaign (v1)',
    'Contacts who opened the campaign, with how often.',
    rows({ subscriberid: '1', email: 'jane.doe@example.com', times: '2', tstamp: '2026-01-16 09:01:12' }),
  ),
  report(
    'campaign_report_unopen_list',
    'List who did not open a campaign (v1)',
    'Contacts who received the campaign but have not opened it; useful for a resend.',
    rows({ subscriberid: '2', email: 'sam.lee@example.com' }),
  ),
  report(
    'campaign_report_link_list',
    'List campaign link clicks (v1)',
    'Tracked links of the campaign with their click counts.',
    rows({ id: '1', link: 'https://www.example.com/sale', a_unique: '70', a_total: '95' }),
  ),
  report(
    'campaign_report_bounce_list',
    'List campaign bounces (v1)',
    'Addresses that bounced for this campaign.',
    rows({ subscriberid: '3', email: 'old.address@example.com', tstamp: '2026-01-16 08:05:00' }),
  ),
  report(
    'campaign_report_unsubscription_list',
    'List campaign unsubscribes (v1)',
    'Contacts who unsubscribed through this campaign.',
    rows({ subscriberid: '4', email: 'leaving@example.com', tstamp: '2026-01-16 10:20:00' }),
  ),
  report(
    'campaign_report_forward_list',
    'List campaign forwards (v1)',
    'Contacts who used forward-to-a-friend on this campaign.',
    rows({ subscriberid: '1', email: 'jane.doe@example.com', tstamp: '2026-01-16 11:45:00' }),
  ),
];
