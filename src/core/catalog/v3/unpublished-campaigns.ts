/**
 * Listings of campaign parts and other sendables that ActiveCampaign serves
 * but does not list in its published reference: every tracked link, the
 * lists and messages campaigns go to, templates, site messages and SMS.
 */
import type { V3Method } from '../types';
import { campaignLinkExample } from './campaigns';
import { templateExample } from './templates';
import { accountListing } from './unpublished-contacts';

const API = 'https://sandbox.api-us1.com/api/3';

export const unpublishedCampaignsMethods: readonly V3Method[] = [
  accountListing(
    'v3.links.list',
    'Campaigns',
    'List every tracked link',
    'Pages through the links tracked in all campaigns (the per-campaign form is "List a campaign\'s tracked links"), with click counts. The "open" link stands for the read tracker.',
    'links',
    [
      {
        ...campaignLinkExample,
        linkclicks: '140',
        uniquelinkclicks: '95',
        created_timestamp: '2026-01-16 14:00:00',
        updated_timestamp: '2026-01-16 14:05:00',
      },
    ],
    { nullable: ['links[].message'] },
  ),
  accountListing(
    'v3.campaignLists.list',
    'Campaigns',
    'List the lists campaigns go to',
    'Pages through the pairs of campaign and list: which lists each campaign is sent to, and how many contacts the list held at send time (list_amt).',
    'campaignLists',
    [
      {
        campaignid: '1',
        listid: '1',
        userid: '1',
        list_amt: '225',
        cdate: '2026-01-15T09:30:00-06:00',
        udate: '2026-01-15T09:30:00-06:00',
        name: 'Newsletter',
        links: { campaign: `${API}/campaignLists/1/campaign`, list: `${API}/campaignLists/1/list` },
        id: '1',
        user: '1',
        list: '1',
        campaign: '1',
      },
    ],
  ),
  accountListing(
    'v3.campaignMessages.list',
    'Campaigns',
    'List campaign messages',
    'Pages through the messages of every campaign with their own statistics (a split-test campaign has one per variant and a percentage each).',
    'campaignMessages',
    [
      {
        campaignid: '1',
        messageid: '1',
        percentage: '100',
        sourcesize: '0',
        send_amt: '225',
        total_amt: '225',
        opens: '110',
        uniqueopens: '96',
        linkclicks: '30',
        uniquelinkclicks: '24',
        subscriberclicks: '22',
        forwards: '1',
        uniqueforwards: '1',
        hardbounces: '2',
        softbounces: '3',
        unsubscribes: '1',
        unsubreasons: '0',
        updates: '0',
        socialshares: '0',
        replies: '2',
        uniquereplies: '2',
        spamcheck_score: '0',
        spamcheck_max: '0',
        initial_split_percentage: '100',
        screenshot: '',
        subject: 'January news from the Sandbox Store',
        links: { campaign: `${API}/campaignMessages/1/campaign`, message: `${API}/campaignMessages/1/message` },
        id: '1',
        campaign: '1',
        message: '1',
      },
    ],
  ),
  accountListing(
    'v3.templates.list',
    'Templates',
    'List email templates',
    'Pages through the saved email templates (the single form is "Get an email template").',
    'templates',
    [templateExample],
    { nullable: ['templates[].subject', 'templates[].preview_content'] },
  ),
  accountListing(
    'v3.siteMessages.list',
    'Automations',
    'List site messages',
    'Pages through the on-site messages automations show to known visitors, with the automation that shows each and when it was last shown (ldate).',
    'siteMessages',
    [
      {
        name: 'Spring sale banner',
        automation: '3',
        template: { header: 'Spring sale', body: '20% off this week', button: 'Shop now' },
        ldate: '2026-01-20T12:00:00-06:00',
        links: { automation: `${API}/siteMessages/1/automation` },
        id: '1',
      },
    ],
    { nullable: ['siteMessages[].ldate'] },
  ),
  accountListing(
    'v3.sms.list',
    'Automations',
    'List SMS broadcasts',
    'Pages through the text messages automations send, with delivery counts and the hours they may be sent in (tf_hr_from to tf_hr_to).',
    'sms',
    [
      {
        userid: '1',
        seriesid: '2',
        msg: 'Your order has shipped. Reply STOP to opt out.',
        tstamp: '2026-01-19T09:00:00-06:00',
        tf_day: 'weekdays',
        tf_hr_from: '9',
        tf_hr_to: '18',
        sent: '42',
        failed: '1',
        unsubscribes: '2',
        replies: '5',
        uniquereplies: '5',
        sdate: '2026-01-19T09:00:00-06:00',
        ldate: '2026-01-20T09:00:00-06:00',
        links: { user: `${API}/sms/1/user`, automation: `${API}/sms/1/automation` },
        id: '1',
        user: '1',
        automation: '2',
      },
    ],
    { nullable: ['sms[].ldate'] },
  ),
];
