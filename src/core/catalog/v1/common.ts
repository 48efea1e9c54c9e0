import type { ParamDef, ResponseDoc, Schema } from '../types';

/** The generic success message v1 puts on reads. */
const READ_OK = 'Success: Something is returned';
/** The generic failure message v1 puts on a read (or write) that matched nothing. */
export const NOTHING_RETURNED = 'Failed: Nothing is returned';

/** A v1 query parameter (GET actions, or URL flags on a POST). */
export function query(name: string, schema: Schema, description: string, required = false): ParamDef {
  return required ? { name, in: 'query', required, schema, description } : { name, in: 'query', schema, description };
}

/** A v1 form-encoded POST field. */
export function form(name: string, schema: Schema, description: string, required = false): ParamDef {
  return required ? { name, in: 'form', required, schema, description } : { name, in: 'form', schema, description };
}

/** Turns rows into v1's collection shape: an object keyed "0", "1", … instead of an array. */
export function rows(...items: readonly Record<string, unknown>[]): Record<string, Record<string, unknown>> {
  return Object.fromEntries(items.map((item, i) => [String(i), item]));
}

/** HTTP 200 with result_code 1: `fields` sit beside the result_* envelope. */
export function v1Ok(description: string, fields: Record<string, unknown> = {}, message = READ_OK): ResponseDoc {
  return {
    status: 200,
    description,
    example: { ...fields, result_code: 1, result_message: message, result_output: 'json' },
  };
}

/** HTTP 200 with result_code 0: v1 reports failures in the body, not in the status. */
export function v1Failure(
  description = 'Still HTTP 200: result_code 0 means the action failed; result_message says why.',
  message = NOTHING_RETURNED,
): ResponseDoc {
  return {
    status: 200,
    description,
    example: { result_code: 0, result_message: message, result_output: 'json' },
  };
}

/** `p[<listId>]=<listId>`: the lists a contact, message, campaign or group is tied to. */
export function listsParam(location: ParamDef['in'], description: string, required = false): ParamDef {
  const schema: Schema = {
    type: 'map',
    keyLabel: 'List id',
    value: { type: 'string', description: 'Repeat the list id as the value.', example: '1' },
    example: { '1': '1' },
  };
  return required
    ? { name: 'p', in: location, required, schema, description }
    : { name: 'p', in: location, schema, description };
}

/** `id` of one record, as most v1 view/delete/edit actions take it. */
export function idParam(location: ParamDef['in'], description: string): ParamDef {
  return { name: 'id', in: location, required: true, schema: { type: 'integer', minimum: 1, example: 1 }, description };
}

/** `ids`: a comma-separated id list, often also accepting `all`. */
export function idsParam(location: ParamDef['in'], description: string, example = '1,2', required = true): ParamDef {
  return { name: 'ids', in: location, required, schema: { type: 'string', example }, description };
}

/** The `sort`/`offset`/`limit`/`filter`/`public` quintet shared by the *_paginator actions. */
export function paginatorParams(sortExample: string): readonly ParamDef[] {
  return [
    query('sort', { type: 'string', example: sortExample }, 'Column to sort by; leave empty for the default order.'),
    query('offset', { type: 'integer', minimum: 0, default: 0, example: 0 }, 'How many rows to skip (zero-based).'),
    query('limit', { type: 'integer', minimum: 1, example: 20 }, 'How many rows to return.'),
    query('filter', { type: 'integer', minimum: 0, default: 0, example: 0 }, 'Id of a saved filter (0 = none).'),
    query('public', { type: 'integer', enum: [0, 1], default: 0, example: 0 }, '1 = public-archive view.'),
  ];
}

/** The answer to a *_paginator action: `rows` as one page of results, with the counters beside them. */
export function paginatorPage(rows: readonly Record<string, unknown>[]): ResponseDoc {
  return v1Ok('result_code 1 with paging counters and a rows array.', {
    paginator: 1,
    offset: 0,
    limit: 20,
    total: String(rows.length),
    cnt: rows.length,
    rows,
  });
}
