import type { V3Method } from '../types';
import { authError, idParam, paginationParams } from './common';

const exclusionExample = {
  id: '2',
  matchPhrase: 'competitor.com',
  matchType: 'end',
  channel: 'several',
  hidden: false,
  lists: ['2', '1'],
};

export const listExclusionsMethods: readonly V3Method[] = [
  {
    id: 'v3.lists.listExclusions',
    api: 'v3',
    group: 'Lists',
    summary: 'List list exclusions',
    description:
      'Lists the exclusion rules: email addresses or patterns that may never be subscribed, either everywhere or on some lists. Note that meta.total is a number here, not a string.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/lists/exclusions',
    params: [
      ...paginationParams,
      {
        name: 'filters[matchPhrase]',
        in: 'query',
        schema: { type: 'string', example: '.com' },
        description: 'Rules whose phrase matches this text, e.g. ".com".',
      },
      {
        name: 'filters[lists][]',
        in: 'query',
        schema: {
          type: 'array',
          items: { type: 'integer', minimum: 1, example: 1 },
          example: [1, 2],
        },
        description: 'Rules that apply to these list ids; repeat for several lists.',
      },
      {
        name: 'orders[matchPhrase]',
        in: 'query',
        schema: { type: 'string', enum: ['ASC', 'DESC'], example: 'ASC' },
        description: 'Sort by the phrase.',
      },
      {
        name: 'orders[lists]',
        in: 'query',
        schema: { type: 'string', enum: ['ASC', 'DESC'], example: 'ASC' },
        description: 'Sort by the list ids.',
      },
    ],
    responses: [
      {
        status: 200,
        description: 'The matching rules; here meta.total is a number.',
        example: {
          exclusions: [
            {
              id: '1',
              matchPhrase: 'old.address@example.com',
              matchType: 'exact',
              channel: 'all',
              hidden: false,
              lists: [],
            },
            exclusionExample,
          ],
          meta: { total: 2 },
        },
      },
      {
        status: 422,
        description: 'A sort direction or filter field is not allowed; each error points at the parameter.',
        example: {
          errors: [
            {
              status: 422,
              title: 'Invalid attribute',
              detail: 'Invalid order direction: "DASC". Allowed values are: "ASC", "DESC"',
              source: { pointer: '/data/attributes/orders[matchPhrase]' },
            },
          ],
        },
      },
      authError,
    ],
  },
  {
    id: 'v3.lists.getExclusion',
    api: 'v3',
    group: 'Lists',
    summary: 'Get a list exclusion',
    description: 'Returns one exclusion rule. The rule comes back as the whole body, without a root key.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/lists/exclusions/{id}',
    params: [idParam("The exclusion rule's id.")],
    responses: [
      { status: 200, description: 'The rule.', example: exclusionExample },
      {
        status: 404,
        description: 'No exclusion rule has this id.',
        example: { message: 'Exclusion not found [id=422]' },
      },
      authError,
    ],
  },
  {
    id: 'v3.lists.updateExclusion',
    api: 'v3',
    group: 'Lists',
    summary: 'Update a list exclusion',
    description:
      'Changes where an exclusion rule applies. Gotchas: the body has no root key, list ids must be strings, and lists must be empty when channel is "all".',
    http: 'PUT',
    kind: 'write',
    path: '/api/3/lists/exclusions/{id}',
    params: [idParam("The exclusion rule's id.")],
    body: {
      type: 'object',
      properties: {
        channel: {
          type: 'string',
          enum: ['all', 'allSms', 'allEmail', 'several'],
          description: 'Where the rule applies: everywhere, all SMS, all email, or only the lists given.',
          example: 'several',
        },
        lists: {
          type: 'array',
          description: 'List ids as strings; only with channel "several".',
          items: { type: 'string', example: '1' },
          example: ['1', '2'],
        },
      },
    },
    bodyRequired: true,
    responses: [
      {
        status: 200,
        description: 'The rule as stored.',
        example: { ...exclusionExample, lists: ['1', '2'] },
      },
      {
        status: 403,
        description: 'The key is missing or invalid, or its user may not change exclusions.',
        example: {
          message: "You don't have permission to access this resource",
        },
      },
      {
        status: 404,
        description: 'No exclusion rule has this id.',
        example: { message: 'No Result found for Exclusion with id 404' },
      },
      {
        status: 422,
        description: 'The channel or list ids are invalid; each error points at the field.',
        example: {
          errors: [
            {
              status: 422,
              title: 'Invalid attribute',
              detail: 'Lists must be an array of string-quoted integers',
              source: { pointer: '/data/attributes/lists[0]' },
            },
          ],
        },
      },
    ],
  },
];
