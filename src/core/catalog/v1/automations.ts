import type { ParamDef, V1Method } from '../types';
import { form, query, rows, v1Failure, v1Ok } from './common';

function contactTarget(location: ParamDef['in']): readonly ParamDef[] {
  const def = (name: string, schema: ParamDef['schema'], description: string): ParamDef =>
    location === 'form' ? form(name, schema, description) : query(name, schema, description);
  return [
    def('contact_id', { type: 'integer', minimum: 1, example: 1 }, 'The contact id (or send contact_email).'),
    def(
      'contact_email',
      { type: 'string', format: 'email', example: 'jane.doe@example.com' },
      'The contact email (or send contact_id).',
    ),
  ];
}

function automationParam(location: ParamDef['in']): ParamDef {
  return {
    name: 'automation',
    in: location,
    required: true,
    schema: { type: 'integer', minimum: 1, example: 3 },
    description: 'The automation id (see automation_list).',
  };
}

const paging: readonly ParamDef[] = [
  query('offset', { type: 'integer', minimum: 0, default: 0, example: 0 }, 'Rows to skip.'),
  query('limit', { type: 'integer', minimum: 1, maximum: 100, default: 100, example: 20 }, 'Rows to return (max 100).'),
];

const contactInAutomation = {
  subscriberid: '1',
  email: 'jane.doe@example.com',
  first_name: 'Jane',
  last_name: 'Doe',
  adddate: '2026-01-15 09:30:00',
};

export const v1AutomationsMethods: readonly V1Method[] = [
  {
    id: 'v1.automation_list',
    api: 'v1',
    group: 'Automations',
    summary: 'List automations (v1)',
    description:
      "Lists the account's automations with their status (1 active, 2 inactive); use it to find automation ids.",
    http: 'GET',
    kind: 'read',
    action: 'automation_list',
    params: paging,
    responses: [
      v1Ok(
        'result_code 1; automations keyed "0", "1", ….',
        rows({ id: '3', name: 'Welcome series', status: '1' }, { id: '4', name: 'Win-back', status: '2' }),
      ),
      v1Failure('result_code 0: the account has no automations.'),
    ],
  },
  {
    id: 'v1.automation_contact_add',
    api: 'v1',
    group: 'Automations',
    summary: 'Add a contact to an automation (v1)',
    description: "Starts an automation for one contact, found by id or email, regardless of the automation's triggers.",
    http: 'POST',
    kind: 'sends-messages',
    action: 'automation_contact_add',
    params: [...contactTarget('form'), automationParam('form')],
    responses: [
      v1Ok('result_code 1: the contact entered the automation (result_message wording varies).'),
      v1Failure('result_code 0: unknown contact or automation.'),
    ],
  },
  {
    id: 'v1.automation_contact_remove',
    api: 'v1',
    group: 'Automations',
    summary: 'Remove a contact from an automation (v1)',
    description: 'Ends an automation for one contact, found by id or email.',
    http: 'POST',
    kind: 'destructive',
    action: 'automation_contact_remove',
    params: [...contactTarget('form'), automationParam('form')],
    responses: [
      v1Ok('result_code 1: the contact left the automation (result_message wording varies).'),
      v1Failure('result_code 0: the contact was not in this automation.'),
    ],
  },
  {
    id: 'v1.automation_contact_list',
    api: 'v1',
    group: 'Automations',
    summary: 'List the contacts in an automation (v1)',
    description: 'Lists the contacts currently in one automation; result_message states the count.',
    http: 'GET',
    kind: 'read',
    action: 'automation_contact_list',
    params: [
      automationParam('query'),
      ...paging,
      query(
        'nested_array',
        { type: 'integer', enum: [0, 1], example: 0 },
        '1 = put the rows in a nested array instead of "0", "1", … keys.',
      ),
    ],
    responses: [
      v1Ok(
        'result_code 1; contacts keyed "0", "1", ….',
        rows(contactInAutomation, {
          ...contactInAutomation,
          subscriberid: '2',
          email: 'sam.lee@example.com',
          first_name: 'Sam',
          last_name: 'Lee',
        }),
        '2 Contact(s) found in this automation',
      ),
      v1Failure('result_code 0: nobody is in this automation.'),
    ],
  },
  {
    id: 'v1.automation_contact_view',
    api: 'v1',
    group: 'Automations',
    summary: 'View a contact in an automation (v1)',
    description: "Shows one contact's progress in one automation, found by contact id or email.",
    http: 'GET',
    kind: 'read',
    action: 'automation_contact_view',
    params: [...contactTarget('query'), automationParam('query')],
    responses: [
      v1Ok("result_code 1 with the contact's automation entry.", { ...contactInAutomation, automation: '3' }),
      v1Failure('result_code 0: the contact is not in this automation.'),
    ],
  },
];
