import type { ObjectSchema, V3Method } from '../types';
import { authError, deleted, idParam, notFound, paginationParams } from './common';

/* Calendar feeds: iCal subscriptions that put deal and contact tasks into an external calendar. */

const base = 'https://sandbox.api-us1.com/api/3';

function calendarExample(overrides: Record<string, unknown> = {}) {
  return {
    userid: '1',
    title: 'Sales tasks',
    type: 'All',
    token: '5540950ac4ed4f11591db934b701aff8',
    notification: '1',
    cdate: '2026-01-15T09:30:00-06:00',
    mdate: '2026-01-15T09:30:00-06:00',
    links: {
      calendarRels: `${base}/calendars/1/calendarRels`,
      calendarUsers: `${base}/calendars/1/calendarUsers`,
    },
    id: '1',
    ...overrides,
  };
}

function calendarBody(create: boolean): ObjectSchema {
  return {
    type: 'object',
    required: ['calendar'],
    properties: {
      calendar: {
        type: 'object',
        ...(create ? { required: ['title', 'type'] } : {}),
        properties: {
          title: { type: 'string', description: 'Name of the feed.', example: 'Sales tasks' },
          type: {
            type: 'string',
            enum: ['All', 'Deals', 'Contacts'],
            description: 'Which tasks the feed carries: deal tasks, contact tasks, or both.',
            example: 'All',
          },
          notification: {
            type: 'integer',
            enum: [0, 1],
            description: '1 turns on notifications for the feed.',
            example: 1,
          },
        },
      },
    },
  };
}

export const calendarsMethods: readonly V3Method[] = [
  {
    id: 'v3.calendars.list',
    api: 'v3',
    group: 'Calendars',
    summary: 'List calendar feeds',
    description:
      'Lists the calendar feeds of the account. Each feed’s `token` identifies its subscription link, so keep it private.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/calendars',
    params: [...paginationParams],
    responses: [
      {
        status: 200,
        description: 'A page of calendar feeds.',
        example: { calendars: [calendarExample({ notification: '0' })], meta: { total: '1' } },
      },
      authError,
    ],
  },
  {
    id: 'v3.calendars.get',
    api: 'v3',
    group: 'Calendars',
    summary: 'Get a calendar feed',
    description: 'Returns one calendar feed with its type, notification setting and token.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/calendars/{id}',
    params: [idParam("The calendar feed's id.")],
    responses: [
      { status: 200, description: 'The calendar feed.', example: { calendar: calendarExample() } },
      notFound('Calendar'),
      authError,
    ],
  },
  {
    id: 'v3.calendars.create',
    api: 'v3',
    group: 'Calendars',
    summary: 'Create a calendar feed',
    description:
      'Creates a feed of tasks for calendar apps. `type` chooses deal tasks, contact tasks or both; the answer holds the feed’s token.',
    http: 'POST',
    kind: 'write',
    path: '/api/3/calendars',
    params: [],
    body: calendarBody(true),
    bodyRequired: true,
    responses: [
      {
        status: 200,
        description: 'The feed was created; its id is in calendar.id.',
        example: { calendar: calendarExample({ notification: 1 }) },
      },
      authError,
    ],
  },
  {
    id: 'v3.calendars.update',
    api: 'v3',
    group: 'Calendars',
    summary: 'Update a calendar feed',
    description: 'Renames a feed, changes which tasks it carries, or turns its notifications on or off.',
    http: 'PUT',
    kind: 'write',
    path: '/api/3/calendars/{id}',
    params: [idParam("The calendar feed's id.")],
    body: calendarBody(false),
    bodyRequired: true,
    responses: [
      {
        status: 200,
        description: 'The updated feed.',
        example: { calendar: calendarExample({ type: 'Deals', notification: 0, mdate: '2026-01-16T11:00:00-06:00' }) },
      },
      authError,
    ],
  },
  {
    id: 'v3.calendars.delete',
    api: 'v3',
    group: 'Calendars',
    summary: 'Delete a calendar feed',
    description: 'Deletes a calendar feed; calendar apps subscribed to it stop receiving tasks.',
    http: 'DELETE',
    kind: 'destructive',
    path: '/api/3/calendars/{id}',
    params: [idParam("The calendar feed's id.")],
    responses: [deleted, authError],
  },
];
