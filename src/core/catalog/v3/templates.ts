import type { V3Method } from '../types';
import { authError, idParam, notFound } from './common';

/** An email template; its mdate is a plain local date-time without offset. */
export const templateExample = {
  userid: '1',
  ed_instanceid: '0',
  ed_version: '0',
  name: 'Monthly newsletter',
  subject: null,
  content: '<html><body><p>Hello %FIRSTNAME%</p></body></html>',
  categoryid: '1',
  used: '1',
  waitpreview: '1',
  importnum: '0',
  mdate: '2026-01-15 09:30:00',
  preview_content: null,
  modified: '1',
  hidden: '0',
  links: [],
  id: '2',
};

export const templatesMethods: readonly V3Method[] = [
  {
    id: 'v3.templates.get',
    api: 'v3',
    group: 'Templates',
    summary: 'Get an email template',
    description: 'Returns one saved email template, including its HTML content, by id.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/templates/{id}',
    params: [idParam("The template's id.")],
    responses: [
      {
        status: 200,
        description: 'The template; mdate here is a plain local date-time without offset.',
        example: {
          template: templateExample,
        },
      },
      notFound('Template'),
      authError,
    ],
  },
];
