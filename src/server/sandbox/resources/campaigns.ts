/**
 * Campaigns with their lists, messages and tracked links; messages,
 * templates and personalization variables. A campaign draft is created flat
 * at `/campaign`, edited at `/campaigns/{id}/edit` and copied; deleting one
 * that does not exist is the API's soft failure (200, `succeeded: 0`).
 */
import { isoWithOffset } from '../clock';
import { json, type SandboxResponse } from '../http-types';
import type { Attrs, OpCtx, Resource } from '../engine/resource';
import { readInput } from '../engine/validate';
import { at, clearedWith, crud, DAY, omit, ownedBy, pick, refersTo, text } from './common';

const CAMPAIGNS = ['January newsletter', 'Spring sale', 'Product launch', 'Webinar invite', 'February newsletter'];

/** POST /campaign: a new draft (flat body), answered with its id as a number. */
function createDraft(ctx: OpCtx): SandboxResponse {
  const read = readInput(ctx.op, ctx.req, true);
  if (!read.ok) return read.response;
  const { name, type, canSplitContent } = read.value.attrs;
  const row = ctx.db.insert('campaigns', { name, type, status: '0', laststep: 'design', sdate: null, ldate: null });
  return json(ctx.op.status, {
    id: Number(row.id),
    name: text(name),
    type: text(type),
    canSplitContent: canSplitContent === true,
  });
}

/** PUT /campaigns/{id}/edit: renames, retypes and re-targets (`listIds`) a campaign. */
function editCampaign(ctx: OpCtx, generic: () => SandboxResponse): SandboxResponse {
  const campaign = ctx.db.find('campaigns', ctx.params.id);
  if (!campaign) return generic();
  const read = readInput(ctx.op, ctx.req, false);
  if (!read.ok) return read.response;
  const given = read.value.attrs;
  ctx.db.update('campaigns', campaign, {
    ...(given.name !== undefined ? { name: given.name } : {}),
    ...(given.type !== undefined ? { type: given.type } : {}),
  });
  if (Array.isArray(given.listIds)) {
    for (const link of ctx.db.children('campaignLists', 'campaign', campaign.id))
      ctx.db.remove('campaignLists', link.id);
    for (const list of given.listIds)
      if (ctx.db.find('lists', list)) ctx.db.insert('campaignLists', { campaign: campaign.id, list });
  }
  return json(ctx.op.status, { campaign: ctx.db.wire('campaigns', campaign) });
}

/** POST /campaigns/{id}/copy: a new draft with the same settings, lists and messages. */
function copyCampaign(ctx: OpCtx): SandboxResponse {
  const original = ctx.db.find('campaigns', ctx.params.id);
  if (!original) return json(400, 'Bad request. You are not allowed to copy this campaign.');
  const copy = ctx.db.insert('campaigns', {
    ...omit(original, ['id', 'cdate', 'mdate', 'created_timestamp', 'updated_timestamp']),
    name: `${text(original.name)} (copy)`,
    status: '0',
    laststep: 'design',
    sdate: null,
    ldate: null,
    send_amt: '0',
    total_amt: '0',
    opens: '0',
    uniqueopens: '0',
    linkclicks: '0',
    uniquelinkclicks: '0',
  });
  for (const link of ctx.db.children('campaignLists', 'campaign', original.id))
    ctx.db.insert('campaignLists', { campaign: copy.id, list: link.list });
  for (const m of ctx.db.children('campaignMessages', 'campaign', original.id))
    ctx.db.insert('campaignMessages', { campaign: copy.id, message: m.message, percentage: m.percentage });
  return json(ctx.op.status, { succeeded: 1, message: 'Campaign draft copied.', newCampaignId: Number(copy.id) });
}

/** DELETE /campaigns/{id}: failure is reported in the body, with status 200. */
function deleteCampaign(ctx: OpCtx): SandboxResponse {
  if (!ctx.db.remove('campaigns', ctx.params.id ?? '')) {
    return json(200, {
      succeeded: 0,
      message: 'Campaign could not be deleted: it does not exist or you may not delete it.',
    });
  }
  return json(ctx.op.status, { succeeded: 1, message: 'Campaign deleted.' });
}

export const campaigns: Resource = {
  name: 'campaigns',
  singular: 'campaign',
  entity: 'Campaign',
  methods: {
    ...crud('v3.campaigns', ['list', 'get']),
    'v3.campaigns.delete': { kind: 'delete', handle: deleteCampaign },
    'v3.campaign.create': { kind: 'action', handle: createDraft },
    'v3.campaigns.edit': { kind: 'action', handle: editCampaign },
    'v3.campaigns.copy': { kind: 'action', handle: copyCampaign },
  },
  defaults: {
    userid: '1',
    user: '1',
    automation: null,
    seriesid: '0',
    scheduleddate: null,
    recurring: '',
    schedule: '0',
  },
  relations: [
    refersTo('user', 'users', false),
    { field: 'automation', to: 'automations', onDelete: 'clear', checked: false },
  ],
  seed: (add) =>
    CAMPAIGNS.forEach((name, i) => {
      const sent = at(i * 24 + 1);
      add(
        {
          name,
          type: 'single',
          status: '5',
          laststep: 'summary',
          sdate: isoWithOffset(sent),
          ldate: isoWithOffset(sent + 300_000),
          send_amt: '225',
          total_amt: '225',
          opens: String(110 - i * 10),
          uniqueopens: String(96 - i * 9),
          linkclicks: String(30 - i * 4),
          uniquelinkclicks: String(24 - i * 3),
          hardbounces: String(i % 2),
          softbounces: String(1 + (i % 3)),
          unsubscribes: String(i % 3),
        },
        at(i * 24),
      );
    }),
};

export const links: Resource = {
  name: 'links',
  singular: 'link',
  entity: 'Link',
  methods: {
    'v3.links.list': 'list',
    'v3.campaigns.listLinks': { kind: 'list', parent: { table: 'campaigns', field: 'campaign' } },
  },
  defaults: { ref: '', tracked: '1', linkclicks: '0', uniquelinkclicks: '0', message: null },
  computed: (row) => ({ campaignid: row.campaign, messageid: row.message ?? '0' }),
  relations: [ownedBy('campaign', 'campaigns'), clearedWith('message', 'messages')],
  seed: (add) =>
    CAMPAIGNS.forEach((_name, i) => {
      const campaign = i + 1;
      add(
        { campaign, message: campaign, link: 'open', name: 'Read Tracker', linkclicks: String(110 - i * 10) },
        at(i * 24 + 2),
      );
      add(
        {
          campaign,
          message: campaign,
          link: 'https://www.example.com/shop',
          name: 'Shop now',
          linkclicks: String(30 - i * 4),
          uniquelinkclicks: String(24 - i * 3),
        },
        at(i * 24 + 2),
      );
    }),
};

export const campaignLists: Resource = {
  name: 'campaignLists',
  singular: 'campaignList',
  entity: 'CampaignList',
  methods: { 'v3.campaignLists.list': 'list' },
  defaults: { userid: '1', user: '1', list_amt: '0' },
  computed: (row, db) => ({
    campaignid: row.campaign,
    listid: row.list,
    name: text(db.find('lists', row.list)?.name),
  }),
  relations: [ownedBy('campaign', 'campaigns'), ownedBy('list', 'lists')],
  seed: (add) =>
    CAMPAIGNS.forEach((_n, i) => add({ campaign: i + 1, list: i === 2 ? 2 : 1, list_amt: '225' }, at(i * 24))),
};

export const campaignMessages: Resource = {
  name: 'campaignMessages',
  singular: 'campaignMessage',
  entity: 'CampaignMessage',
  methods: { 'v3.campaignMessages.list': 'list' },
  defaults: { percentage: '100', sourcesize: '0', screenshot: '' },
  computed: (row, db) => ({
    campaignid: row.campaign,
    messageid: row.message,
    subject: text(db.find('messages', row.message)?.subject),
  }),
  relations: [ownedBy('campaign', 'campaigns'), ownedBy('message', 'messages')],
  seed: (add) =>
    CAMPAIGNS.forEach((_n, i) =>
      add(
        {
          campaign: i + 1,
          message: i + 1,
          send_amt: '225',
          total_amt: '225',
          opens: String(110 - i * 10),
          linkclicks: String(30 - i * 4),
        },
        at(i * 24),
      ),
    ),
};

/** The message's own HTML, for the email editor. */
function editorMarkup(ctx: OpCtx, generic: () => SandboxResponse): SandboxResponse {
  const message = ctx.db.find('messages', ctx.params.messageId);
  if (!message) return generic();
  return json(ctx.op.status, { html: text(message.html), css: 'p { font-family: Helvetica, Arial, sans-serif; }' });
}

export const messages: Resource = {
  name: 'messages',
  singular: 'message',
  entity: 'Message',
  methods: {
    ...crud('v3.messages'),
    'v3.content.getEditorMarkup': { kind: 'action', handle: editorMarkup },
  },
  defaults: {
    userid: '1',
    user: '1',
    priority: '3',
    charset: 'utf-8',
    encoding: 'quoted-printable',
    format: 'mime',
    preheader_text: '',
    hidden: '0',
  },
  relations: [refersTo('user', 'users', false)],
  seed: (add) =>
    CAMPAIGNS.forEach((name, i) => {
      const subject = pick(
        [
          'January news from the Sandbox Store',
          '20% off everything this week',
          'Meet the new pogo stick',
          'Join our live demo on Thursday',
          'February news from the Sandbox Store',
        ],
        i,
      );
      add(
        {
          name,
          subject,
          fromname: 'Sandbox Store',
          fromemail: 'news@example.com',
          reply2: 'support@example.com',
          text: `Hi %FIRSTNAME%, ${subject.toLowerCase()}.`,
          html: `<p>Hi %FIRSTNAME%,</p><p>${subject}.</p>`,
        },
        at(i * 24 - 2),
      );
    }),
};

export const templates: Resource = {
  name: 'templates',
  singular: 'template',
  entity: 'Template',
  methods: {
    ...crud('v3.templates', ['list', 'get']),
    // The email editor's settings and sharing link: answered as documented.
    'v3.template.share': 'action',
    'v3.stripo.getConfig': 'action',
    'v3.stripo.listPersonalizationTags': 'action',
  },
  defaults: { userid: '1', subject: null, preview_content: null, hidden: '0', used: '0' },
  seed: (add) => {
    add(
      {
        name: 'Monthly newsletter',
        content: '<html><body><h1>%LISTNAME%</h1><p>Hello %FIRSTNAME%</p></body></html>',
        used: '3',
      },
      at(-250),
    );
    add(
      { name: 'Product announcement', content: '<html><body><h1>New: %PRODUCT%</h1></body></html>', used: '1' },
      at(-249),
    );
    add({ name: 'Plain text letter', content: '<html><body><p>%FIRSTNAME%,</p><p>…</p></body></html>' }, at(-248));
  },
};

/** PATCH /personalizations/{id}/lock and /unlock. */
function setLocked(locked: boolean) {
  return (ctx: OpCtx, generic: () => SandboxResponse): SandboxResponse => {
    const row = ctx.db.find('personalizations', ctx.params.variableID);
    if (!row) return generic();
    ctx.db.update('personalizations', row, { isLocked: locked });
    return json(ctx.op.status, { success: true, message: 'Personalization updated successfully' });
  };
}

/** DELETE /personalizations/bulkdelete?ids=1,2 */
function bulkDeletePersonalizations(ctx: OpCtx): SandboxResponse {
  for (const id of (ctx.req.query.get('ids') ?? '').split(',')) ctx.db.remove('personalizations', id.trim());
  return json(ctx.op.status, ctx.op.documented ?? {});
}

export const personalizations: Resource = {
  name: 'personalizations',
  singular: 'personalization',
  entity: 'Personalization',
  methods: {
    ...crud('v3.personalizations'),
    'v3.personalizations.bulkDelete': { kind: 'action', handle: bulkDeletePersonalizations },
    'v3.personalizations.lock': { kind: 'action', handle: setLocked(true) },
    'v3.personalizations.unlock': { kind: 'action', handle: setLocked(false) },
  },
  defaults: { format: 'html', isLocked: false, userid: '1', created_by: null, updated_by: null },
  computed: (row, db) => {
    const ids = text(row.listids).split(',').filter(Boolean);
    const names = ids.map((id) => text(db.find('lists', id)?.name)).filter(Boolean);
    return { listIds: row.listids, listNames: names.join(','), listsCount: String(ids.length) };
  },
  seed: (add) => {
    const vars: Attrs[] = [
      { name: 'Store address', tag: 'store-address', content: '<p>1 Main St, Chicago</p>', listids: '1,3' },
      { name: 'Support hours', tag: 'support-hours', format: 'text', content: 'Mon–Fri, 9am–5pm CT', listids: '1,2,3' },
      { name: 'Spring promo code', tag: 'promo-code', format: 'text', content: 'SPRING20', listids: '1' },
    ];
    vars.forEach((v, i) => add(v, at(-240 + i) + DAY));
  },
};
