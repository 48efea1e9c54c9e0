import type { ObjectSchema, V3Method } from '../types';
import { authError, badRequestUnprocessed } from './common';

const trackingCode = `<script type="text/javascript">
    (function(e,t,o,n,p,r,i){e.prismGlobalObjectAlias=n;e.pgo=e.pgo||function(){(e.pgo.q=e.pgo.q||[]).push(arguments)};e.pgo.l=(new Date).getTime();r=t.createElement("script");r.src=o;r.async=true;i=t.getElementsByTagName("script")[0];i.parentNode.insertBefore(r,i)})(window,document,"https://prism.app-us1.com/prism.js","pgo");

    pgo('setAccount', YOUR_ACCOUNT_ID);
    pgo('setTrackByDefault', true);

    pgo('process');
</script>`;

const toggleBody: ObjectSchema = {
  type: 'object',
  required: ['siteTracking'],
  properties: {
    siteTracking: {
      type: 'object',
      required: ['enabled'],
      properties: {
        enabled: {
          type: 'boolean',
          description: 'true to turn site tracking on, false to turn it off.',
          example: true,
        },
      },
    },
  },
};

const domainBody: ObjectSchema = {
  type: 'object',
  required: ['siteTrackingDomain'],
  properties: {
    siteTrackingDomain: {
      type: 'object',
      required: ['name'],
      properties: { name: { type: 'string', description: 'Domain to allow, without scheme.', example: 'example.com' } },
    },
  },
};

const whitelistingAttributes = {
  whitelisted_domain: 'example.com',
  whitelisted_page: '*',
  tracking_enabled: true,
  conversations_enabled: false,
  wp_enabled: false,
  url_regex: '#^example\\.com(\\/.*)?$#',
  created_at: '2026-01-15T15:30:00Z',
  updated_at: '2026-01-15T15:30:00Z',
};

/** This newer endpoint takes a JSON:API-style `data` envelope instead of a singular root key. */
const whitelistingBody: ObjectSchema = {
  type: 'object',
  required: ['data'],
  properties: {
    data: {
      type: 'object',
      required: ['type', 'attributes'],
      properties: {
        type: { type: 'string', enum: ['urlWhitelistings'], default: 'urlWhitelistings', example: 'urlWhitelistings' },
        attributes: {
          type: 'object',
          required: [
            'whitelisted_domain',
            'whitelisted_page',
            'conversations_enabled',
            'wp_enabled',
            'tracking_enabled',
          ],
          properties: {
            whitelisted_domain: {
              type: 'string',
              description: 'Domain to allow, without scheme.',
              example: 'example.com',
            },
            whitelisted_page: {
              type: 'string',
              default: '*',
              description: '`*` for every page, or one path under the domain, e.g. `website` for example.com/website.',
              example: '*',
            },
            tracking_enabled: {
              type: 'boolean',
              default: true,
              description: 'Record site visits on it.',
              example: true,
            },
            conversations_enabled: {
              type: 'boolean',
              default: false,
              description: 'Enable Conversations (chat) on it.',
              example: false,
            },
            wp_enabled: {
              type: 'boolean',
              default: false,
              description: 'Enable web personalization on it.',
              example: false,
            },
          },
        },
      },
    },
  },
};

export const siteTrackingMethods: readonly V3Method[] = [
  {
    id: 'v3.siteTracking.get',
    api: 'v3',
    group: 'Site tracking',
    summary: 'Get the site tracking status',
    description:
      'Tells whether site tracking (recording which pages known contacts visit) is switched on for the account.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/siteTracking',
    params: [],
    responses: [
      { status: 200, description: 'Whether site tracking is on.', example: { siteTracking: { enabled: true } } },
      badRequestUnprocessed,
      authError,
    ],
  },
  {
    id: 'v3.siteTracking.update',
    api: 'v3',
    group: 'Site tracking',
    summary: 'Turn site tracking on or off',
    description: 'Switches site tracking on or off for the whole account. Pages are only tracked on allowed domains.',
    http: 'PUT',
    kind: 'write',
    path: '/api/3/siteTracking',
    params: [],
    body: toggleBody,
    bodyRequired: true,
    responses: [
      { status: 200, description: 'The new status.', example: { siteTracking: { enabled: true } } },
      badRequestUnprocessed,
      authError,
    ],
  },
  {
    id: 'v3.siteTracking.getCode',
    api: 'v3',
    group: 'Site tracking',
    summary: 'Get the site tracking code',
    description:
      "Returns the JavaScript snippet to paste into your site's pages to enable site tracking. Gotcha: the answer is plain text (a <script> tag), not JSON.",
    http: 'GET',
    kind: 'read',
    path: '/api/3/siteTracking/code',
    params: [],
    responses: [
      { status: 200, description: 'The tracking snippet, as text/plain.', example: trackingCode },
      badRequestUnprocessed,
      authError,
    ],
  },
  {
    id: 'v3.siteTrackingDomains.list',
    api: 'v3',
    group: 'Site tracking',
    summary: 'List site tracking domains',
    description: 'Lists the domains on which site tracking is allowed to record visits.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/siteTrackingDomains',
    params: [],
    responses: [
      {
        status: 200,
        description: 'The allowed domains; meta.total is a number here.',
        example: { siteTrackingDomains: [{ name: 'example.com' }], meta: { total: 1 } },
      },
      authError,
    ],
  },
  {
    id: 'v3.siteTrackingDomains.create',
    api: 'v3',
    group: 'Site tracking',
    summary: 'Add a site tracking domain',
    description:
      'Allows site tracking on one more domain. For page-level rules and chat or personalization flags, see "Add a site tracking URL allowlist entry".',
    http: 'POST',
    kind: 'write',
    path: '/api/3/siteTrackingDomains',
    params: [],
    body: domainBody,
    bodyRequired: true,
    responses: [
      { status: 200, description: 'The domain was added.', example: { siteTrackingDomain: { name: 'example.com' } } },
      badRequestUnprocessed,
      authError,
    ],
  },
  {
    id: 'v3.siteTrackingDomains.delete',
    api: 'v3',
    group: 'Site tracking',
    summary: 'Remove a site tracking domain',
    description: 'Stops site tracking on a domain. The domain name itself goes in the path.',
    http: 'DELETE',
    kind: 'destructive',
    path: '/api/3/siteTrackingDomains/{name}',
    params: [
      {
        name: 'name',
        in: 'path',
        required: true,
        schema: { type: 'string', example: 'example.com' },
        description: 'Domain to remove.',
      },
    ],
    responses: [{ status: 204, description: 'Removed; no body.' }, authError],
  },
  {
    id: 'v3.prism.listUrlWhitelistings',
    api: 'v3',
    group: 'Site tracking',
    summary: 'List site tracking URL allowlist entries',
    description:
      'Lists the allowed domains and pages with their flags for tracking, Conversations and web personalization. The answer uses a JSON:API `data` array.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/prism/urlWhitelistings',
    params: [],
    responses: [
      {
        status: 200,
        description: 'The allowlist entries (flags come back as 0/1 here).',
        example: {
          data: [
            {
              type: 'urlWhitelistings',
              id: '490469',
              attributes: { ...whitelistingAttributes, tracking_enabled: 1, conversations_enabled: 0, wp_enabled: 0 },
            },
          ],
        },
      },
      authError,
    ],
  },
  {
    id: 'v3.prism.createUrlWhitelisting',
    api: 'v3',
    group: 'Site tracking',
    summary: 'Add a site tracking URL allowlist entry',
    description:
      'Allows a domain, or one page path under it, and chooses whether tracking, Conversations and web personalization run there. Gotcha: the body is a JSON:API `data` object, not a singular root key.',
    http: 'POST',
    kind: 'write',
    path: '/api/3/prism/urlWhitelistings',
    params: [],
    body: whitelistingBody,
    bodyRequired: true,
    responses: [
      {
        status: 201,
        description: 'The entry was created; keep data.id to remove it later.',
        example: { data: { type: 'urlWhitelistings', id: '534756', attributes: whitelistingAttributes } },
      },
      badRequestUnprocessed,
      { status: 409, description: 'This domain and page are already allowed.', example: {} },
      authError,
    ],
  },
  {
    id: 'v3.prism.deleteUrlWhitelisting',
    api: 'v3',
    group: 'Site tracking',
    summary: 'Remove a site tracking URL allowlist entry',
    description: 'Removes one allowlist entry by the id from "List site tracking URL allowlist entries".',
    http: 'DELETE',
    kind: 'destructive',
    path: '/api/3/prism/urlWhitelistings/{domain_id}',
    params: [
      {
        name: 'domain_id',
        in: 'path',
        required: true,
        schema: { type: 'string', example: '534756' },
        description: "The allowlist entry's id.",
      },
    ],
    responses: [{ status: 204, description: 'Removed; no body.' }, authError],
  },
];
