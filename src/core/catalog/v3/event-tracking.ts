import type { ObjectSchema, V3Method } from '../types';
import { authError, badRequestUnprocessed, paginationParams } from './common';

const toggleBody: ObjectSchema = {
  type: 'object',
  required: ['eventTracking'],
  properties: {
    eventTracking: {
      type: 'object',
      required: ['enabled'],
      properties: {
        enabled: {
          type: 'boolean',
          description: 'true to turn event tracking on, false to turn it off.',
          example: true,
        },
      },
    },
  },
};

const eventNameBody: ObjectSchema = {
  type: 'object',
  required: ['eventTrackingEvent'],
  properties: {
    eventTrackingEvent: {
      type: 'object',
      required: ['name'],
      properties: { name: { type: 'string', description: 'Name of the event.', example: 'watched demo video' } },
    },
  },
};

/** The tracking call is documented flat (no root key), as its form-post original on trackcmp.net. */
const trackBody: ObjectSchema = {
  type: 'object',
  required: ['actid', 'key', 'event', 'visit'],
  properties: {
    actid: {
      type: 'string',
      description: 'Your account id for tracking, shown as "actid" under Website > Site Tracking > Event tracking.',
      example: '223344551',
    },
    key: {
      type: 'string',
      description: 'The Event Key from the same settings page. Treat it like a password.',
      example: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
    },
    event: {
      type: 'string',
      maxLength: 32,
      description: 'Event name (at most 32 characters).',
      example: 'watched demo video',
    },
    eventdata: { type: 'string', description: 'Optional value stored with the event.', example: 'pricing-page' },
    visit: {
      type: 'string',
      description: 'JSON text naming the contact, e.g. {"email":"jane.doe@example.com"}.',
      example: '{"email":"jane.doe@example.com"}',
    },
  },
};

const localEventBody: ObjectSchema = {
  type: 'object',
  required: ['localEvent'],
  properties: {
    localEvent: {
      type: 'object',
      properties: {
        email: {
          type: 'string',
          format: 'email',
          description: "The contact's email address.",
          example: 'jane.doe@example.com',
        },
        tstamp: {
          type: 'string',
          format: 'date-time',
          description: 'When the event happened.',
          example: '2026-01-15T09:30:00-06:00',
        },
        input: {
          type: 'string',
          description: 'The event as JSON text, e.g. a page visit with its URL.',
          example: '{"event":"__pagevisit","url":"www.example.com"}',
        },
      },
    },
  },
};

export const eventTrackingMethods: readonly V3Method[] = [
  {
    id: 'v3.eventTracking.get',
    api: 'v3',
    group: 'Event tracking',
    summary: 'Get the event tracking status',
    description:
      'Tells whether event tracking is switched on for the account. Events are only recorded while it is on.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/eventTracking',
    params: [],
    responses: [
      { status: 200, description: 'Whether event tracking is on.', example: { eventTracking: { enabled: true } } },
      authError,
    ],
  },
  {
    id: 'v3.eventTracking.update',
    api: 'v3',
    group: 'Event tracking',
    summary: 'Turn event tracking on or off',
    description:
      'Switches event tracking on or off for the whole account (the same switch as under Website > Site Tracking).',
    http: 'PUT',
    kind: 'write',
    path: '/api/3/eventTracking',
    params: [],
    body: toggleBody,
    bodyRequired: true,
    responses: [
      { status: 200, description: 'The new status.', example: { eventTracking: { enabled: true } } },
      badRequestUnprocessed,
      authError,
    ],
  },
  {
    id: 'v3.eventTrackingEvents.list',
    api: 'v3',
    group: 'Event tracking',
    summary: 'List tracked event names',
    description:
      'Lists the names of the events the account tracks (built-in ones start with two underscores, e.g. __pagevisit). Only names, not occurrences.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/eventTrackingEvents',
    params: [...paginationParams],
    responses: [
      {
        status: 200,
        description: 'The event names; meta.total is a number here.',
        example: { eventTrackingEvents: [{ name: '__pagevisit' }, { name: '__redir' }], meta: { total: 2 } },
      },
      badRequestUnprocessed,
      authError,
    ],
  },
  {
    id: 'v3.eventTrackingEvents.create',
    api: 'v3',
    group: 'Event tracking',
    summary: 'Create a tracked event name',
    description:
      'Registers an event name without recording an occurrence of it, e.g. so it is known before the first event arrives.',
    http: 'POST',
    kind: 'write',
    path: '/api/3/eventTrackingEvents',
    params: [],
    body: eventNameBody,
    bodyRequired: true,
    responses: [
      {
        status: 201,
        description: 'The event name was created.',
        example: { eventTrackingEvent: { name: 'watched demo video' } },
      },
      authError,
    ],
  },
  {
    id: 'v3.eventTrackingEvents.delete',
    api: 'v3',
    group: 'Event tracking',
    summary: 'Delete a tracked event name',
    description:
      'Removes an event name. The name goes in the path; spaces must be percent-encoded (my%20event), which the explorer does for you.',
    http: 'DELETE',
    kind: 'destructive',
    path: '/api/3/eventTrackingEvents/{eventName}',
    params: [
      {
        name: 'eventName',
        in: 'path',
        required: true,
        schema: { type: 'string', example: 'watched demo video' },
        description: 'Name of the event to delete.',
      },
    ],
    responses: [
      { status: 200, description: 'Deleted; the body is an empty object.', example: {} },
      badRequestUnprocessed,
      authError,
    ],
  },
  {
    id: 'v3.event.track',
    api: 'v3',
    group: 'Event tracking',
    summary: 'Track an event for a contact',
    description:
      'Records one occurrence of an event for a contact (for example to start an automation). Event tracking must be on. Gotcha: ActiveCampaign documents this call as a form-encoded POST to https://trackcmp.net/event with the same five fields; only one reference lists it under /api/3/event.',
    http: 'POST',
    kind: 'write',
    path: '/api/3/event',
    params: [],
    body: trackBody,
    bodyRequired: true,
    responses: [
      { status: 200, description: 'The event was recorded.', example: { success: 1, message: 'Event spawned' } },
      badRequestUnprocessed,
    ],
  },
  {
    id: 'v3.localevent.create',
    api: 'v3',
    group: 'Event tracking',
    summary: 'Record a local event',
    description:
      'Internal call that ActiveCampaign\'s tracking service (TrackCmp) uses to store a tracked event, such as a page visit, for a contact. Integrations normally use "Track an event for a contact" instead.',
    http: 'POST',
    kind: 'write',
    path: '/api/3/localevent',
    params: [],
    body: localEventBody,
    bodyRequired: true,
    responses: [
      { status: 201, description: 'The event was stored.', example: {} },
      {
        status: 403,
        description: 'Refused, e.g. the key may not use this call; the body carries a message.',
        example: { message: 'Email message' },
      },
    ],
  },
];
