import type { ParamDef, V1Method } from '../types';
import { form, idParam, idsParam, listsParam, rows, v1Failure, v1Ok } from './common';

/** Message content fields shared by message_add and message_edit. */
function messageFields(required: boolean): readonly ParamDef[] {
  return [
    form(
      'format',
      { type: 'string', enum: ['html', 'text', 'mime'], example: 'mime' },
      'mime = HTML plus text part.',
      required,
    ),
    form('subject', { type: 'string', example: 'Our January news' }, 'Subject line.', required),
    form('fromemail', { type: 'string', format: 'email', example: 'news@example.com' }, 'Sender address.', required),
    form('fromname', { type: 'string', example: 'Acme News' }, 'Sender name.', required),
    form('reply2', { type: 'string', format: 'email', example: 'support@example.com' }, 'Reply-to address.'),
    form('priority', { type: 'integer', enum: [1, 3, 5], example: 3 }, '1 high, 3 normal, 5 low.'),
    form('charset', { type: 'string', example: 'utf-8' }, 'Character set.'),
    form('encoding', { type: 'string', example: 'quoted-printable' }, 'Transfer encoding.'),
    form(
      'htmlconstructor',
      { type: 'string', enum: ['editor', 'external', 'upload'], example: 'editor' },
      'Where the HTML comes from: the html field, a URL, or an upload.',
    ),
    form('html', { type: 'string', example: '<p>Hello %FIRSTNAME%,</p>' }, 'HTML body; personalization tags work.'),
    form(
      'textconstructor',
      { type: 'string', enum: ['editor', 'external', 'upload'], example: 'editor' },
      'Text source.',
    ),
    form('text', { type: 'string', example: 'Hello %FIRSTNAME%,' }, 'Plain-text body.'),
    listsParam('form', 'Lists the message belongs to; key and value both the list id.', required),
  ];
}

function templateFields(required: boolean): readonly ParamDef[] {
  return [
    form('name', { type: 'string', example: 'Monthly newsletter' }, 'Template name.', required),
    form('html', { type: 'string', example: '<p>Hello %FIRSTNAME%,</p>' }, 'Template HTML.', required),
    form(
      'template_scope',
      { type: 'string', enum: ['all', 'specific'], example: 'all' },
      'all = usable with every list; specific = only the lists in p[...].',
    ),
    listsParam('form', 'With template_scope=specific: the lists that may use it.'),
  ];
}

const messageRecord = {
  id: '1',
  format: 'mime',
  subject: 'Our January news',
  fromname: 'Acme News',
  fromemail: 'news@example.com',
  reply2: 'support@example.com',
  cdate: '2026-01-15 09:30:00',
  mdate: '2026-01-15 09:30:00',
};

const templateRecord = { id: '1', name: 'Monthly newsletter', mdate: '2026-01-15 09:30:00' };

export const v1MessagesMethods: readonly V1Method[] = [
  {
    id: 'v1.message_add',
    api: 'v1',
    group: 'Messages',
    summary: 'Add a message (v1)',
    description: 'Creates an email message (subject, sender, body) that campaign_create can then send to lists.',
    http: 'POST',
    kind: 'write',
    action: 'message_add',
    params: messageFields(true),
    responses: [
      v1Ok('result_code 1; id is the new message id (result_message wording varies).', { id: 1 }),
      v1Failure('result_code 0: the message was not created.'),
    ],
  },
  {
    id: 'v1.message_edit',
    api: 'v1',
    group: 'Messages',
    summary: 'Edit a message (v1)',
    description: 'Changes the content or sender of an existing message. Campaigns already sent keep what they sent.',
    http: 'POST',
    kind: 'write',
    action: 'message_edit',
    params: [idParam('form', 'The message id to update.'), ...messageFields(false)],
    responses: [v1Ok('result_code 1: the message was updated.'), v1Failure('result_code 0: no message has this id.')],
  },
  {
    id: 'v1.message_view',
    api: 'v1',
    group: 'Messages',
    summary: 'View a message (v1)',
    description: 'Returns one message with its subject, sender and body.',
    http: 'GET',
    kind: 'read',
    action: 'message_view',
    params: [idParam('query', 'The message id.')],
    responses: [
      v1Ok('result_code 1 with the message fields.', { ...messageRecord, html: '<p>Hello %FIRSTNAME%,</p>' }),
      v1Failure('result_code 0: no message has this id.'),
    ],
  },
  {
    id: 'v1.message_list',
    api: 'v1',
    group: 'Messages',
    summary: 'List messages (v1)',
    description: 'Returns the messages you name by id.',
    http: 'GET',
    kind: 'read',
    action: 'message_list',
    params: [idsParam('query', 'Comma-separated message ids, or all.', 'all')],
    responses: [
      v1Ok('result_code 1; messages keyed "0", "1", ….', rows(messageRecord)),
      v1Failure('result_code 0: no message matched.'),
    ],
  },
  {
    id: 'v1.message_delete',
    api: 'v1',
    group: 'Messages',
    summary: 'Delete a message (v1)',
    description: 'Deletes one message.',
    http: 'GET',
    kind: 'destructive',
    action: 'message_delete',
    params: [idParam('query', 'The message id to delete.')],
    responses: [v1Ok('result_code 1: the message is gone.'), v1Failure('result_code 0: no message has this id.')],
  },
  {
    id: 'v1.message_delete_list',
    api: 'v1',
    group: 'Messages',
    summary: 'Delete several messages (v1)',
    description: 'Deletes every message in a comma-separated id list.',
    http: 'GET',
    kind: 'destructive',
    action: 'message_delete_list',
    params: [idsParam('query', 'Comma-separated message ids.')],
    responses: [v1Ok('result_code 1: the messages are gone.'), v1Failure('result_code 0: nothing was deleted.')],
  },
  {
    id: 'v1.message_template_add',
    api: 'v1',
    group: 'Messages',
    summary: 'Add an email template (v1)',
    description: 'Saves reusable HTML as a template, for every list or only for some.',
    http: 'POST',
    kind: 'write',
    action: 'message_template_add',
    params: templateFields(true),
    responses: [
      v1Ok('result_code 1; id is the new template id (result_message wording varies).', { id: 1 }),
      v1Failure('result_code 0: the template was not saved.'),
    ],
  },
  {
    id: 'v1.message_template_edit',
    api: 'v1',
    group: 'Messages',
    summary: 'Edit an email template (v1)',
    description: "Changes a template's name, HTML or scope.",
    http: 'POST',
    kind: 'write',
    action: 'message_template_edit',
    params: [idParam('form', 'The template id to update.'), ...templateFields(false)],
    responses: [v1Ok('result_code 1: the template was updated.'), v1Failure('result_code 0: no template has this id.')],
  },
  {
    id: 'v1.message_template_view',
    api: 'v1',
    group: 'Messages',
    summary: 'View an email template (v1)',
    description: 'Returns one template with its HTML.',
    http: 'GET',
    kind: 'read',
    action: 'message_template_view',
    params: [idParam('query', 'The template id.')],
    responses: [
      v1Ok('result_code 1 with the template fields.', { ...templateRecord, content: '<p>Hello %FIRSTNAME%,</p>' }),
      v1Failure('result_code 0: no template has this id.'),
    ],
  },
  {
    id: 'v1.message_template_list',
    api: 'v1',
    group: 'Messages',
    summary: 'List email templates (v1)',
    description: 'Returns the templates you name by id.',
    http: 'GET',
    kind: 'read',
    action: 'message_template_list',
    params: [idsParam('query', 'Comma-separated template ids, or all.', 'all')],
    responses: [
      v1Ok('result_code 1; templates keyed "0", "1", ….', rows(templateRecord)),
      v1Failure('result_code 0: no template matched.'),
    ],
  },
  {
    id: 'v1.message_template_delete',
    api: 'v1',
    group: 'Messages',
    summary: 'Delete an email template (v1)',
    description: 'Deletes one template; messages built from it are not affected.',
    http: 'GET',
    kind: 'destructive',
    action: 'message_template_delete',
    params: [idParam('query', 'The template id to delete.')],
    responses: [v1Ok('result_code 1: the template is gone.'), v1Failure('result_code 0: no template has this id.')],
  },
];
