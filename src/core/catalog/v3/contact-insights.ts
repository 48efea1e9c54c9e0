import type { V3Method } from '../types';
import { authError, idParam } from './common';
import { contactRelated } from './contact-related';
import { noteExample } from './notes';

const API = 'https://sandbox.api-us1.com/api/3';

export const contactInsightsMethods: readonly V3Method[] = [
  contactRelated(
    'listNotes',
    "List a contact's notes",
    'Lists the notes attached to the contact (reltype Subscriber). To add one use "Create a note".',
    'notes',
    'The notes; owner says what each note is attached to.',
    {
      notes: [
        // This list links each note only to its user and owner.
        { ...noteExample, links: { user: `${API}/notes/1/user`, owner: `${API}/notes/1/owner` } },
      ],
    },
  ),
  contactRelated(
    'getOrganization',
    "Get a contact's organization",
    'Returns the organization linked through the deprecated orgid field. New integrations should use accounts and "List a contact\'s account associations" instead.',
    'organization',
    'The organization the contact belongs to.',
    {
      organization: {
        name: 'Acme Inc',
        created_timestamp: '2026-01-10T16:15:47-06:00',
        updated_timestamp: '2026-01-12T06:28:56-06:00',
        userid: '1',
        id: '9',
        owner: '1',
      },
    },
  ),
  contactRelated(
    'getPlusAppend',
    "Get a contact's Plus Append data",
    'Returns the profile picture and social profile links found for the contact by data enrichment (Plus Append). Empty unless that feature has run for the contact.',
    'plusAppend',
    'The enrichment record.',
    {
      plusAppend: {
        contact: '1',
        last_updated_rapleaf: null,
        last_updated_fliptop: null,
        last_updated_fullcontact: null,
        imageUrl: 'https://img.example.com/avatars/jane-doe.png',
        membershipsFacebook: '',
        membershipsTwitter: 'https://twitter.com/janedoe',
        membershipsLinkedin: '',
        links: { contact: `${API}/plusAppends/2/contact` },
        id: '2',
      },
    },
  ),
  contactRelated(
    'listScoreValues',
    "List a contact's score values",
    'Lists the contact\'s current points in each lead-scoring rule. `score` is the score id (see "List scores").',
    'scoreValues',
    'One value per score; scoreValue is a string.',
    {
      scoreValues: [
        {
          score: '2',
          contact: '1',
          deal: null,
          cdate: '2026-01-15T14:01:16-06:00',
          mdate: '2026-01-20T20:15:28-06:00',
          scoreValue: '50',
          links: {
            score: `${API}/scoreValues/1/score`,
            contact: `${API}/scoreValues/1/contact`,
            deal: `${API}/scoreValues/1/deal`,
          },
          id: '1',
        },
      ],
    },
  ),
  contactRelated(
    'listTrackingLogs',
    "List a contact's tracking logs",
    'Lists the site and event tracking entries recorded for the contact (custom events sent with event tracking, page visits). Each entry\'s id can be passed to "Get the contact behind a tracking event".',
    'trackingLogs',
    'The tracking entries; type is the event name and value its payload.',
    {
      trackingLogs: [
        {
          subscriberid: '1',
          type: 'Downloaded whitepaper',
          value: 'pricing-guide.pdf',
          tstamp: '2026-01-21T12:39:59-06:00',
          hash: '358a9a13d85efb7b888014ec57790efb6c13ab3a',
          links: { contact: `${API}/trackingLogs/12/contact` },
          id: '12',
          contact: '1',
        },
      ],
    },
  ),
  {
    id: 'v3.geoIps.getGeoAddress',
    api: 'v3',
    group: 'Contacts',
    summary: 'Get a geo address',
    description:
      'Returns the location (country, state, city, time zone, coordinates) resolved for one geo IP record. Take the id from the `geoAddress` field of "List a contact\'s geo IPs".',
    http: 'GET',
    kind: 'read',
    path: '/api/3/geoIps/{geoAddressID}/geoAddress',
    params: [idParam('The geo address id (geoAddress on a geo IP record).', 'geoAddressID')],
    responses: [
      {
        status: 200,
        description: 'The resolved location.',
        example: {
          geoAddress: {
            ip4: '3405803777',
            country2: 'US',
            country: 'United States',
            state: 'Illinois',
            city: 'Chicago',
            zip: '60601',
            area: '0',
            lat: '41.8860',
            lon: '-87.6220',
            tz: 'America/Chicago',
            tstamp: '2026-01-20T14:14:46-06:00',
            links: [],
            id: '2',
          },
        },
      },
      {
        status: 404,
        description: 'No geo address has this id.',
        example: { message: 'No Result found for Subscriber with id 100' },
      },
      authError,
    ],
  },
];
