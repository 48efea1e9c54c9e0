import type { ObjectSchema, V3Method } from '../types';
import { authError, badRequestUnhandled, deleted, idParam } from './common';

const userExample = {
  username: 'admin',
  firstName: 'Avery',
  lastName: 'Sandbox',
  email: 'admin@example.com',
  phone: '',
  signature: null,
  links: {
    lists: 'https://sandbox.api-us1.com/api/3/users/1/lists',
    userGroup: 'https://sandbox.api-us1.com/api/3/users/1/userGroup',
  },
  id: '1',
};

const userBody: ObjectSchema = {
  type: 'object',
  required: ['user'],
  properties: {
    user: {
      type: 'object',
      properties: {
        username: {
          type: 'string',
          description: 'Login name; it cannot be changed once the user exists.',
          example: 'jsmith',
        },
        email: { type: 'string', format: 'email', example: 'jordan.smith@example.com' },
        firstName: { type: 'string', example: 'Jordan' },
        lastName: { type: 'string', example: 'Smith' },
        group: {
          type: 'integer',
          minimum: 1,
          description: 'Id of the user group that sets the permissions (see "List user groups").',
          example: 4,
        },
        password: {
          type: 'string',
          format: 'password',
          description: 'Plain-text password.',
          example: 'Ch4nge-me-2026!',
        },
      },
    },
  },
};

const byPath = (name: string, example: string, description: string) => ({
  name,
  in: 'path' as const,
  required: true,
  schema: { type: 'string' as const, example },
  description,
});

export const usersMethods: readonly V3Method[] = [
  {
    id: 'v3.users.me',
    api: 'v3',
    group: 'Users',
    summary: 'Get the user who owns the API key',
    description:
      'Returns the user behind the Api-Token. It is the quickest way to check that a key works: a 403 means the key is wrong or was reset in Settings > Developer.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/users/me',
    params: [],
    responses: [
      { status: 200, description: 'The user the key belongs to.', example: { user: userExample } },
      { status: 400, description: 'The request could not be processed; the body is an empty object.', example: {} },
      { status: 403, description: 'The key is missing, invalid or was reset.' },
    ],
  },
  {
    id: 'v3.users.list',
    api: 'v3',
    group: 'Users',
    summary: 'List users',
    description:
      'Returns the people who can log in to the account (staff users, not contacts). Each user has their own API key and the permissions of their user group.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/users',
    params: [],
    responses: [
      {
        status: 200,
        description: 'All users; meta.total holds the count as a string (some accounts omit it).',
        example: { users: [userExample], meta: { total: '1' } },
      },
      badRequestUnhandled,
      authError,
    ],
  },
  {
    id: 'v3.users.get',
    api: 'v3',
    group: 'Users',
    summary: 'Get a user',
    description: 'Returns one account user by id.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/users/{id}',
    params: [idParam("The user's id.")],
    responses: [
      { status: 200, description: 'The user.', example: { user: userExample } },
      badRequestUnhandled,
      authError,
    ],
  },
  {
    id: 'v3.users.getByEmail',
    api: 'v3',
    group: 'Users',
    summary: 'Get a user by email',
    description: 'Looks an account user up by their login email address.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/users/email/{email}',
    params: [byPath('email', 'admin@example.com', "The user's email address.")],
    responses: [
      { status: 200, description: 'The user with this email.', example: { user: userExample } },
      badRequestUnhandled,
      authError,
    ],
  },
  {
    id: 'v3.users.getByUsername',
    api: 'v3',
    group: 'Users',
    summary: 'Get a user by username',
    description: 'Looks an account user up by their login name.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/users/username/{username}',
    params: [byPath('username', 'admin', "The user's login name.")],
    responses: [
      { status: 200, description: 'The user with this username.', example: { user: userExample } },
      badRequestUnhandled,
      authError,
    ],
  },
  {
    id: 'v3.users.create',
    api: 'v3',
    group: 'Users',
    summary: 'Create a user',
    description:
      'Adds a staff user who can log in to the account. Their user group decides what they may do, and they get an API key of their own.',
    http: 'POST',
    kind: 'write',
    path: '/api/3/users',
    params: [],
    body: userBody,
    bodyRequired: true,
    responses: [
      {
        status: 201,
        description: 'The user was created; the new id is in user.id.',
        example: {
          user: {
            username: 'jsmith',
            email: 'jordan.smith@example.com',
            firstName: 'Jordan',
            lastName: 'Smith',
            lang: 'english',
            localZoneid: 'America/Chicago',
            cdate: '2026-01-15T09:30:00-06:00',
            udate: '2026-01-15T09:30:00-06:00',
            links: {
              lists: 'https://sandbox.api-us1.com/api/3/users/3/lists',
              userGroup: 'https://sandbox.api-us1.com/api/3/users/3/userGroup',
              configs: 'https://sandbox.api-us1.com/api/3/users/3/configs',
            },
            id: '3',
          },
        },
      },
      badRequestUnhandled,
      authError,
    ],
  },
  {
    id: 'v3.users.update',
    api: 'v3',
    group: 'Users',
    summary: 'Update a user',
    description: "Changes a user's name, email, password or user group. The username cannot be changed.",
    http: 'PUT',
    kind: 'write',
    path: '/api/3/users/{id}',
    params: [idParam("The user's id.")],
    body: userBody,
    bodyRequired: true,
    responses: [
      {
        status: 200,
        nullable: ['user.signature'],
        description: 'The user after the change, with their group membership sideloaded in userGroups.',
        example: {
          userGroups: [
            {
              userid: '3',
              groupid: '4',
              links: {
                group: 'https://sandbox.api-us1.com/api/3/userGroups/3/group',
                user: 'https://sandbox.api-us1.com/api/3/userGroups/3/user',
              },
              id: '3',
              group: '4',
              user: '3',
            },
          ],
          user: {
            username: 'jsmith',
            firstName: 'Jordan',
            lastName: 'Smith',
            email: 'jordan.smith@example.com',
            phone: '',
            signature: '',
            userGroup: '3',
            links: {
              lists: 'https://sandbox.api-us1.com/api/3/users/3/lists',
              userGroup: 'https://sandbox.api-us1.com/api/3/users/3/userGroup',
            },
            id: '3',
          },
        },
      },
      badRequestUnhandled,
      authError,
    ],
  },
  {
    id: 'v3.users.delete',
    api: 'v3',
    group: 'Users',
    summary: 'Delete a user',
    description:
      "Removes a staff user. Their API key goes with them, so integrations that use that user's key stop working.",
    http: 'DELETE',
    kind: 'destructive',
    path: '/api/3/users/{id}',
    params: [idParam("The user's id.")],
    responses: [deleted, badRequestUnhandled, authError],
  },
];
