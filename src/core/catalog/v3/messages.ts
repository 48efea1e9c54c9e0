import type { Schema, V3Method } from '../types';
import { authError, badRequestUnhandled, deleted, idParam, notFound } from './common';

const messageExample = {
  userid: '1',
  ed_instanceid: '0',
  ed_version: '1',
  cdate: '2026-01-15T09:30:00-06:00',
  mdate: '2026-01-15T09:45:00-06:00',
  name: 'Welcome email',
  fromname: 'Sandbox Store',
  fromemail: 'news@example.com',
  reply2: 'support@example.com',
  priority: '3',
  charset: 'utf-8',
  encoding: '8bit',
  format: 'mime',
  subject: 'Welcome to %LISTNAME%',
  preheader_text: 'Your first steps',
  text: 'Hi %FIRSTNAME%, thanks for joining.',
  html: '<p>Hi %FIRSTNAME%, thanks for joining.</p>',
  htmlfetch: 'now',
  textfetch: 'now',
  hidden: '0',
  preview_mime: '',
  preview_data: null,
  links: {
    user: 'https://sandbox.api-us1.com/api/3/messages/1/user',
    hyperlinks: 'https://sandbox.api-us1.com/api/3/messages/1/hyperlinks',
  },
  id: '1',
  user: '1',
};

const headerProps: Record<string, Schema> = {
  fromname: { type: 'string', description: 'Sender name recipients see.', example: 'Sandbox Store' },
  fromemail: {
    type: 'string',
    format: 'email',
    description: 'Sender address recipients see.',
    example: 'news@example.com',
  },
  reply2: { type: 'string', format: 'email', description: 'Address replies go to.', example: 'support@example.com' },
  subject: {
    type: 'string',
    description: 'Subject line; personalization tags such as %FIRSTNAME% work here.',
    example: 'Welcome to %LISTNAME%',
  },
  preheader_text: { type: 'string', description: 'Preview text shown after the subject.', example: 'Your first steps' },
};

export const messagesMethods: readonly V3Method[] = [
  {
    id: 'v3.messages.list',
    api: 'v3',
    group: 'Messages',
    summary: 'List messages',
    description:
      'Returns the email messages of the account: the content (subject, HTML, text) that campaigns send. The html field can be very large.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/messages',
    params: [],
    responses: [
      {
        status: 200,
        description: 'The messages; meta.total holds the count as a string.',
        example: { messages: [messageExample], meta: { total: '1' } },
      },
      badRequestUnhandled,
      authError,
    ],
  },
  {
    id: 'v3.messages.get',
    api: 'v3',
    group: 'Messages',
    summary: 'Get a message',
    description: 'Returns one email message with its sender, subject and full HTML and text content.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/messages/{id}',
    params: [idParam("The message's id.")],
    responses: [
      { status: 200, description: 'The message.', example: { message: messageExample } },
      notFound('Message'),
      authError,
    ],
  },
  {
    id: 'v3.messages.create',
    api: 'v3',
    group: 'Messages',
    summary: 'Create a message',
    description:
      'Creates an email message from sender details and a subject. Set its HTML and text content afterwards with "Update a message".',
    http: 'POST',
    kind: 'write',
    path: '/api/3/messages',
    params: [],
    body: {
      type: 'object',
      required: ['message'],
      properties: {
        message: { type: 'object', required: ['fromname', 'fromemail', 'reply2'], properties: headerProps },
      },
    },
    bodyRequired: true,
    responses: [
      {
        status: 201,
        description: 'The message was created; its id is in message.id.',
        example: {
          message: {
            fromname: 'Sandbox Store',
            fromemail: 'news@example.com',
            reply2: 'support@example.com',
            subject: 'Welcome to %LISTNAME%',
            preheader_text: 'Your first steps',
            text: '',
            html: '',
            links: {
              user: 'https://sandbox.api-us1.com/api/3/messages/28/user',
              hyperlinks: 'https://sandbox.api-us1.com/api/3/messages/28/hyperlinks',
            },
            id: '28',
          },
        },
      },
      badRequestUnhandled,
      authError,
    ],
  },
  {
    id: 'v3.messages.update',
    api: 'v3',
    group: 'Messages',
    summary: 'Update a message',
    description: "Changes a message's sender, subject, name or content. Send only the properties that should change.",
    http: 'PUT',
    kind: 'write',
    path: '/api/3/messages/{id}',
    params: [idParam("The message's id.")],
    body: {
      type: 'object',
      required: ['message'],
      properties: {
        message: {
          type: 'object',
          properties: {
            ...headerProps,
            name: { type: 'string', description: 'Internal name of the message.', example: 'Welcome email' },
            text: {
              type: 'string',
              description: 'Plain-text version of the content.',
              example: 'Hi %FIRSTNAME%, thanks for joining.',
            },
            html: {
              type: 'string',
              description: 'HTML version of the content.',
              example: '<p>Hi %FIRSTNAME%, thanks for joining.</p>',
            },
          },
        },
      },
    },
    bodyRequired: true,
    responses: [
      {
        status: 200,
        nullable: ['message.user'],
        description: 'The message after the change.',
        example: { message: messageExample },
      },
      notFound('Message'),
      authError,
    ],
  },
  {
    id: 'v3.messages.delete',
    api: 'v3',
    group: 'Messages',
    summary: 'Delete a message',
    description: 'Removes an email message by id. Check first that no draft campaign still uses it.',
    http: 'DELETE',
    kind: 'destructive',
    path: '/api/3/messages/{id}',
    params: [idParam("The message's id.")],
    responses: [deleted, badRequestUnhandled, authError],
  },
];
