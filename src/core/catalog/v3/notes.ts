import type { ObjectSchema, V3Method } from '../types';
import { authError, deleted, idParam, paginationParams } from './common';
import { sideloadedContactExample } from './contacts';

const API = 'https://sandbox.api-us1.com/api/3';

/** A note on a contact, as the notes endpoints return it. */
export const noteExample = {
  relid: '1',
  reltype: 'Subscriber',
  userid: '1',
  is_draft: '0',
  cdate: '2026-01-15T10:00:00-06:00',
  mdate: '2026-01-15T10:00:00-06:00',
  note: 'Asked for a demo next week.',
  links: {
    activities: `${API}/notes/1/activities`,
    user: `${API}/notes/1/user`,
    mentions: `${API}/notes/1/mentions`,
    notes: `${API}/notes/1/notes`,
    owner: `${API}/notes/1/owner`,
  },
  id: '1',
  user: '1',
  owner: { type: 'contact', id: '1' },
};

const noteBody: ObjectSchema = {
  type: 'object',
  required: ['note'],
  properties: {
    note: {
      type: 'object',
      required: ['note', 'reltype', 'relid'],
      properties: {
        note: {
          type: 'string',
          description: 'The text of the note.',
          example: 'Asked for a demo next week.',
        },
        reltype: {
          type: 'string',
          enum: ['Subscriber', 'Deal', 'DealTask', 'Activity', 'CustomerAccount'],
          description: 'What the note is attached to: Subscriber is a contact, CustomerAccount an account.',
          example: 'Subscriber',
        },
        relid: {
          type: 'integer',
          minimum: 1,
          description: 'The id of the contact, deal, task, activity or account.',
          example: 1,
        },
      },
    },
  },
};

/** The body of a note posted to a record's own notes (a deal's, an account's): the text alone. */
export function recordNoteBody(example: string): ObjectSchema {
  return {
    type: 'object',
    required: ['note'],
    properties: {
      note: {
        type: 'object',
        required: ['note'],
        properties: { note: { type: 'string', description: 'Text of the note.', example } },
      },
    },
  };
}

const emptyBadRequest = {
  status: 400,
  description: 'The request could not be processed; the body is an empty object.',
  example: {},
};

export const notesMethods: readonly V3Method[] = [
  {
    id: 'v3.notes.list',
    api: 'v3',
    group: 'Notes',
    summary: 'List notes',
    description:
      'Pages through every note in the account, whatever it is attached to; `owner` on each note says whether it belongs to a contact, deal, account or activity.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/notes',
    params: [...paginationParams],
    responses: [
      {
        status: 200,
        description: 'A page of notes, with the total count as a string in meta.total.',
        example: {
          notes: [
            noteExample,
            {
              ...noteExample,
              relid: '3',
              reltype: 'Deal',
              note: 'Sent the revised quote.',
              id: '2',
              owner: { type: 'deal', id: '3' },
            },
          ],
          meta: { total: '2' },
        },
      },
      authError,
    ],
  },
  {
    id: 'v3.notes.get',
    api: 'v3',
    group: 'Notes',
    summary: 'Get a note',
    description: 'Returns one note with the user who wrote it and the record it is attached to.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/notes/{id}',
    params: [idParam("The note's id.")],
    responses: [
      { status: 200, optional: ['note.is_draft'], description: 'The note.', example: { note: noteExample } },
      emptyBadRequest,
      authError,
    ],
  },
  {
    id: 'v3.notes.create',
    api: 'v3',
    group: 'Notes',
    summary: 'Create a note',
    description:
      "Attaches a note to a contact, deal, deal task, activity or account, chosen with reltype and relid. The note is written in the name of the key's user.",
    http: 'POST',
    kind: 'write',
    path: '/api/3/notes',
    params: [],
    body: noteBody,
    bodyRequired: true,
    responses: [
      {
        status: 201,
        optional: ['note.is_draft'],
        description: 'The note was created; the record it is attached to is sideloaded.',
        example: {
          contacts: [sideloadedContactExample],
          note: { ...noteExample, relid: 1, owner: { type: 'contact', id: 1 } },
        },
      },
      emptyBadRequest,
      authError,
    ],
  },
  {
    id: 'v3.notes.update',
    api: 'v3',
    group: 'Notes',
    summary: 'Update a note',
    description:
      "Replaces a note's text. reltype and relid must be sent again and must point at an existing record, or the call fails with 403.",
    http: 'PUT',
    kind: 'write',
    path: '/api/3/notes/{id}',
    params: [idParam('The id of the note to change.')],
    body: noteBody,
    bodyRequired: true,
    responses: [
      {
        status: 200,
        optional: ['note.is_draft'],
        description: 'The note as stored.',
        example: {
          note: { ...noteExample, mdate: '2026-01-16T08:12:00-06:00' },
        },
      },
      {
        status: 403,
        description: 'The record named by reltype and relid does not exist, or the key is not allowed.',
        example: { message: 'No Result found for Subscriber with id 1' },
      },
    ],
  },
  {
    id: 'v3.notes.delete',
    api: 'v3',
    group: 'Notes',
    summary: 'Delete a note',
    description: 'Deletes one note. An unknown id is reported as 403, not 404.',
    http: 'DELETE',
    kind: 'destructive',
    path: '/api/3/notes/{id}',
    params: [idParam('The id of the note to delete.')],
    responses: [
      deleted,
      {
        status: 403,
        description: 'No note has this id, or the key is missing, invalid or not allowed.',
        example: { message: 'No Result found for Note with id 1' },
      },
    ],
  },
];
