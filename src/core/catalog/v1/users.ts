import type { ParamDef, V1Method } from '../types';
import { form, idParam, idsParam, query, rows, v1Failure, v1Ok } from './common';

const userRecord = {
  id: '1',
  username: 'jdoe',
  first_name: 'Jane',
  last_name: 'Doe',
  email: 'jane.doe@example.com',
  parentid: '0',
  lastlogin: '2026-01-15 09:30:00',
};

function userFields(required: boolean): readonly ParamDef[] {
  return [
    form('username', { type: 'string', example: 'sam' }, 'Login name.', required),
    {
      ...form('password', { type: 'string', format: 'password', example: 'S3cure!pass' }, 'New password.', required),
      secret: true,
    },
    {
      ...form(
        'password_r',
        { type: 'string', format: 'password', example: 'S3cure!pass' },
        'The password again.',
        required,
      ),
      secret: true,
    },
    form('email', { type: 'string', format: 'email', example: 'sam.lee@example.com' }, 'Email address.', required),
    form('first_name', { type: 'string', example: 'Sam' }, 'First name.', required),
    form('last_name', { type: 'string', example: 'Lee' }, 'Last name.', required),
    form(
      'group',
      {
        type: 'map',
        keyLabel: 'User group id',
        value: { type: 'string', description: 'Repeat the group id as the value.', example: '3' },
        example: { '3': '3' },
      },
      'User group (permission set) the user joins; key and value both the group id.',
      required,
    ),
  ];
}

export const v1UsersMethods: readonly V1Method[] = [
  {
    id: 'v1.user_me',
    api: 'v1',
    group: 'Users',
    summary: 'Get the current user (v1)',
    description:
      'Returns the user the API key belongs to. Both official wrappers use it as their credentials test: a quick way to check URL and key.',
    http: 'GET',
    kind: 'read',
    action: 'user_me',
    params: [],
    responses: [
      v1Ok('result_code 1 with the user fields.', userRecord),
      v1Failure('result_code 0: the user could not be read.'),
    ],
  },
  {
    id: 'v1.user_list',
    api: 'v1',
    group: 'Users',
    summary: 'List users (v1)',
    description: 'Returns the users you name by id (admin users of the account, not contacts).',
    http: 'GET',
    kind: 'read',
    action: 'user_list',
    params: [idsParam('query', 'Comma-separated user ids, or all.', 'all')],
    responses: [
      v1Ok('result_code 1; users keyed "0", "1", ….', rows(userRecord)),
      v1Failure('result_code 0: no user matched.'),
    ],
  },
  {
    id: 'v1.user_view',
    api: 'v1',
    group: 'Users',
    summary: 'View a user by id (v1)',
    description: 'Returns one user of the account.',
    http: 'GET',
    kind: 'read',
    action: 'user_view',
    params: [idParam('query', 'The user id.')],
    responses: [
      v1Ok('result_code 1 with the user fields.', userRecord),
      v1Failure('result_code 0: no user has this id.'),
    ],
  },
  {
    id: 'v1.user_view_email',
    api: 'v1',
    group: 'Users',
    summary: 'View a user by email (v1)',
    description: 'Looks a user up by email address.',
    http: 'GET',
    kind: 'read',
    action: 'user_view_email',
    params: [
      query('email', { type: 'string', format: 'email', example: 'jane.doe@example.com' }, 'The user email.', true),
    ],
    responses: [
      v1Ok('result_code 1 with the user fields.', userRecord),
      v1Failure('result_code 0: no user has this email.'),
    ],
  },
  {
    id: 'v1.user_view_username',
    api: 'v1',
    group: 'Users',
    summary: 'View a user by username (v1)',
    description: 'Looks a user up by login name.',
    http: 'GET',
    kind: 'read',
    action: 'user_view_username',
    params: [query('username', { type: 'string', example: 'jdoe' }, 'The login name.', true)],
    responses: [
      v1Ok('result_code 1 with the user fields.', userRecord),
      v1Failure('result_code 0: no user has this username.'),
    ],
  },
  {
    id: 'v1.user_add',
    api: 'v1',
    group: 'Users',
    summary: 'Add a user (v1)',
    description: 'Creates a login for a team member in a user group. The new user gets an API key of their own.',
    http: 'POST',
    kind: 'write',
    action: 'user_add',
    params: userFields(true),
    responses: [
      v1Ok('result_code 1: the user was created (result_message wording varies).'),
      v1Failure('result_code 0: the user was not created (username taken, passwords differ or a field missing).'),
    ],
  },
  {
    id: 'v1.user_edit',
    api: 'v1',
    group: 'Users',
    summary: 'Edit a user (v1)',
    description: "Updates a user's details, password or group.",
    http: 'POST',
    kind: 'write',
    action: 'user_edit',
    params: [idParam('form', 'The user id to update.'), ...userFields(false)],
    responses: [v1Ok('result_code 1: the user was updated.'), v1Failure('result_code 0: no user has this id.')],
  },
  {
    id: 'v1.user_delete',
    api: 'v1',
    group: 'Users',
    summary: 'Delete a user (v1)',
    description: "Deletes a user. Gotcha: integrations using that user's API key stop working.",
    http: 'GET',
    kind: 'destructive',
    action: 'user_delete',
    params: [idParam('query', 'The user id to delete.')],
    responses: [v1Ok('result_code 1: the user is gone.'), v1Failure('result_code 0: no user has this id.')],
  },
  {
    id: 'v1.user_delete_list',
    api: 'v1',
    group: 'Users',
    summary: 'Delete several users (v1)',
    description: 'Deletes every user in a comma-separated id list; their API keys stop working.',
    http: 'GET',
    kind: 'destructive',
    action: 'user_delete_list',
    params: [idsParam('query', 'Comma-separated user ids.')],
    responses: [v1Ok('result_code 1: the users are gone.'), v1Failure('result_code 0: nothing was deleted.')],
  },
];
