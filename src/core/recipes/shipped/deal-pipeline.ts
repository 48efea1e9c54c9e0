import type { Recipe } from '../types';

const firstStage = { $ref: 'list-stages', path: 'dealStages.0.id' };
const secondStage = { $ref: 'list-stages', path: 'dealStages.1.id' };
const dealId = { $ref: 'create-deal', path: 'deal.id' };

export const dealPipeline: Recipe = {
  id: 'deal-pipeline',
  title: 'Move a deal through a pipeline',
  summary: 'Create a deal in a stage, then move it.',
  description:
    'Deals live in a pipeline (`dealGroups`) and sit in one of its stages (`dealStages`). This finds the first ' +
    'pipeline and its stages, creates a deal owned by you in the first stage, then moves it to the second. ' +
    'Leaves a deal.',
  inputs: [{ name: 'title', label: 'Deal title', kind: 'unique-name', prefix: 'Recipe deal' }],
  steps: [
    {
      id: 'who-am-i',
      methodId: 'v3.users.me',
      does: 'Finds your user id: it becomes the deal’s owner.',
      values: { params: {} },
      check: { status: 200, fields: ['user.id'] },
    },
    {
      id: 'pick-pipeline',
      methodId: 'v3.dealGroups.list',
      does: 'Finds a pipeline: the first one of the account.',
      values: { params: { limit: 1 } },
      check: { status: 200, fields: ['dealGroups.0.id'] },
    },
    {
      id: 'list-stages',
      methodId: 'v3.dealStages.list',
      does: 'Lists that pipeline’s stages; the deal starts in the first and moves to the second.',
      values: { params: { 'filters[d_groupid]': { $ref: 'pick-pipeline', path: 'dealGroups.0.id' } } },
      check: { status: 200, fields: ['dealStages.0.id', 'dealStages.1.id'] },
    },
    {
      id: 'create-deal',
      methodId: 'v3.deals.create',
      does: 'Creates the deal in the first stage. The value is in cents: 12000 is 120.00.',
      values: {
        params: {},
        body: {
          deal: {
            title: { $input: 'title' },
            value: 12000,
            currency: 'usd',
            group: { $ref: 'pick-pipeline', path: 'dealGroups.0.id' },
            stage: firstStage,
            owner: { $ref: 'who-am-i', path: 'user.id' },
          },
        },
      },
      check: { status: 201, fields: ['deal.id'], equals: { 'deal.stage': firstStage } },
      creates: { label: 'Deal', path: 'deal.id' },
    },
    {
      id: 'move-deal',
      methodId: 'v3.deals.update',
      does: 'Moves the deal to the second stage: an update that sends only the new stage.',
      values: { params: { id: dealId }, body: { deal: { stage: secondStage } } },
      check: { status: 200, equals: { 'deal.stage': secondStage } },
    },
  ],
  next: [{ label: 'Get the deal', methodId: 'v3.deals.get', values: { params: { id: dealId } } }],
};
