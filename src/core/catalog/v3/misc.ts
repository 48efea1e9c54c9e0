import type { V3Method } from '../types';
import { authError, badRequestUnprocessed, idParam, paginationParams } from './common';

const segmentExample = {
  name: 'Segment of Automation 1',
  logic: 'and',
  hidden: '0',
  seriesid: '1',
  links: [],
  id: '1',
};

const campaignIdParam = {
  name: 'campaignId',
  in: 'query',
  schema: { type: 'integer', minimum: 1, example: 5 },
  description: 'Campaign whose messages the editor should load.',
} as const;

export const miscMethods: readonly V3Method[] = [
  {
    id: 'v3.segments.list',
    api: 'v3',
    group: 'Segments',
    summary: 'List segments',
    description:
      'Lists saved segments (contact conditions). Segments built inside an automation carry that automation id in `seriesid`; standalone ones have 0.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/segments',
    params: [...paginationParams],
    responses: [
      {
        status: 200,
        description: 'A page of segments, with the total count as a string in meta.total.',
        example: { segments: [segmentExample], meta: { total: '1' } },
      },
      badRequestUnprocessed,
      authError,
    ],
  },
  {
    id: 'v3.segments.get',
    api: 'v3',
    group: 'Segments',
    summary: 'Get a segment',
    description:
      "Returns one segment's name, logic (and/or) and owning automation. The conditions themselves are not included.",
    http: 'GET',
    kind: 'read',
    path: '/api/3/segments/{id}',
    params: [idParam("The segment's id.")],
    responses: [{ status: 200, description: 'The segment.', example: { segment: segmentExample } }, authError],
  },
  {
    id: 'v3.template.share',
    api: 'v3',
    group: 'Templates',
    summary: 'Create a shareable template link',
    description:
      'Makes a public link for sharing a campaign template. Gotcha: this is a v1-style call: it takes the key as `api_key` in the query and answers 200 with `success: 0` on failure.',
    http: 'GET',
    kind: 'write',
    path: '/api/3/template/share',
    params: [
      {
        name: 'api_key',
        in: 'query',
        secret: true,
        schema: { type: 'string', example: 'YOUR_API_KEY' },
        description: 'Your API key, sent in the query for this call.',
      },
      {
        name: 'id',
        in: 'query',
        schema: { type: 'integer', minimum: 1, example: 1 },
        description: 'Id of the campaign template to share.',
      },
    ],
    responses: [
      {
        status: 200,
        optional: ['url'],
        description: 'The share link; on failure `success` is 0 and the message says why (e.g. "Invalid template").',
        example: {
          url: 'http://tplshare.com/gXKi4s2$',
          success: 1,
          message: 'Template shared successfully',
          result_code: 1,
          result_message: 'Template shared successfully',
          result_output: 'json',
        },
      },
      authError,
    ],
  },
  {
    id: 'v3.stripo.getConfig',
    api: 'v3',
    group: 'Email editor',
    summary: 'Get the email editor configuration',
    description:
      "Returns the settings ActiveCampaign's drag-and-drop email editor (built on Stripo) loads: script URLs, locale, brand kits and the campaign's messages. Mostly useful for debugging editor integrations.",
    http: 'GET',
    kind: 'read',
    path: '/api/3/stripo/config',
    params: [campaignIdParam],
    responses: [
      {
        status: 200,
        description: 'The editor settings (trimmed here).',
        example: {
          stripoScriptSrc: 'https://plugins.stripo.email/static/stripo.js',
          stripoApiBaseUrl: 'https://plugins.stripo.email/stripo-plugin-api-gateway/api/v1',
          localeCode: 'en',
          allowedScriptSourceDomains: ['https://plugins.stripo.email'],
          colorPickerBrandKits: [],
          brandingFooterHtmlContent: '',
          allMessagesArr: [
            {
              percentage: '100',
              percentage300: '300',
              ed_version: '3',
              subject: 'Spring sale',
              fromname: 'Avery Sandbox',
              fromemail: 'admin@example.com',
              reply2: 'admin@example.com',
              preheader_text: '',
              id: '5',
            },
          ],
        },
      },
      {
        status: 422,
        description: 'The campaign id does not exist.',
        example: {
          errors: [
            {
              status: 422,
              title: 'Invalid attribute',
              detail: 'Provided campaign ID "177" does not exist',
              source: { pointer: '/data/attributes/campaignId' },
            },
          ],
        },
      },
      authError,
    ],
  },
  {
    id: 'v3.stripo.listPersonalizationTags',
    api: 'v3',
    group: 'Email editor',
    summary: 'List personalization tags for the email editor',
    description:
      'Returns the merge tags (e.g. %FIRSTNAME%) the email editor offers, grouped by category. Labels come in the language of the user. Gotcha: the body is a bare JSON array.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/stripo/personalizationTags',
    params: [
      {
        name: 'scope',
        in: 'query',
        schema: { type: 'string', example: 'contacts,deals' },
        description:
          'Comma-separated groups to return: contacts, accounts, deals, customobjects, message, messageVariables, social, surveymonkey, dropbox, ecom.',
      },
      campaignIdParam,
    ],
    responses: [
      {
        status: 200,
        description: 'The tag groups.',
        example: [
          {
            type: 'standard',
            id: 'contacts',
            category: 'Contacts',
            entries: [
              { value: '%EMAIL%', label: 'Email' },
              { value: '%FIRSTNAME%', label: 'First name' },
            ],
          },
        ],
      },
      badRequestUnprocessed,
      authError,
    ],
  },
  {
    id: 'v3.content.getEditorMarkup',
    api: 'v3',
    group: 'Email editor',
    summary: 'Get the editor markup of a message',
    description: 'Returns the HTML and CSS the email editor saved for one message.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/content/editorMarkup/{messageId}',
    params: [idParam("The message's id.", 'messageId')],
    responses: [
      {
        status: 200,
        description: 'The saved markup.',
        example: { html: '<p>Test html</p>', css: 'p { color: red; }' },
      },
      { status: 404, description: 'The message has no editor markup.', example: { message: 'No markup for message' } },
      authError,
    ],
  },
];
