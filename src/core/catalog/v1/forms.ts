import type { V1Method } from '../types';
import { idParam, rows, v1Failure, v1Ok } from './common';

export const v1FormsMethods: readonly V1Method[] = [
  {
    id: 'v1.form_getforms',
    api: 'v1',
    group: 'Forms',
    summary: 'List subscription forms (v1)',
    description: "Lists the account's subscription forms; their ids feed the form parameter of contact_add.",
    http: 'GET',
    kind: 'read',
    action: 'form_getforms',
    params: [],
    responses: [
      v1Ok(
        'result_code 1; forms keyed "0", "1", ….',
        rows({ id: '1', name: 'Newsletter signup', sdate: '2026-01-15 09:30:00' }),
      ),
      v1Failure('result_code 0: the account has no forms.'),
    ],
  },
  {
    id: 'v1.form_html',
    api: 'v1',
    group: 'Forms',
    summary: "Get a form's HTML (v1)",
    description:
      'Returns the embeddable HTML of one form. Gotcha: the answer is raw HTML, not the JSON envelope, whatever api_output says.',
    http: 'GET',
    kind: 'read',
    action: 'form_html',
    params: [idParam('query', 'The form id.')],
    responses: [
      {
        status: 200,
        description: 'The form markup as text/html.',
        example: '<form method="POST" action="https://acme.activehosted.com/proc.php" id="_form_1_">…</form>',
      },
      v1Failure('result_code 0: no form has this id (when the envelope is returned at all).'),
    ],
  },
];
