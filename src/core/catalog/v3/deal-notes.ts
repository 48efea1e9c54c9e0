import type { V3Method } from '../types';
import { authError, badRequest, idParam, paginationParams } from './common';
import { recordNoteBody } from './notes';

/* Deal notes and the deal activity stream. */

const base = 'https://sandbox.api-us1.com/api/3';

const dealSideload = {
  activitycount: '2',
  cdate: '2026-01-15T09:30:00-06:00',
  contact: '1',
  currency: 'usd',
  edate: null,
  group: '1',
  hash: 'e42436fc',
  id: '1',
  links: {
    dealActivities: `${base}/deals/1/dealActivities`,
    contact: `${base}/deals/1/contact`,
    notes: `${base}/deals/1/notes`,
    stage: `${base}/deals/1/stage`,
    tasks: `${base}/deals/1/tasks`,
  },
  mdate: '2026-01-15T10:05:00-06:00',
  nextdate: null,
  nextdealid: '1',
  nexttaskid: null,
  organization: null,
  owner: '1',
  percent: '0',
  stage: '1',
  status: '0',
  title: 'Acme renewal 2026',
  value: '45600',
};

function noteExample(text: string, mdate: string) {
  return {
    cdate: '2026-01-15T10:05:00-06:00',
    id: '2',
    links: {
      activities: `${base}/notes/2/activities`,
      mentions: `${base}/notes/2/mentions`,
      notes: `${base}/notes/2/notes`,
      owner: `${base}/notes/2/owner`,
      user: `${base}/notes/2/user`,
    },
    mdate,
    note: text,
    owner: { id: '1', type: 'deal' },
    relid: '1',
    reltype: 'Deal',
    user: '1',
    userid: '1',
  };
}

const noteBody = recordNoteBody('Asked for a quote with the 3-year discount.');

function activityExample(id: string, dataType: string, dataId: string) {
  return {
    d_id: '1',
    d_stageid: '0',
    userid: '1',
    dataId,
    dataType,
    dataAction: 'add',
    dataOldval: '',
    cdate: '2026-01-15T09:30:00-06:00',
    sortdate: '2026-01-15T09:30:00-06:00',
    isAddtask: '0',
    deleted: '0',
    seriesid: '0',
    links: {
      deal: `${base}/dealActivities/${id}/deal`,
      stage: `${base}/dealActivities/${id}/stage`,
      user: `${base}/dealActivities/${id}/user`,
      automation: `${base}/dealActivities/${id}/automation`,
      activity: `${base}/dealActivities/${id}/activity`,
    },
    id,
    deal: '1',
    stage: null,
    user: '1',
    automation: null,
  };
}

export const dealNotesMethods: readonly V3Method[] = [
  {
    id: 'v3.deals.createNote',
    api: 'v3',
    group: 'Deals',
    summary: 'Add a note to a deal',
    description:
      'Attaches a text note to a deal; it shows on the deal’s timeline. The answer carries the note and the deal it was added to.',
    http: 'POST',
    kind: 'write',
    path: '/api/3/deals/{id}/notes',
    params: [idParam('Id of the deal that gets the note.')],
    body: noteBody,
    bodyRequired: true,
    responses: [
      {
        status: 201,
        description: 'The note was created; its id is in note.id.',
        example: {
          deals: [dealSideload],
          note: noteExample('Asked for a quote with the 3-year discount.', '2026-01-15T10:05:00-06:00'),
        },
      },
      authError,
    ],
  },
  {
    id: 'v3.deals.updateNote',
    api: 'v3',
    group: 'Deals',
    summary: 'Update a deal note',
    description: 'Replaces the text of a note on a deal. Both the deal id and the note id go in the path.',
    http: 'PUT',
    kind: 'write',
    path: '/api/3/deals/{id}/notes/{noteId}',
    params: [idParam('Id of the deal the note belongs to.'), idParam('Id of the note to change.', 'noteId')],
    body: noteBody,
    bodyRequired: true,
    responses: [
      {
        status: 200,
        description: 'The updated note, with its deal sideloaded.',
        example: {
          deals: [dealSideload],
          note: noteExample('Quote sent; follow up on Friday.', '2026-01-16T08:45:00-06:00'),
        },
      },
      authError,
    ],
  },
  {
    id: 'v3.dealActivities.list',
    api: 'v3',
    group: 'Deals',
    summary: 'List deal activities',
    description:
      'The activity stream of deals: creation, stage moves, notes, tasks, emails and so on. Narrow it to one deal with `deal` (or call GET /deals/{id}/dealActivities), and to one kind of event with `filters[data_type]`.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/dealActivities',
    params: [
      ...paginationParams,
      {
        name: 'exclude',
        in: 'query',
        schema: { type: 'string', example: 'email' },
        description: 'Send `email` to leave out email, connection email and link activity.',
      },
      {
        name: 'deal',
        in: 'query',
        schema: { type: 'string', example: '1' },
        description: 'Only activity of this deal id.',
      },
      {
        name: 'filters[data_type]',
        in: 'query',
        schema: { type: 'string', example: 'note' },
        description: 'Only activity of this `dataType`, e.g. `note`, `task`, `contact` or `userid`.',
      },
      {
        name: 'filters[data_id]',
        in: 'query',
        schema: { type: 'string', example: '291' },
        description: 'Only activity about this related record (its `dataId`), e.g. one note id.',
      },
    ],
    responses: [
      {
        status: 200,
        description: 'A page of activity records.',
        example: {
          dealActivities: [activityExample('15110', '', '0'), activityExample('15111', 'contact', '1')],
          meta: { total: '2' },
        },
      },
      badRequest,
      authError,
    ],
  },
];
