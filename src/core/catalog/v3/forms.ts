import type { ObjectSchema, ParamDef, V3Method } from '../types';
import { authError, badRequestUnprocessed, deleted, paginationParams } from './common';

const formIdParam: ParamDef = {
  name: 'id',
  in: 'path',
  required: true,
  schema: { type: 'integer', minimum: 1, example: 1 },
  description: "The form's id.",
};

const formExample = {
  name: 'Newsletter signup',
  action: '',
  actiondata: { actions: [{ type: 'subscribe-to-list', email: 'jane.doe@example.com', list: '1' }] },
  submit: 'show-thank-you',
  submitdata: { url: '' },
  url: '',
  layout: 'inline-form',
  title: '',
  body: '',
  button: 'Submit',
  thanks: 'Thanks for signing up!',
  style: {
    background: 'FFFFFF',
    dark: true,
    fontcolor: '000000',
    layout: 'normal',
    border: { width: 0, style: 'solid', color: 'B0B0B0', radius: 0 },
    width: 500,
    ac_branding: true,
    button: {
      padding: 10,
      background: '333333',
      fontcolor: 'FFFFFF',
      border: { radius: 4, color: '333333', style: 'solid', width: 0 },
    },
  },
  options: {
    blanks_overwrite: true,
    confaction: 'show-message',
    sendoptin: true,
    optin_id: 1,
    optin_created: true,
    confform: '2',
  },
  cfields: [
    { type: 'header', header: 'Subscribe for Email Updates', class: '_x41699710' },
    { header: 'Full Name', type: 'fullname', default_text: 'Type your name', class: '_x67999677' },
    { header: 'Email', type: 'email', default_text: 'Type your email', required: true, class: '_x68140262' },
  ],
  parentformid: '0',
  userid: '1',
  addressid: '0',
  cdate: '2026-01-15T09:30:00-06:00',
  udate: '2026-01-15T09:30:05-06:00',
  entries: '0',
  aid: '0',
  links: { address: 'https://sandbox.api-us1.com/api/3/forms/1/address' },
  id: '1',
  address: null,
};

/** The references document no body for writing forms; the `form` root is ActiveCampaign's convention. */
const formBody: ObjectSchema = {
  type: 'object',
  required: ['form'],
  properties: {
    form: {
      type: 'json',
      description:
        'Form properties, shaped like the `form` object that "Get a form" returns. Not documented in detail.',
      example: { name: 'Newsletter signup', button: 'Submit', thanks: 'Thanks for signing up!' },
    },
  },
};

export const formsMethods: readonly V3Method[] = [
  {
    id: 'v3.forms.list',
    api: 'v3',
    group: 'Forms',
    summary: 'List forms',
    description:
      'Lists the sign-up forms built in the account, with their layout, style, fields (`cfields`) and what happens on submit (e.g. subscribe to a list).',
    http: 'GET',
    kind: 'read',
    path: '/api/3/forms',
    params: [...paginationParams],
    responses: [
      {
        status: 200,
        optional: ['forms[].cfields[].header'],
        description: 'A page of forms, with the total count as a string in meta.total.',
        example: { forms: [formExample], meta: { total: '1' } },
      },
      badRequestUnprocessed,
      authError,
    ],
  },
  {
    id: 'v3.forms.get',
    api: 'v3',
    group: 'Forms',
    summary: 'Get a form',
    description:
      'Returns one form with its fields, style and submit actions. Gotcha: an unknown id is answered with 403, not 404.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/forms/{id}',
    params: [formIdParam],
    responses: [
      {
        status: 200,
        optional: [
          'form.actiondata.actions[].list',
          'form.options.sendoptin',
          'form.options.optin_id',
          'form.options.optin_created',
          'form.options.confform',
          'form.cfields[].header',
          'form.cfields[].type',
        ],
        nullable: ['form.aid'],
        description: 'The form.',
        example: { form: formExample },
      },
      {
        status: 403,
        description: 'No form has this id, or the key is missing, invalid or not allowed to see forms.',
        example: { message: 'No Result found for Form with id 1' },
      },
    ],
  },
  {
    id: 'v3.forms.create',
    api: 'v3',
    group: 'Forms',
    summary: 'Create a form',
    description:
      'Creates a form. Only one reference lists this call, without a documented body or response; forms are normally built in the form designer of the app.',
    http: 'POST',
    kind: 'write',
    path: '/api/3/forms',
    params: [],
    body: formBody,
    bodyRequired: true,
    responses: [{ status: 200, description: 'The form was created (response body not documented).' }, authError],
  },
  {
    id: 'v3.forms.update',
    api: 'v3',
    group: 'Forms',
    summary: 'Update a form',
    description: 'Changes a form. Only one reference lists this call, without a documented body or response.',
    http: 'PUT',
    kind: 'write',
    path: '/api/3/forms/{id}',
    params: [formIdParam],
    body: formBody,
    bodyRequired: true,
    responses: [{ status: 200, description: 'The form was updated (response body not documented).' }, authError],
  },
  {
    id: 'v3.forms.delete',
    api: 'v3',
    group: 'Forms',
    summary: 'Delete a form',
    description: 'Removes a form by id. Only one reference lists this call; it answers with an empty object.',
    http: 'DELETE',
    kind: 'destructive',
    path: '/api/3/forms/{id}',
    params: [formIdParam],
    responses: [deleted, authError],
  },
  {
    id: 'v3.form.optin',
    api: 'v3',
    group: 'Forms',
    summary: 'Post a form opt-in',
    description:
      'Form opt-in endpoint. Only one reference lists it, with no parameters, body or description, so its exact behaviour is undocumented; try it in a test account first.',
    http: 'POST',
    kind: 'sends-messages',
    path: '/api/3/form/optin',
    params: [],
    responses: [{ status: 200, description: 'Accepted (response body not documented).' }, authError],
  },
];
