import type { ObjectSchema, ResponseDoc, V3Method } from '../types';
import { authError, badRequestUnhandled, deleted, idParam, notFound, notFoundError } from './common';

const groupMemberExample = {
  id: 87,
  group_id: 1,
  rel_id: 10,
  ordernum: 18,
  created_by: 1,
  updated_by: 1,
  links: { groupDefinition: 'https://sandbox.api-us1.com/api/3/groupDefinitions/1' },
};

const groupMemberBody: ObjectSchema = {
  type: 'object',
  required: ['groupMember'],
  properties: {
    groupMember: {
      type: 'object',
      properties: {
        rel_id: { type: 'integer', minimum: 1, description: 'Id of the custom field to place.', example: 2 },
        ordernum: {
          type: 'integer',
          minimum: 1,
          description: 'Position inside the group; send null (or leave it out) to append at the end.',
          example: 1,
        },
        group_id: { type: 'integer', minimum: 1, description: 'Id of the field group (groupDefinition).', example: 1 },
      },
    },
  },
};

const memberNotFound = notFoundError('field group membership');

const memberErrors: readonly ResponseDoc[] = [
  notFound('GroupDefinition'),
  {
    status: 422,
    description: 'A required attribute is missing.',
    example: { errors: [{ title: 'The field title was not provided.', detail: '', code: 'field_missing' }] },
  },
  {
    status: 403,
    description: 'Rejected by the field-group service (for example rel_id missing), or the key is invalid.',
    example: {
      message:
        'Client error: `POST .../member` resulted in a `400 Bad Request` response:\n{"message": {"rel_id": "rel_id is required"}}',
    },
  },
];

const forbidden: ResponseDoc = {
  status: 403,
  description: 'The key is invalid, or its user may not manage custom fields.',
  example: { message: 'Forbidden' },
};

export const fieldGroupsMethods: readonly V3Method[] = [
  {
    id: 'v3.groupDefinitions.create',
    api: 'v3',
    group: 'Custom fields',
    summary: 'Create a custom field group',
    description:
      'Adds a named section that custom fields can be grouped under on record pages. Then place fields in it with "Add a custom field to a field group".',
    http: 'POST',
    kind: 'write',
    path: '/api/3/groupDefinitions',
    params: [],
    body: {
      type: 'object',
      required: ['groupDefinition'],
      properties: {
        groupDefinition: {
          type: 'object',
          properties: {
            label: { type: 'string', description: 'Name of the group.', example: 'Membership' },
            ordernum: {
              type: 'integer',
              minimum: 1,
              description: 'Where the group appears among the others.',
              example: 4,
            },
            groupType: {
              type: 'integer',
              minimum: 1,
              description:
                'Record type the group belongs to: 1 contacts (the built-in defaults use 2 for deals, 3 for accounts).',
              example: 1,
            },
          },
        },
      },
    },
    bodyRequired: true,
    responses: [
      {
        status: 200,
        description: 'The group was created.',
        example: {
          groupDefinition: {
            id: 22,
            type_id: 1,
            label: 'Membership',
            ordernum: 4,
            created_by: 1,
            updated_by: 1,
            links: {
              groupMembers: 'https://sandbox.api-us1.com/api/3/groupMembers?group_id=22',
              groupType: 'https://sandbox.api-us1.com/api/3/groupTypes/1',
            },
          },
        },
      },
      badRequestUnhandled,
      authError,
    ],
  },
  {
    id: 'v3.groupMembers.list',
    api: 'v3',
    group: 'Custom fields',
    summary: 'List custom field groups',
    description:
      'Returns every custom field group, including the built-in default groups for contacts, deals and accounts (labels like {**DEFAULT**}).',
    http: 'GET',
    kind: 'read',
    path: '/api/3/groupMembers',
    params: [],
    responses: [
      {
        status: 200,
        description: 'All field groups, under groupDefinitions (no meta).',
        example: {
          groupDefinitions: [
            {
              id: 1,
              type_id: 1,
              label: '{**DEFAULT**}',
              ordernum: 1,
              links: {
                groupMembers: 'https://sandbox.api-us1.com/api/3/groupMembers?group_id=1',
                groupType: 'https://sandbox.api-us1.com/api/3/groupTypes/1',
              },
            },
            {
              id: 22,
              type_id: 1,
              label: 'Membership',
              ordernum: 4,
              links: {
                groupMembers: 'https://sandbox.api-us1.com/api/3/groupMembers?group_id=22',
                groupType: 'https://sandbox.api-us1.com/api/3/groupTypes/1',
              },
            },
          ],
        },
      },
      badRequestUnhandled,
      authError,
    ],
  },
  {
    id: 'v3.groupMembers.create',
    api: 'v3',
    group: 'Custom fields',
    summary: 'Add a custom field to a field group',
    description:
      'Places a custom field inside a field group. The answer is a membership record whose id is what the get, update and delete calls take.',
    http: 'POST',
    kind: 'write',
    path: '/api/3/groupMembers',
    params: [],
    body: groupMemberBody,
    bodyRequired: true,
    responses: [
      { status: 200, description: 'The field is now in the group.', example: { groupMember: groupMemberExample } },
      ...memberErrors,
    ],
  },
  {
    id: 'v3.groupMembers.get',
    api: 'v3',
    group: 'Custom fields',
    summary: 'Get a field group membership',
    description: 'Shows which group a custom field sits in and at what position, by membership id.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/groupMembers/{groupID}',
    params: [idParam('Id of the membership record (groupMember.id).', 'groupID')],
    responses: [
      {
        status: 200,
        description: 'The membership record.',
        example: {
          groupMember: {
            id: 89,
            group_id: 1,
            rel_id: 5,
            ordernum: 20,
            links: { groupDefinition: 'https://sandbox.api-us1.com/api/3/groupDefinitions/1' },
          },
        },
      },
      memberNotFound,
      authError,
    ],
  },
  {
    id: 'v3.groupMembers.update',
    api: 'v3',
    group: 'Custom fields',
    summary: 'Update a field group membership',
    description: 'Moves a custom field to another position or another field group.',
    http: 'PUT',
    kind: 'write',
    path: '/api/3/groupMembers/{groupId}',
    params: [idParam('Id of the membership record (groupMember.id).', 'groupId')],
    body: groupMemberBody,
    bodyRequired: true,
    responses: [
      { status: 200, description: 'The membership after the change.', example: { groupMember: groupMemberExample } },
      ...memberErrors,
    ],
  },
  {
    id: 'v3.groupMembers.delete',
    api: 'v3',
    group: 'Custom fields',
    summary: 'Remove a custom field from a field group',
    description: 'Deletes a membership record; the custom field itself and its values are kept.',
    http: 'DELETE',
    kind: 'destructive',
    path: '/api/3/groupMembers/{groupID}',
    params: [idParam('Id of the membership record (groupMember.id).', 'groupID')],
    responses: [deleted, memberNotFound, authError],
  },
  {
    id: 'v3.fieldRels.create',
    api: 'v3',
    group: 'Custom fields',
    summary: 'Link a custom field to a list',
    description:
      'Makes a contact custom field available on a list (its forms and contact pages). Use list id 0 to make the field available on every list.',
    http: 'POST',
    kind: 'write',
    path: '/api/3/fieldRels',
    params: [],
    body: {
      type: 'object',
      required: ['fieldRel'],
      properties: {
        fieldRel: {
          type: 'object',
          properties: {
            field: { type: 'integer', minimum: 1, description: 'Id of the custom field.', example: 3 },
            relid: { type: 'integer', minimum: 0, description: 'Id of the list, or 0 for all lists.', example: 2 },
          },
        },
      },
    },
    bodyRequired: true,
    responses: [
      {
        status: 201,
        description: 'The link was created; keep fieldRel.id to remove it later.',
        example: { fieldRel: { relid: 2, field: 8, cdate: '2026-01-15T09:30:00-06:00', links: [], id: '19' } },
      },
      forbidden,
    ],
  },
  {
    id: 'v3.fieldRels.delete',
    api: 'v3',
    group: 'Custom fields',
    summary: 'Unlink a custom field from a list',
    description: 'Removes one field-to-list link by its id; the field stays defined and linked to any other lists.',
    http: 'DELETE',
    kind: 'destructive',
    path: '/api/3/fieldRels/{fieldRelId}',
    params: [idParam('Id of the field-to-list link (fieldRel.id).', 'fieldRelId')],
    responses: [deleted, forbidden],
  },
  {
    id: 'v3.fieldOption.bulkCreate',
    api: 'v3',
    group: 'Custom fields',
    summary: 'Create custom field options in bulk',
    description:
      'Adds the choices of a dropdown, listbox, radio or checkbox field, several in one call. Each option has its own `field` id, so one request can fill several fields.',
    http: 'POST',
    kind: 'write',
    path: '/api/3/fieldOption/bulk',
    params: [],
    body: {
      type: 'object',
      required: ['fieldOptions'],
      properties: {
        fieldOptions: {
          type: 'array',
          description: 'The options to add.',
          items: {
            type: 'object',
            required: ['field', 'value'],
            properties: {
              field: {
                type: 'integer',
                minimum: 1,
                description: 'Id of the custom field the option belongs to.',
                example: 1,
              },
              label: { type: 'string', description: 'Text shown to people.', example: 'Gold tier' },
              value: { type: 'string', description: 'Value stored on the contact when chosen.', example: 'Gold' },
              orderid: { type: 'integer', minimum: 1, description: 'Display position among the options.', example: 1 },
              isdefault: { type: 'boolean', description: 'Whether this option is preselected.', example: false },
            },
          },
        },
      },
    },
    bodyRequired: true,
    responses: [
      {
        status: 201,
        description: 'The options were created.',
        example: {
          fieldOptions: [
            {
              orderid: 1,
              value: 'Gold',
              label: 'Gold tier',
              isdefault: 0,
              field: '62',
              cdate: '2026-01-15T09:30:00-06:00',
              udate: '2026-01-15T09:30:00-06:00',
              links: { field: 'https://sandbox.api-us1.com/api/3/fieldOptions/1/field' },
              id: '1',
            },
          ],
        },
      },
      {
        status: 422,
        description: 'The body is not an array of options under fieldOptions.',
        example: { errors: 'Bulk operation failed. Request must contain an array of fieldOption objects.' },
      },
      authError,
    ],
  },
];
