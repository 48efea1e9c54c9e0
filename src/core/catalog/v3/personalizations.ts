import type { ObjectSchema, ParamDef, ResponseDoc, V3Method } from '../types';
import { authError, badRequestUnhandled, deleted, idParam, notFound } from './common';

const variableExample = {
  name: 'Store address',
  tag: 'store-address',
  format: 'html',
  content: '<p>1 Main St, Chicago</p>',
  listIds: '1,2',
  listNames: 'Newsletter,Customers',
  listsCount: '2',
  isLocked: false,
  links: [],
  id: '8',
};

const variableBody: ObjectSchema = {
  type: 'object',
  required: ['personalization'],
  properties: {
    personalization: {
      type: 'object',
      properties: {
        tag: { type: 'string', description: 'Tag used to insert the variable in emails.', example: 'store-address' },
        name: { type: 'string', description: 'Name shown in the app.', example: 'Store address' },
        format: {
          type: 'string',
          enum: ['html', 'text'],
          description: 'Whether the content is HTML or plain text.',
          example: 'html',
        },
        content: {
          type: 'string',
          description: 'What the tag is replaced with.',
          example: '<p>1 Main St, Chicago</p>',
        },
        listids: {
          type: 'string',
          description: 'Comma-separated ids of the lists that may use the variable.',
          example: '1,2',
        },
      },
    },
  },
};

const orderParam = (name: string, what: string): ParamDef => ({
  name,
  in: 'query',
  schema: { type: 'string', enum: ['ASC', 'DESC'], example: 'ASC' },
  description: `Sort by ${what}.`,
});

const filterParam = (name: string, example: string, description: string): ParamDef => ({
  name,
  in: 'query',
  schema: { type: 'string', example },
  description,
});

const variableId = idParam("The variable's id.", 'variableID');

const lockResult = (verb: string): ResponseDoc => ({
  status: 200,
  description: `Check success: true means ${verb}; false with a message means refused (only admins may lock or unlock).`,
  example: { success: true, message: 'Personalization updated successfully' },
});

export const personalizationsMethods: readonly V3Method[] = [
  {
    id: 'v3.personalizations.list',
    api: 'v3',
    group: 'Messages',
    summary: 'List personalization variables',
    description:
      'Returns the account-wide personalization variables: reusable snippets that a tag inserts into emails. Note the filter parameters use `filter[...]` (singular) on this endpoint.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/personalizations',
    params: [
      orderParam('orders[format]', 'format'),
      orderParam('orders[tag]', 'tag'),
      orderParam('orders[name]', 'name'),
      orderParam('orders[content]', 'content'),
      filterParam('filter[name]', 'Store address', 'Only variables with this name.'),
      filterParam('filter[tag]', 'store-address', 'Only variables with this tag.'),
      filterParam('filter[listName]', 'Newsletter', 'Only variables available to the list with this name.'),
      filterParam('filter[content]', 'Main St', 'Only variables with this content.'),
      {
        name: 'filter[format]',
        in: 'query',
        schema: { type: 'string', enum: ['html', 'text'], example: 'html' },
        description: 'Only HTML or only text variables.',
      },
      {
        name: 'limit',
        in: 'query',
        schema: { type: 'integer', minimum: 1, default: 20, example: 20 },
        description: 'How many variables per page (default 20).',
      },
    ],
    responses: [
      {
        status: 200,
        description: 'The variables; meta.total holds the count as a string.',
        example: { personalizations: [variableExample], meta: { total: '1' } },
      },
      badRequestUnhandled,
      authError,
    ],
  },
  {
    id: 'v3.personalizations.get',
    api: 'v3',
    group: 'Messages',
    summary: 'Get a personalization variable',
    description: 'Returns one variable with its content and the lists allowed to use it.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/personalizations/{variableID}',
    params: [variableId],
    responses: [
      { status: 200, description: 'The variable.', example: { personalization: variableExample } },
      notFound('Personalization'),
      authError,
    ],
  },
  {
    id: 'v3.personalizations.create',
    api: 'v3',
    group: 'Messages',
    summary: 'Create a personalization variable',
    description:
      'Adds a reusable snippet (an address, a signature…) that emails insert by its tag. Limit it to some lists with `listids`.',
    http: 'POST',
    kind: 'write',
    path: '/api/3/personalizations',
    params: [],
    body: variableBody,
    bodyRequired: true,
    responses: [
      {
        status: 200,
        description: 'The variable was created.',
        example: {
          personalization: {
            tag: 'store-address',
            name: 'Store address',
            format: 'html',
            content: '<p>1 Main St, Chicago</p>',
            listids: '1,2',
            userid: '1',
            isLocked: false,
            links: [],
            id: '8',
          },
        },
      },
      authError,
    ],
  },
  {
    id: 'v3.personalizations.update',
    api: 'v3',
    group: 'Messages',
    summary: 'Update a personalization variable',
    description: "Changes a variable's tag, name, format, content or lists. Send only what should change.",
    http: 'PUT',
    kind: 'write',
    path: '/api/3/personalizations/{variableID}',
    params: [variableId],
    body: variableBody,
    bodyRequired: true,
    responses: [
      {
        status: 200,
        description: 'The variable after the change.',
        example: {
          personalization: {
            userid: '1',
            tag: 'store-address',
            name: 'Store address',
            content: '<p>1 Main St, Chicago</p>',
            format: 'html',
            created_timestamp: '2026-01-15 09:30:00',
            updated_timestamp: '2026-01-15 10:05:00',
            created_by: null,
            updated_by: null,
            isLocked: false,
            listids: '1,2',
            links: [],
            id: '8',
          },
        },
      },
      {
        status: 404,
        description: 'No personalization variable has this id.',
        example: { message: 'No Result found for ActiveCampaign\\Hosted\\Personalization\\Personalization with id 8' },
      },
      authError,
    ],
  },
  {
    id: 'v3.personalizations.delete',
    api: 'v3',
    group: 'Messages',
    summary: 'Delete a personalization variable',
    description: 'Removes one variable. Check first that no email still uses its tag.',
    http: 'DELETE',
    kind: 'destructive',
    path: '/api/3/personalizations/{variableID}',
    params: [variableId],
    responses: [
      deleted,
      notFound('Personalization'),
      {
        ...notFound('Personalization'),
        status: 400,
        description: 'The id is unknown; some accounts answer 400 instead of 404, with the same message.',
      },
      authError,
    ],
  },
  {
    id: 'v3.personalizations.bulkDelete',
    api: 'v3',
    group: 'Messages',
    summary: 'Delete personalization variables in bulk',
    description: 'Removes several variables in one call, named by a comma-separated `ids` list.',
    http: 'DELETE',
    kind: 'destructive',
    path: '/api/3/personalizations/bulkdelete',
    params: [
      {
        name: 'ids',
        in: 'query',
        schema: { type: 'string', example: '1,2,3' },
        description: 'Comma-separated ids of the variables to delete.',
      },
    ],
    responses: [
      {
        status: 200,
        description: 'The variables were deleted; the body is a bare JSON string.',
        example: 'Delete successful',
      },
      authError,
    ],
  },
  {
    id: 'v3.personalizations.lock',
    api: 'v3',
    group: 'Messages',
    summary: 'Lock a personalization variable',
    description:
      'Locks a variable so it cannot be edited until it is unlocked; only admins may do this. Gotcha: a refusal still comes back as 200, with success false.',
    http: 'PATCH',
    kind: 'write',
    path: '/api/3/personalizations/{variableID}/lock',
    params: [variableId],
    responses: [lockResult('locked'), authError],
  },
  {
    id: 'v3.personalizations.unlock',
    api: 'v3',
    group: 'Messages',
    summary: 'Unlock a personalization variable',
    description:
      'Makes a locked variable editable again; only admins may do this. A refusal still comes back as 200, with success false.',
    http: 'PATCH',
    kind: 'write',
    path: '/api/3/personalizations/{variableID}/unlock',
    params: [variableId],
    responses: [lockResult('unlocked'), authError],
  },
];
