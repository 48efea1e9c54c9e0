import type { MethodDef, ParamDef } from '../catalog/types';

/**
 * How one method pages, read from its catalog entry:
 * - `offset`: v3 collections (`limit` + `offset`, `meta.total`) and v1 `*_paginator` actions
 *   (`offset` + `limit`, `total` and `rows` in the answer);
 * - `page`: v1 lists that take a 1-based `page` and a fixed page size.
 * Contacts also offer keyset paging (`id_greater` with `orders[id]=ASC`).
 */
export type PagingSpec =
  | {
      style: 'offset';
      api: 'v3' | 'v1';
      /** The page size the API uses when `limit` is not sent. */
      defaultLimit: number;
      /** The largest `limit` the method accepts. */
      maxLimit: number;
      /** Whether `id_greater` + `orders[id]=ASC` paging is available. */
      keyset: boolean;
      /** The collection's root key in the answer, e.g. `contacts` (`rows` for v1 paginators). */
      rootKey?: string;
    }
  | {
      style: 'page';
      api: 'v1';
      /** Rows per page, fixed by the action. */
      pageSize: number;
    };

const V3_MAX_LIMIT = 100;
const V1_PAGINATOR_MAX_LIMIT = 100;

function param(method: MethodDef, name: string): ParamDef | undefined {
  return method.params.find((p) => p.name === name && p.in !== 'path');
}

function numberFact(p: ParamDef | undefined, fact: 'default' | 'maximum'): number | undefined {
  const schema = p?.schema;
  if (!schema || (schema.type !== 'integer' && schema.type !== 'number')) return undefined;
  return schema[fact];
}

/** The paging of a method whose documented answer is a paged list; undefined for every other method. */
export function pagingSpecOf(method: MethodDef): PagingSpec | undefined {
  if (method.http !== 'GET') return undefined;
  const limit = param(method, 'limit');
  const offset = param(method, 'offset');
  if (method.api === 'v3') {
    if (!limit || !offset) return undefined;
    const last = method.path.split('/').at(-1) ?? '';
    return {
      style: 'offset',
      api: 'v3',
      defaultLimit: numberFact(limit, 'default') ?? 20,
      maxLimit: numberFact(limit, 'maximum') ?? V3_MAX_LIMIT,
      keyset: Boolean(param(method, 'id_greater') && param(method, 'orders[id]')),
      ...(last && !last.startsWith('{') ? { rootKey: last } : {}),
    };
  }
  if (method.action.endsWith('_paginator') && limit && offset) {
    return {
      style: 'offset',
      api: 'v1',
      defaultLimit: 20,
      maxLimit: numberFact(limit, 'maximum') ?? V1_PAGINATOR_MAX_LIMIT,
      keyset: false,
      rootKey: 'rows',
    };
  }
  const page = param(method, 'page');
  if (page) {
    // The catalog states the fixed size in the parameter's description ("20 contacts per page").
    const size = /(\d+)\s+\w+\s+per page/i.exec(page.description ?? '');
    return { style: 'page', api: 'v1', pageSize: size ? Number(size[1]) : 20 };
  }
  return undefined;
}
