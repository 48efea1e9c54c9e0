import type { V3Method } from '../types';
import { authError, idParam, notFound, paginationParams } from './common';

const scoreExample = {
  reltype: 'contact',
  name: 'Link engagement',
  descript: '+50 points when the contact clicks any link in a campaign',
  status: '1',
  cdate: '2026-01-05T15:05:42-06:00',
  mdate: '2026-01-05T16:23:07-06:00',
  links: [],
  id: '2',
};

export const scoresMethods: readonly V3Method[] = [
  {
    id: 'v3.scores.list',
    api: 'v3',
    group: 'Scores',
    summary: 'List scores',
    description:
      'Lists the lead-scoring rules set up in the account, for contacts (reltype contact) or deals (reltype deal). The points each contact has are under "List a contact\'s score values".',
    http: 'GET',
    kind: 'read',
    path: '/api/3/scores',
    params: [...paginationParams],
    responses: [
      {
        status: 200,
        description: 'The scores, with the total count as a string in meta.total.',
        example: {
          scores: [
            scoreExample,
            {
              ...scoreExample,
              reltype: 'deal',
              name: 'Big deal',
              descript: '+20 when the deal value is over 10,000',
              id: '7',
            },
          ],
          meta: { total: '2' },
        },
      },
      authError,
    ],
  },
  {
    id: 'v3.scores.get',
    api: 'v3',
    group: 'Scores',
    summary: 'Get a score',
    description:
      'Returns one scoring rule: its name, description, whether it applies to contacts or deals, and its status.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/scores/{id}',
    params: [idParam("The score's id.")],
    responses: [
      {
        status: 200,
        description: 'The score.',
        example: { score: scoreExample },
      },
      notFound('Score'),
      authError,
    ],
  },
];
