import type { ObjectSchema, V3Method } from '../types';
import { auditAttributes, authError, deleted, idParam } from './common';
import {
  contactExample,
  contactNotFound,
  createdContactOptional,
  fieldValueExample,
  fieldValuesSchema,
  orgidSchema,
} from './contacts';

/** Body for update and sync: the same fields, plus the deprecated `deleted` flag. */
function contactChangeBody(emailRequired: boolean): ObjectSchema {
  return {
    type: 'object',
    required: ['contact'],
    properties: {
      contact: {
        type: 'object',
        ...(emailRequired ? { required: ['email'] } : {}),
        properties: {
          email: {
            type: 'string',
            format: 'email',
            description: emailRequired
              ? 'The address that identifies the contact to create or update.'
              : 'New email address.',
            example: 'jane.doe@example.com',
          },
          firstName: { type: 'string', example: 'Jane' },
          lastName: { type: 'string', example: 'Doe' },
          phone: { type: 'string', example: '+1 312 555 0100' },
          fieldValues: fieldValuesSchema,
          orgid: orgidSchema,
          deleted: {
            type: 'boolean',
            description: 'Deprecated: use "Delete a contact" to remove a contact.',
            example: false,
          },
        },
      },
    },
  };
}

/** Unlike create's, sync's answer is expected to carry the name, phone and hash. */
const syncedContactOptional = createdContactOptional.filter(
  (key) => !['contact.phone', 'contact.firstName', 'contact.lastName', 'contact.hash'].includes(key),
);

export const contactUpdatesMethods: readonly V3Method[] = [
  {
    id: 'v3.contacts.update',
    api: 'v3',
    group: 'Contacts',
    summary: 'Update a contact',
    description:
      'Changes the fields you send on an existing contact; fields you leave out keep their value. Custom fields go in fieldValues, one entry per field.',
    http: 'PUT',
    kind: 'write',
    path: '/api/3/contacts/{id}',
    params: [idParam('The id of the contact to change.')],
    body: contactChangeBody(false),
    bodyRequired: true,
    responses: [
      {
        status: 200,
        optional: auditAttributes,
        description: 'The contact as it is now, with the custom field values that were written.',
        example: { fieldValues: [fieldValueExample], contact: contactExample },
      },
      contactNotFound,
      authError,
    ],
  },
  {
    id: 'v3.contacts.delete',
    api: 'v3',
    group: 'Contacts',
    summary: 'Delete a contact',
    description:
      'Removes a contact together with its list memberships, tags and field values. It cannot be undone through the API.',
    http: 'DELETE',
    kind: 'destructive',
    path: '/api/3/contacts/{id}',
    params: [idParam('The id of the contact to delete.')],
    responses: [
      deleted,
      {
        status: 404,
        description: 'No contact has this id (note the lower-case message on this endpoint).',
        example: { message: 'No result found for contact with id 1' },
      },
      authError,
    ],
  },
  {
    id: 'v3.contacts.sync',
    api: 'v3',
    group: 'Contacts',
    summary: 'Sync a contact',
    description:
      'Creates the contact if the email is new, otherwise updates the existing one: the safe choice when you do not know whether the contact exists. Only the fields you send are changed.',
    http: 'POST',
    kind: 'write',
    path: '/api/3/contact/sync',
    params: [],
    body: contactChangeBody(true),
    bodyRequired: true,
    responses: [
      {
        status: 201,
        optional: syncedContactOptional,
        description:
          'The contact as stored, with the custom field values that were written. Documented as 201; whether updating an existing contact also answers 201 is not documented.',
        example: { fieldValues: [fieldValueExample], contact: contactExample },
      },
      {
        status: 400,
        description: 'The body could not be processed; the body is an empty object.',
        example: {},
      },
      authError,
    ],
  },
];
