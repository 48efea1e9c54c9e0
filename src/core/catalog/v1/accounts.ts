import type { ParamDef, V1Method } from '../types';
import { form, query, rows, v1Failure, v1Ok } from './common';

const RESELLER = 'Reseller API: only works for reseller (parent) accounts, and the key must belong to one.';

const accountName = (location: ParamDef['in'], description: string): ParamDef => ({
  name: 'account',
  in: location,
  required: true,
  schema: { type: 'string', example: 'acme' },
  description,
});

export const v1AccountsMethods: readonly V1Method[] = [
  {
    id: 'v1.account_view',
    api: 'v1',
    group: 'Accounts',
    summary: 'View your account (v1)',
    description:
      'Returns the account the key belongs to: owner, plan limits, status and credits. Only users in the admin group may call it; v3 replaces it with GET /api/3/settings/account.',
    http: 'GET',
    kind: 'read',
    action: 'account_view',
    params: [],
    responses: [
      v1Ok('result_code 1 with the account fields.', {
        account: 'acme.activehosted.com',
        email: 'owner@example.com',
        fname: 'Jane',
        lname: 'Doe',
        cname: 'Acme Inc',
        subscriber_limit: '2500',
        status: 'active',
        trial: 0,
        credits: 0,
      }),
      v1Failure("result_code 0: the key's user is not an admin or the account could not be read."),
    ],
  },
  {
    id: 'v1.account_list',
    api: 'v1',
    group: 'Accounts',
    summary: 'List reseller client accounts (v1)',
    description: `Lists the client accounts under a reseller. ${RESELLER}`,
    http: 'GET',
    kind: 'read',
    action: 'account_list',
    params: [
      query('search', { type: 'string', example: 'acme' }, 'Only accounts whose name contains this text.'),
      query('page', { type: 'integer', minimum: 1, example: 1 }, 'Page number.'),
    ],
    responses: [
      v1Ok(
        'result_code 1; accounts keyed "0", "1", ….',
        rows({ account: 'acme', cname: 'Acme Inc', status: 'active' }),
      ),
      v1Failure('result_code 0: no account matched, or this is not a reseller account.'),
    ],
  },
  {
    id: 'v1.account_name_check',
    api: 'v1',
    group: 'Accounts',
    summary: 'Check if an account name is free (v1)',
    description: `Tells whether an account (sub-domain) name can still be registered; call it before account_add. ${RESELLER}`,
    http: 'GET',
    kind: 'read',
    action: 'account_name_check',
    params: [accountName('query', 'The account name to check.')],
    responses: [
      v1Ok('result_code 1: the name is available.'),
      v1Failure('result_code 0: the name is taken or not allowed.'),
    ],
  },
  {
    id: 'v1.account_plans',
    api: 'v1',
    group: 'Accounts',
    summary: 'List reseller plans (v1)',
    description: `Lists the plans a reseller can put client accounts on; plan ids go into account_add. ${RESELLER}`,
    http: 'GET',
    kind: 'read',
    action: 'account_plans',
    params: [],
    responses: [
      v1Ok('result_code 1; plans keyed "0", "1", ….', rows({ id: '1', name: 'Lite', limit_sub: '500' })),
      v1Failure('result_code 0: no plans, or this is not a reseller account.'),
    ],
  },
  {
    id: 'v1.account_status',
    api: 'v1',
    group: 'Accounts',
    summary: 'Get a client account status (v1)',
    description: `Reports whether a client account is active, disabled or still being set up. ${RESELLER}`,
    http: 'GET',
    kind: 'read',
    action: 'account_status',
    params: [accountName('query', 'The client account name.')],
    responses: [
      v1Ok('result_code 1 with the account status.', { status: 'active' }),
      v1Failure('result_code 0: no client account has this name.'),
    ],
  },
  {
    id: 'v1.account_add',
    api: 'v1',
    group: 'Accounts',
    summary: 'Create a client account (v1)',
    description: `Opens a new client account under a reseller. ${RESELLER}`,
    http: 'POST',
    kind: 'write',
    action: 'account_add',
    params: [
      accountName('form', 'Account name (becomes the sub-domain); check it with account_name_check first.'),
      form('cname', { type: 'string', example: 'Acme Inc' }, 'Company name.', true),
      form('fname', { type: 'string', example: 'Jane' }, 'Owner first name.', true),
      form('lname', { type: 'string', example: 'Doe' }, 'Owner last name.', true),
      form('email', { type: 'string', format: 'email', example: 'owner@example.com' }, 'Owner email.', true),
      form('plan', { type: 'integer', minimum: 1, example: 1 }, 'Plan id from account_plans.', true),
      form('language', { type: 'string', example: 'english' }, 'Interface language.'),
      form('timezone', { type: 'string', example: 'America/Chicago' }, 'Account time zone.'),
    ],
    responses: [
      v1Ok('result_code 1: the client account is being created (result_message wording varies).'),
      v1Failure('result_code 0: the account was not created (name taken or a field missing).'),
    ],
  },
  {
    id: 'v1.account_cancel',
    api: 'v1',
    group: 'Accounts',
    summary: 'Cancel a client account (v1)',
    description: `Cancels a client account under a reseller. ${RESELLER}`,
    http: 'GET',
    kind: 'destructive',
    action: 'account_cancel',
    params: [
      accountName('query', 'The client account name.'),
      query('reason', { type: 'string', example: 'Client moved to another provider' }, 'Why it is cancelled.'),
    ],
    responses: [
      v1Ok('result_code 1: the account is cancelled.'),
      v1Failure('result_code 0: no client account has this name.'),
    ],
  },
];
