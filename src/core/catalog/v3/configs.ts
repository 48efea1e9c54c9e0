import type { V3Method } from '../types';
import { auditAttributes, authError } from './common';

/** One stored user preference. */
export const configExample = {
  keyname: 'pagination.users_index',
  section: '',
  item: '',
  userid: '1',
  val: '20',
  cdate: '2026-01-15T09:30:00-06:00',
  udate: '2026-01-20T14:07:07-06:00',
  created_timestamp: '2026-01-15 15:30:00',
  updated_timestamp: '2026-01-20 20:07:07',
  links: { owner: 'https://sandbox.api-us1.com/api/3/configs/6/owner' },
  id: '6',
  owner: '1',
};

export const configsMethods: readonly V3Method[] = [
  {
    id: 'v3.configs.update',
    api: 'v3',
    group: 'Settings',
    summary: 'Update a user setting',
    description:
      'Changes one stored preference of a user, such as how many rows a page of the app shows (key pagination.users_index). The reference documents no request body; the `config` shape below mirrors the record it returns.',
    http: 'PUT',
    kind: 'write',
    path: '/api/3/configs/{id}',
    params: [
      {
        name: 'id',
        in: 'path',
        required: true,
        schema: { type: 'string', example: '6' },
        description: "The setting's id (see links.configs on a user).",
      },
    ],
    body: {
      type: 'object',
      required: ['config'],
      properties: {
        config: {
          type: 'object',
          properties: {
            keyname: { type: 'string', description: 'Name of the setting.', example: 'pagination.users_index' },
            val: { type: 'string', description: 'New value, as text.', example: '20' },
          },
        },
      },
    },
    bodyRequired: false,
    responses: [
      {
        status: 200,
        optional: auditAttributes,
        description: 'The setting after the change.',
        example: {
          config: configExample,
        },
      },
      {
        status: 404,
        description: 'No setting has this id.',
        example: { message: 'No Result found for ConfigResult with id 6' },
      },
      authError,
    ],
  },
];
