import type { V3Method } from '../types';
import { authError, badRequestUnhandled, idParam } from './common';

const brandingExample = {
  groupid: '3',
  siteName: 'Sandbox Marketing',
  siteLogo: 'https://www.example.com/logo.png',
  siteLogoSmall: 'https://www.example.com/logo-small.png',
  headerTextValue: 'Sandbox Store news',
  headerHtmlValue: '<p>Sandbox Store news</p>',
  footerTextValue: 'Sandbox Store, 1 Main St, Chicago',
  footerHtmlValue: '<p>Sandbox Store, 1 Main St, Chicago</p>',
  copyright: '1',
  version: '1',
  license: '1',
  links: '1',
  help: '1',
  adminTemplateHtm: '',
  adminTemplateCss: '',
  publicTemplateHtm: '',
  publicTemplateCss: '',
  favicon: null,
  id: '1',
};

export const brandingsMethods: readonly V3Method[] = [
  {
    id: 'v3.brandings.list',
    api: 'v3',
    group: 'Branding',
    summary: 'List brandings',
    description:
      'Returns the branding records: the product name, logos, non-removable header and footer, and custom templates of the app and public pages.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/brandings',
    params: [],
    responses: [
      {
        status: 200,
        description: 'The branding records; meta.total holds the count as a string.',
        example: { brandings: [brandingExample], meta: { total: '1' } },
      },
      badRequestUnhandled,
      authError,
    ],
  },
  {
    id: 'v3.brandings.get',
    api: 'v3',
    group: 'Branding',
    summary: 'Get a branding',
    description: 'Returns one branding record by id.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/brandings/{id}',
    params: [idParam("The branding's id.")],
    responses: [
      { status: 200, description: 'The branding.', example: { branding: brandingExample } },
      badRequestUnhandled,
      authError,
    ],
  },
  {
    id: 'v3.brandings.update',
    api: 'v3',
    group: 'Branding',
    summary: 'Update a branding',
    description:
      'Changes the branding of the account. Gotcha: sending `links` with any value removes the ActiveCampaign links; leave the property out to keep them. Custom admin and public templates only work on some plans.',
    http: 'PUT',
    kind: 'write',
    path: '/api/3/brandings/{id}',
    params: [idParam("The branding's id.")],
    body: {
      type: 'object',
      required: ['branding'],
      properties: {
        branding: {
          type: 'object',
          properties: {
            groupid: { type: 'integer', default: 3, description: 'User group id; always 3.', example: 3 },
            siteName: { type: 'string', description: 'Product name shown in the app.', example: 'Sandbox Marketing' },
            siteLogo: {
              type: 'string',
              format: 'url',
              description: 'URL of the full-size logo.',
              example: 'https://www.example.com/logo.png',
            },
            siteLogoSmall: {
              type: 'string',
              format: 'url',
              description: 'URL of the small logo shown in the app header.',
              example: 'https://www.example.com/logo-small.png',
            },
            headerTextValue: {
              type: 'string',
              description: 'Non-removable header, text version.',
              example: 'Sandbox Store news',
            },
            headerHtmlValue: {
              type: 'string',
              description: 'Non-removable header, HTML version.',
              example: '<p>Sandbox Store news</p>',
            },
            footerTextValue: {
              type: 'string',
              description: 'Non-removable footer, text version.',
              example: 'Sandbox Store, 1 Main St, Chicago',
            },
            footerHtmlValue: {
              type: 'string',
              description: 'Non-removable footer, HTML version.',
              example: '<p>Sandbox Store, 1 Main St, Chicago</p>',
            },
            copyright: { type: 'boolean', description: 'Undocumented display flag.', example: true },
            version: { type: 'boolean', description: 'Undocumented display flag.', example: true },
            license: { type: 'boolean', description: 'Undocumented display flag.', example: true },
            links: {
              type: 'boolean',
              description: 'Sending it (with any value) removes the ActiveCampaign links; omit it to keep them.',
              example: true,
            },
            help: { type: 'string', description: 'Help display setting.', example: '1' },
            adminTemplateHtm: {
              type: 'string',
              description: 'HTML template of the app (some plans only).',
              example: '<div class="custom-admin"></div>',
            },
            adminTemplateCss: {
              type: 'string',
              description: 'CSS of the app (some plans only).',
              example: 'body { color: #222; }',
            },
            publicTemplateHtm: {
              type: 'string',
              description: 'HTML template of public pages (some plans only).',
              example: '<div class="custom-page"></div>',
            },
            publicTemplateCss: {
              type: 'string',
              description: 'CSS of public pages (some plans only).',
              example: 'body { color: #222; }',
            },
            favicon: {
              type: 'string',
              format: 'url',
              description: 'URL of the favicon.',
              example: 'https://www.example.com/favicon.ico',
            },
          },
        },
      },
    },
    bodyRequired: true,
    responses: [
      { status: 200, description: 'The branding after the change.', example: { branding: brandingExample } },
      badRequestUnhandled,
      authError,
    ],
  },
];
