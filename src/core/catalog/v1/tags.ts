import type { V1Method } from '../types';
import { rows, v1Failure, v1Ok } from './common';

const tags = [
  { id: '1', name: 'vip' },
  { id: '2', name: 'webinar-2026' },
];

export const v1TagsMethods: readonly V1Method[] = [
  {
    id: 'v1.tags_list',
    api: 'v1',
    group: 'Tags',
    summary: 'List tags (v1)',
    description:
      'Returns every tag in the account; handy for autocomplete. Gotcha: this action may answer without the result_* envelope (a bare list), so do not rely on result_code here.',
    http: 'GET',
    kind: 'read',
    action: 'tags_list',
    params: [],
    responses: [
      v1Ok('result_code 1; tags keyed "0", "1", ….', rows(...tags)),
      v1Failure('result_code 0: the account has no tags.'),
      { status: 200, description: 'The envelope-less form some accounts return: just the tags.', example: tags },
    ],
  },
];
