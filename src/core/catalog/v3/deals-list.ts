import type { ParamDef, V3Method } from '../types';
import { authError, badRequest, paginationParams } from './common';
import { dealExample } from './deals';

/* Listing and filtering deals; the single-deal calls are in deals.ts. */

/** What a deal looks like to a user without permission on its pipeline. */
const restrictedDealExample = { id: '2', isDisabled: true, title: 'Demo requested' };

const orderParam = (field: string, what: string): ParamDef => ({
  name: `orders[${field}]`,
  in: 'query',
  schema: { type: 'string', enum: ['ASC', 'DESC'], default: 'ASC', example: 'ASC' },
  description: `Sort by ${what}.`,
});

export const dealsListMethods: readonly V3Method[] = [
  {
    id: 'v3.deals.list',
    api: 'v3',
    group: 'Deals',
    summary: 'List deals',
    description:
      'Pages through deals with many filters (pipeline, stage, owner, status, dates, value, score) and sort orders. Deals in pipelines you may not see come back with only `id`, `title` and `isDisabled: true`. `meta.currencies` sums the values per currency; unlike most lists, `meta.total` is a number here.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/deals',
    params: [
      ...paginationParams,
      {
        name: 'filters[search]',
        in: 'query',
        schema: { type: 'string', example: 'Acme' },
        description: 'Text to look for in the field chosen with `filters[search_field]`.',
      },
      {
        name: 'filters[search_field]',
        in: 'query',
        schema: { type: 'string', enum: ['all', 'title', 'contact', 'org'], example: 'title' },
        description:
          'Where `filters[search]` looks: the title, the primary contact’s name, their organization name, or all three.',
      },
      {
        name: 'filters[title]',
        in: 'query',
        schema: { type: 'string', example: 'Acme renewal 2026' },
        description: 'Only deals with this title.',
      },
      {
        name: 'filters[stage]',
        in: 'query',
        schema: { type: 'integer', minimum: 1, example: 1 },
        description: 'Only deals in this stage.',
      },
      {
        name: 'filters[group]',
        in: 'query',
        schema: { type: 'integer', minimum: 1, example: 1 },
        description: 'Only deals in this pipeline.',
      },
      {
        name: 'filters[status]',
        in: 'query',
        schema: { type: 'integer', enum: [0, 1, 2], example: 0 },
        description: '0 open, 1 won, 2 lost.',
      },
      {
        name: 'filters[owner]',
        in: 'query',
        schema: { type: 'integer', minimum: 1, example: 1 },
        description: 'Only deals owned by this user id.',
      },
      {
        name: 'filters[nextdate_range]',
        in: 'query',
        schema: { type: 'string', enum: ['upcoming', 'scheduled', 'overdue', 'no-task'], example: 'overdue' },
        description:
          'By task due dates: `upcoming` within 24 hours, `scheduled` later than that, `overdue`, or `no-task`.',
      },
      {
        name: 'filters[tag]',
        in: 'query',
        schema: { type: 'string', example: '5' },
        description:
          'By the primary contact’s tags: a tag id, `-1` for contacts with any tag, `-2` for contacts with none.',
      },
      {
        name: 'filters[tasktype]',
        in: 'query',
        schema: { type: 'string', example: '1' },
        description: 'Only deals that have a task of this task type.',
      },
      {
        name: 'filters[created_before]',
        in: 'query',
        schema: { type: 'string', format: 'date', example: '2026-02-01' },
        description: 'Created before this date.',
      },
      {
        name: 'filters[created_after]',
        in: 'query',
        schema: { type: 'string', format: 'date', example: '2026-01-01' },
        description: 'Created on or after this date.',
      },
      {
        name: 'filters[updated_before]',
        in: 'query',
        schema: { type: 'string', format: 'date', example: '2026-02-01' },
        description: 'Last updated before this date.',
      },
      {
        name: 'filters[updated_after]',
        in: 'query',
        schema: { type: 'string', format: 'date', example: '2026-01-01' },
        description: 'Last updated on or after this date.',
      },
      {
        name: 'filters[organization]',
        in: 'query',
        schema: { type: 'integer', minimum: 1, example: 1 },
        description: 'Only deals whose primary contact belongs to this organization id.',
      },
      {
        name: 'filters[minimum_value]',
        in: 'query',
        schema: { type: 'integer', minimum: 0, example: 100 },
        description: 'Value at least this many whole dollars (not cents).',
      },
      {
        name: 'filters[maximum_value]',
        in: 'query',
        schema: { type: 'integer', minimum: 0, example: 5000 },
        description: 'Value at most this many whole dollars (not cents).',
      },
      {
        name: 'filters[score_greater_than]',
        in: 'query',
        schema: { type: 'string', example: '1:50' },
        description: 'Written `<score id>:<value>`: deals scoring above the value.',
      },
      {
        name: 'filters[score_less_than]',
        in: 'query',
        schema: { type: 'string', example: '1:50' },
        description: 'Written `<score id>:<value>`: deals scoring below the value.',
      },
      {
        name: 'filters[score]',
        in: 'query',
        schema: { type: 'string', example: '1:50' },
        description: 'Written `<score id>:<value>`: deals with exactly this score.',
      },
      orderParam('title', 'title'),
      orderParam('value', 'value'),
      orderParam('cdate', 'creation date'),
      orderParam('contact_name', 'the primary contact’s first name'),
      orderParam('contact_orgname', 'the primary contact’s organization name'),
      orderParam('next-action', 'next task due date (deals without tasks follow, overdue ones come last; ties by id)'),
    ],
    responses: [
      {
        status: 200,
        optional: ['deals[].isDisabled'],
        nullable: ['deals[].organization'],
        anyType: ['deals[].isDisabled'],
        description: 'A page of deals; `meta.total` is a number and `meta.currencies` totals values per currency.',
        example: {
          deals: [dealExample, restrictedDealExample],
          meta: { currencies: { USD: { currency: 'USD', total: '2', value: '45600' } }, total: 2 },
        },
      },
      badRequest,
      authError,
    ],
  },
];
