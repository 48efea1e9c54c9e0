import type { ObjectSchema, Schema, V3Method } from '../types';
import { authError, badRequestUnhandled, deleted, idParam, notFound } from './common';

/** Permission flags of a user group: wire name → what members may do when it is on. */
const permissions: Readonly<Record<string, string>> = {
  pgListAdd: 'create lists',
  pgListEdit: 'edit lists',
  pgListDelete: 'delete lists',
  pgListHeaders: 'manage custom email headers',
  pgListEmailaccount: 'manage unsubscribe-by-email settings',
  pgListBounce: 'manage list bounce settings',
  pgMessageAdd: 'create campaigns and messages',
  pgMessageEdit: 'edit campaigns and messages',
  pgMessageDelete: 'delete campaigns and messages',
  pgMessageSend: 'send messages',
  pgContactAdd: 'add contacts',
  pgContactEdit: 'edit contacts',
  pgContactDelete: 'delete contacts',
  pgContactMerge: 'merge contacts',
  pgContactImport: 'import contacts',
  pgContactApprove: 'approve contacts',
  pgContactExport: 'export contacts',
  pgContactSync: 'sync contacts',
  pgContactFilters: 'manage list segments',
  pgContactActions: 'manage contact actions',
  pgContactFields: 'manage contact custom fields',
  pg_user_add: 'add users',
  pg_user_edit: 'edit users',
  pg_user_delete: 'delete users',
  pgGroupAdd: 'add user groups',
  pgGroupEdit: 'edit user groups',
  pgGroupDelete: 'delete user groups',
  pgTemplateAdd: 'add templates',
  pgTemplateEdit: 'edit templates',
  pgTemplateDelete: 'delete templates',
  pgPersonalizationAdd: 'add personalization tags',
  pgPersonalizationEdit: 'edit personalization tags',
  pgPersonalizationDelete: 'delete personalization tags',
  pgAutomationManage: 'manage automations',
  pgFormEdit: 'edit subscription forms',
  pgReportsCampaign: 'see campaign reports',
  pgReportsList: 'see list reports',
  pgReportsUser: 'see user reports',
  pgReportsTrend: 'see trend reports',
  pgDeal: 'view deals',
  pgDealDelete: 'delete deals',
  pgDealReassign: 'reassign deals',
  pgDealGroupAdd: 'add pipelines (deal groups)',
  pgDealGroupEdit: 'edit pipelines (deal groups)',
  pgDealGroupDelete: 'delete pipelines (deal groups)',
  pgSavedResponsesManage: 'manage saved responses',
  pgTagManage: 'manage tags',
};

const flag = (description: string, example = true): Schema => ({
  type: 'boolean',
  default: false,
  description,
  example,
});

const groupProps: Record<string, Schema> = {
  title: { type: 'string', description: 'Name of the group.', example: 'Marketing team' },
  descript: { type: 'string', description: 'What the group is for.', example: 'Can build and send campaigns' },
  unsubscribelink: flag('Force an unsubscribe link into the emails of this group.'),
  optinconfirm: flag('Force opt-in confirmation for this group.', false),
  ...Object.fromEntries(Object.entries(permissions).map(([name, what]) => [name, flag(`Members may ${what}.`)])),
  pgStartupReports: flag('Offer a link to the last campaign report viewed on the start page.'),
  pgStartupGettingstarted: flag('Show the getting-started tutorial on the overview page.', false),
  reqApproval: flag('Every campaign of this group needs approval before it is sent.', false),
  reqApproval1st: flag("The group's first campaign needs approval.", false),
  reqApprovalNotify: {
    type: 'string',
    format: 'email',
    description: 'Address told about approval matters.',
    example: 'approvals@example.com',
  },
  socialdata: flag('Show social links in the campaigns this group sends.', false),
};

const groupBody = (required: readonly string[]): ObjectSchema => ({
  type: 'object',
  required: ['group'],
  properties: { group: { type: 'object', required, properties: groupProps } },
});

const groupExample = {
  title: 'Marketing team',
  descript: 'Can build and send campaigns',
  unsubscribelink: '1',
  optinconfirm: '0',
  p_admin: '0',
  pgListAdd: '1',
  pgListEdit: '1',
  pgMessageAdd: '1',
  pgMessageSend: '1',
  pgContactAdd: '1',
  pgContactEdit: '1',
  pgContactDelete: '0',
  pg_user_add: '0',
  pgAutomationManage: '1',
  pgDeal: '0',
  pgTagManage: '1',
  sdate: '2026-01-15T09:30:00-06:00',
  reqApproval: '0',
  reqApproval1st: '0',
  reqApprovalNotify: '',
  socialdata: '0',
  links: {
    userGroups: 'https://sandbox.api-us1.com/api/3/groups/4/userGroups',
    groupLimit: 'https://sandbox.api-us1.com/api/3/groups/4/groupLimit',
    dealGroupGroups: 'https://sandbox.api-us1.com/api/3/groups/4/dealGroupGroups',
    listGroups: 'https://sandbox.api-us1.com/api/3/groups/4/listGroups',
    addressGroups: 'https://sandbox.api-us1.com/api/3/groups/4/addressGroups',
    automationGroups: 'https://sandbox.api-us1.com/api/3/groups/4/automationGroups',
  },
  id: '4',
};

/**
 * An update echoes only what was sent (here the title and `p_admin`, a number as sent), plus links and id: the
 * stored permission flags are not in the answer.
 */
const updatedGroupExample = { title: groupExample.title, p_admin: 0, links: groupExample.links, id: groupExample.id };

export const groupsMethods: readonly V3Method[] = [
  {
    id: 'v3.groups.list',
    api: 'v3',
    group: 'Groups',
    summary: 'List user groups',
    description:
      'Returns the user groups of the account. A user group is a permission set: every staff user belongs to one, and its pg* flags say what its members may do ("1" on, "0" off).',
    http: 'GET',
    kind: 'read',
    path: '/api/3/groups',
    params: [],
    responses: [
      {
        status: 200,
        optional: ['groups[].pgTagManage'],
        nullable: ['groups[].descript', 'groups[].sdate'],
        description: 'All user groups (permission flags trimmed here).',
        example: { groups: [groupExample], meta: { total: '1' } },
      },
      badRequestUnhandled,
      authError,
    ],
  },
  {
    id: 'v3.groups.get',
    api: 'v3',
    group: 'Groups',
    summary: 'Get a user group',
    description: "Returns one user group with all of its permission flags and links to the group's lists and limits.",
    http: 'GET',
    kind: 'read',
    path: '/api/3/groups/{id}',
    params: [idParam("The user group's id.")],
    responses: [
      {
        status: 200,
        optional: ['group.pgTagManage'],
        description: 'The user group.',
        example: { group: groupExample },
      },
      notFound('Group'),
      authError,
    ],
  },
  {
    id: 'v3.groups.create',
    api: 'v3',
    group: 'Groups',
    summary: 'Create a user group',
    description:
      'Adds a permission set for staff users. Every permission you leave out is off, so send each one the group needs. Assign users to it with the `group` property of "Create a user" or "Update a user".',
    http: 'POST',
    kind: 'write',
    path: '/api/3/groups',
    params: [],
    body: groupBody(['title']),
    bodyRequired: true,
    responses: [
      {
        status: 200,
        description: 'The group was created; the answer holds only a few of its properties.',
        example: {
          group: {
            title: 'Marketing team',
            p_admin: 1,
            links: {
              userGroups: 'https://sandbox.api-us1.com/api/3/groups/4/userGroups',
              groupLimit: 'https://sandbox.api-us1.com/api/3/groups/4/groupLimit',
            },
            id: '4',
          },
        },
      },
      authError,
    ],
  },
  {
    id: 'v3.groups.update',
    api: 'v3',
    group: 'Groups',
    summary: 'Update a user group',
    description:
      "Changes a user group's title, description or permission flags. The change applies at once to every user in the group.",
    http: 'PUT',
    kind: 'write',
    path: '/api/3/groups/{id}',
    params: [idParam("The user group's id.")],
    body: groupBody([]),
    bodyRequired: true,
    responses: [
      { status: 200, description: 'The group after the change.', example: { group: updatedGroupExample } },
      notFound('Group'),
      authError,
    ],
  },
  {
    id: 'v3.groups.delete',
    api: 'v3',
    group: 'Groups',
    summary: 'Delete a user group',
    description: 'Removes a user group. Move its users to another group first so nobody is left without permissions.',
    http: 'DELETE',
    kind: 'destructive',
    path: '/api/3/groups/{id}',
    params: [idParam("The user group's id.")],
    responses: [deleted, badRequestUnhandled, authError],
  },
  {
    id: 'v3.groupLimits.list',
    api: 'v3',
    group: 'Groups',
    summary: 'List user group limits',
    description:
      'Returns the usage caps set for each user group: emails and campaigns per period, contacts, lists, users and attachments. This API only reads them.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/groupLimits',
    params: [],
    responses: [
      {
        status: 200,
        description: 'One limits record per user group.',
        example: {
          groupLimits: [
            {
              groupid: '4',
              limitMail: '0',
              limitMailType: 'month',
              limitContact: '0',
              limitList: '0',
              limitCampaign: '0',
              limitCampaignType: 'month',
              limitAttachment: '-1',
              limitUser: '0',
              abuseRatio: '4',
              forceSenderInfo: '0',
              links: { group: 'https://sandbox.api-us1.com/api/3/groupLimits/4/group' },
              id: '4',
              group: '4',
            },
          ],
          meta: { total: '1' },
        },
      },
      authError,
    ],
  },
];
