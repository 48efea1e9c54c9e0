import type { ObjectSchema, V3Method } from '../types';
import { authError, badRequest, deleted, idParam, notFound, paginationParams } from './common';

/* Saved responses: reusable email replies (title, subject, body) for one-to-one emails from the CRM. */

const base = 'https://sandbox.api-us1.com/api/3';

function responseExample(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Pricing follow-up',
    subject: 'Your pricing questions',
    body: 'Hi Jane, thanks for your interest. Here are our plans.',
    ldate: null,
    last_sent_user_id: null,
    cdate: '2026-01-15T09:30:00-06:00',
    mdate: null,
    links: {
      user: `${base}/savedResponses/1/user`,
      savedResponseCategorySavedResponse: `${base}/savedResponses/1/savedResponseCategorySavedResponse`,
    },
    id: '1',
    ...overrides,
  };
}

function savedResponseBody(create: boolean): ObjectSchema {
  return {
    type: 'object',
    required: ['savedResponse'],
    properties: {
      savedResponse: {
        type: 'object',
        ...(create ? { required: ['title', 'subject', 'body'] } : {}),
        properties: {
          title: {
            type: 'string',
            description: 'Name shown in the saved response picker.',
            example: 'Pricing follow-up',
          },
          subject: { type: 'string', description: 'Email subject line.', example: 'Your pricing questions' },
          body: {
            type: 'string',
            description: 'Email text.',
            example: 'Hi Jane, thanks for your interest. Here are our plans.',
          },
        },
      },
    },
  };
}

const notFoundResponse = notFound('SavedResponse');

export const savedResponsesMethods: readonly V3Method[] = [
  {
    id: 'v3.savedResponses.list',
    api: 'v3',
    group: 'Saved responses',
    summary: 'List saved responses',
    description: 'Lists the reusable email replies of the account, with when each was last sent and by whom.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/savedResponses',
    params: [...paginationParams],
    responses: [
      {
        status: 200,
        description: 'A page of saved responses.',
        example: { savedResponses: [responseExample()], meta: { total: '1' } },
      },
      authError,
    ],
  },
  {
    id: 'v3.savedResponses.get',
    api: 'v3',
    group: 'Saved responses',
    summary: 'Get a saved response',
    description: 'Returns one saved response with its subject and body.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/savedResponses/{id}',
    params: [idParam("The saved response's id.")],
    responses: [
      { status: 200, description: 'The saved response.', example: { savedResponse: responseExample() } },
      badRequest,
      authError,
    ],
  },
  {
    id: 'v3.savedResponses.create',
    api: 'v3',
    group: 'Saved responses',
    summary: 'Create a saved response',
    description:
      'Adds a reusable email reply. The form asks for all three fields as documented; the API itself refuses a missing title, or a subject and body that are both empty.',
    http: 'POST',
    kind: 'write',
    path: '/api/3/savedResponses',
    params: [],
    body: savedResponseBody(true),
    bodyRequired: true,
    responses: [
      {
        status: 201,
        description: 'The saved response was created; its id is in savedResponse.id.',
        example: {
          savedResponse: {
            title: 'Pricing follow-up',
            subject: 'Your pricing questions',
            body: 'Hi Jane, thanks for your interest. Here are our plans.',
            cdate: '2026-01-15T09:30:00-06:00',
            links: responseExample().links,
            id: '1',
          },
        },
      },
      {
        status: 422,
        description: 'The title is missing, or both subject and body are empty.',
        example: {
          errors: [
            {
              title: 'This field is required.',
              detail: '',
              code: 'field_missing',
              source: { pointer: '/data/attributes/title' },
            },
            {
              title: 'Either a subject or a body needs to be provided.',
              detail: '',
              code: 'field_invalid',
              source: { pointer: '/data/attributes/subject' },
            },
          ],
        },
      },
      authError,
    ],
  },
  {
    id: 'v3.savedResponses.update',
    api: 'v3',
    group: 'Saved responses',
    summary: 'Update a saved response',
    description: 'Changes the title, subject or body of a saved response; fields you leave out stay as they are.',
    http: 'PUT',
    kind: 'write',
    path: '/api/3/savedResponses/{id}',
    params: [idParam("The saved response's id.")],
    body: savedResponseBody(false),
    bodyRequired: true,
    responses: [
      {
        status: 200,
        description: 'The updated saved response.',
        example: {
          savedResponse: responseExample({ title: 'Pricing follow-up (2026)', mdate: '2026-01-16T11:00:00-06:00' }),
        },
      },
      {
        status: 422,
        description: 'No saved response has this id (ActiveCampaign answers 422 here, not 404).',
        example: { message: 'No Result found for SavedResponse with id 1' },
      },
      authError,
    ],
  },
  {
    id: 'v3.savedResponses.delete',
    api: 'v3',
    group: 'Saved responses',
    summary: 'Delete a saved response',
    description: 'Deletes a saved response for good; there is no undo.',
    http: 'DELETE',
    kind: 'destructive',
    path: '/api/3/savedResponses/{id}',
    params: [idParam("The saved response's id.")],
    responses: [deleted, notFoundResponse, authError],
  },
];
