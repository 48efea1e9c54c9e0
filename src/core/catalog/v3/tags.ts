import type { ObjectSchema, V3Method } from '../types';
import { auditAttributes, authError, deleted, idParam, notFound, paginationParams, weightOrderParam } from './common';

const API = 'https://sandbox.api-us1.com/api/3';

const tagExample = {
  tagType: 'contact',
  tag: 'VIP',
  description: 'Customers with an annual plan',
  cdate: '2026-01-15T09:30:00-06:00',
  links: { contactGoalTags: `${API}/tags/16/contactGoalTags` },
  id: '16',
};

/** A contact-tag link, as the create answer and the link listing return it. */
export const contactTagExample = {
  cdate: '2026-01-15T09:30:00-06:00',
  contact: '1',
  id: '1',
  links: { contact: `${API}/contactTags/1/contact`, tag: `${API}/contactTags/1/tag` },
  tag: '16',
  created_timestamp: '2026-01-15 15:30:00',
  updated_timestamp: '2026-01-15 15:30:00',
};

/** The tag body; creating one needs the name, an update sends what changes. */
const tagBody = (nameRequired: boolean): ObjectSchema => ({
  type: 'object',
  required: ['tag'],
  properties: {
    tag: {
      type: 'object',
      ...(nameRequired ? { required: ['tag'] } : {}),
      properties: {
        tag: {
          type: 'string',
          description: 'The tag name, as shown in the app.',
          example: 'VIP',
        },
        tagType: {
          type: 'string',
          enum: ['contact', 'template'],
          description: '"contact" tags label contacts; "template" tags label email templates.',
          example: 'contact',
        },
        description: {
          type: 'string',
          description: 'Free text explaining the tag.',
          example: 'Customers with an annual plan',
        },
      },
    },
  },
});

export const tagsMethods: readonly V3Method[] = [
  {
    id: 'v3.tags.list',
    api: 'v3',
    group: 'Tags',
    summary: 'List tags',
    description:
      'Pages through the account\'s tags (contact and template tags alike). Use `search` for a quick "contains" match, or `filters[search][<operator>]` for exact control; you need a tag\'s id to add it to a contact.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/tags',
    params: [
      ...paginationParams,
      {
        name: 'search',
        in: 'query',
        schema: { type: 'string', example: 'vip' },
        description: 'Tags whose name contains this text.',
      },
      {
        name: 'filters[search]',
        in: 'query',
        schema: {
          type: 'map',
          keyLabel: 'Operator',
          keyEnum: ['eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'contains', 'starts_with'],
          value: {
            type: 'string',
            description: 'Text to compare the tag name with.',
            example: 'VIP',
          },
          example: { eq: 'VIP' },
        },
        description: 'Compare the tag name with an operator, sent as filters[search][<operator>]=<text>.',
      },
      weightOrderParam('search', 'search'),
    ],
    responses: [
      {
        status: 200,
        description: 'A page of tags, with the total count as a string in meta.total.',
        example: {
          tags: [
            tagExample,
            {
              ...tagExample,
              tagType: 'template',
              tag: 'Holiday',
              description: '',
              id: '17',
            },
          ],
          meta: { total: '2' },
        },
      },
      {
        status: 400,
        description: 'The query could not be understood; the body is an empty object.',
        example: {},
      },
      authError,
    ],
  },
  {
    id: 'v3.tags.get',
    api: 'v3',
    group: 'Tags',
    summary: 'Get a tag',
    description: 'Returns one tag, including how many contacts carry it (subscriber_count).',
    http: 'GET',
    kind: 'read',
    path: '/api/3/tags/{id}',
    params: [idParam("The tag's id.")],
    responses: [
      {
        status: 200,
        description: 'The tag.',
        example: { tag: { ...tagExample, subscriber_count: '42' } },
      },
      notFound('Tag'),
      authError,
    ],
  },
  {
    id: 'v3.tags.create',
    api: 'v3',
    group: 'Tags',
    summary: 'Create a tag',
    description:
      'Creates a tag that can then be added to contacts with "Add a tag to a contact". Creating a tag does not tag anyone.',
    http: 'POST',
    kind: 'write',
    path: '/api/3/tags',
    params: [],
    body: tagBody(true),
    bodyRequired: true,
    responses: [
      {
        status: 201,
        description: 'The tag was created; its id is in tag.id.',
        example: { tag: tagExample },
      },
      authError,
    ],
  },
  {
    id: 'v3.tags.update',
    api: 'v3',
    group: 'Tags',
    summary: 'Update a tag',
    description: 'Renames a tag or changes its type or description. Contacts keep the tag under its new name.',
    http: 'PUT',
    kind: 'write',
    path: '/api/3/tags/{id}',
    params: [idParam('The id of the tag to change.')],
    body: tagBody(false),
    bodyRequired: true,
    responses: [
      {
        status: 200,
        description: 'The tag as stored.',
        example: { tag: tagExample },
      },
      authError,
    ],
  },
  {
    id: 'v3.tags.delete',
    api: 'v3',
    group: 'Tags',
    summary: 'Delete a tag',
    description: 'Deletes a tag and removes it from every contact that had it.',
    http: 'DELETE',
    kind: 'destructive',
    path: '/api/3/tags/{id}',
    params: [idParam('The id of the tag to delete.')],
    responses: [deleted, notFound('Tag'), authError],
  },
  {
    id: 'v3.contactTags.create',
    api: 'v3',
    group: 'Tags',
    summary: 'Add a tag to a contact',
    description:
      'Tags a contact, using the ids of both (look the tag id up with "List tags"). Keep the returned contactTag id: removing the tag later needs it.',
    http: 'POST',
    kind: 'write',
    path: '/api/3/contactTags',
    params: [],
    body: {
      type: 'object',
      required: ['contactTag'],
      properties: {
        contactTag: {
          type: 'object',
          required: ['contact', 'tag'],
          properties: {
            contact: {
              type: 'string',
              description: 'The contact id.',
              example: '1',
            },
            tag: { type: 'string', description: 'The tag id.', example: '16' },
          },
        },
      },
    },
    bodyRequired: true,
    responses: [
      {
        status: 201,
        optional: auditAttributes,
        description: 'The contact now has the tag; contactTag.id identifies this link.',
        example: { contactTag: contactTagExample },
      },
      {
        status: 404,
        description: 'The contact or the tag does not exist.',
        example: {
          errors: [{ status: 404, title: 'Not Found', detail: 'Contact not found' }],
        },
      },
      {
        status: 422,
        description: 'The contact or tag id is missing.',
        example: {
          errors: [
            {
              status: 422,
              title: 'Missing attribute',
              source: { pointer: '/data/attributes/contact' },
            },
          ],
        },
      },
      authError,
    ],
  },
  {
    id: 'v3.contactTags.delete',
    api: 'v3',
    group: 'Tags',
    summary: 'Remove a tag from a contact',
    description:
      'Takes a tag off a contact. Gotcha: the id is the contactTag link id (from "Add a tag to a contact" or the contact\'s contactTags), not the tag id.',
    http: 'DELETE',
    kind: 'destructive',
    path: '/api/3/contactTags/{id}',
    params: [idParam('The contactTag id (the link between contact and tag).')],
    responses: [
      deleted,
      {
        ...notFound('SubscriberTag'),
        description: 'No contact-tag link has this id.',
      },
      authError,
    ],
  },
];
