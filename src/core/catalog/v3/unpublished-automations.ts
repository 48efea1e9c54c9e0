/**
 * Automation internals and conversion tracking that ActiveCampaign serves
 * but does not list in its published reference: goals, the blocks an
 * automation is built from, conversions and what triggers them.
 */
import type { V3Method } from '../types';
import { accountListing } from './unpublished-contacts';

const API = 'https://sandbox.api-us1.com/api/3';

export const unpublishedAutomationsMethods: readonly V3Method[] = [
  accountListing(
    'v3.goals.list',
    'Automations',
    'List automation goals',
    'Pages through the goals set in automations: each names its automation and the block it sits on. Contacts who reach a goal jump to it (see "List a contact\'s goals").',
    'goals',
    [
      {
        blockid: '4',
        seriesid: '1',
        name: 'Made a first purchase',
        cdate: '2026-01-05T16:30:00-06:00',
        dirty_stats: '0',
        links: { automation: `${API}/goals/1/automation`, automationBlock: `${API}/goals/1/automationBlock` },
        id: '1',
        automation: '1',
        automationBlock: '4',
      },
    ],
  ),
  accountListing(
    'v3.automationBlocks.list',
    'Automations',
    'List automation blocks',
    'Pages through the steps automations are made of (send an email, wait, if/else, goal…), each with its automation, its parent block and its settings in `params`.',
    'automationBlocks',
    [
      {
        automation: '1',
        parent: '0',
        ordernum: '1',
        type: 'start',
        params: { trigger: 'subscribe', listid: '1' },
        deleted: '0',
        cdate: '2026-01-05T16:28:43-06:00',
        mdate: '2026-01-06T16:33:10-06:00',
        links: { automation: `${API}/automationBlocks/1/automation` },
        id: '1',
      },
    ],
  ),
  accountListing(
    'v3.conversions.list',
    'Automations',
    'List conversions',
    'Pages through the conversions the account tracks (a purchase, a sign-up…), each with the value it is worth and whether contacts may convert more than once (limit, enforcelimit).',
    'conversions',
    [
      {
        name: 'Bought a pogo stick',
        value: '4900',
        currency: 'usd',
        limit: '0',
        enforcelimit: '0',
        cdate: '2026-01-05T10:00:00-06:00',
        udate: '2026-01-05T10:00:00-06:00',
        links: { contactConversions: `${API}/conversions/1/contactConversions` },
        id: '1',
      },
    ],
  ),
  accountListing(
    'v3.conversionTriggers.list',
    'Automations',
    'List conversion triggers',
    'Pages through what fires each conversion: a page visit, an event or a link click, compared with `value` by `modifier` (for example "contains").',
    'conversionTriggers',
    [
      {
        conversion: '1',
        triggerType: 'page-visit',
        modifier: 'contains',
        value: '/checkout/thank-you',
        dynamic: '0',
        retroactive: '0',
        cdate: '2026-01-05T10:00:00-06:00',
        udate: '2026-01-05T10:00:00-06:00',
        links: { conversion: `${API}/conversionTriggers/1/conversion` },
        id: '1',
        automationBlock: null,
      },
    ],
  ),
];
