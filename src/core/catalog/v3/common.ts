import type { ObjectSchema, ParamDef, ResponseDoc } from '../types';

/** `limit` and `offset`, as every paginated v3 collection takes them. */
export const paginationParams: readonly ParamDef[] = [
  {
    name: 'limit',
    in: 'query',
    schema: { type: 'integer', minimum: 1, maximum: 100, default: 20, example: 20 },
    description: 'How many records per page (1–100, default 20).',
  },
  {
    name: 'offset',
    in: 'query',
    schema: { type: 'integer', minimum: 0, default: 0, example: 0 },
    description: 'How many records to skip (zero-based).',
  },
];

/** `orders[<param>]` of the collections searched by name (lists, tags): `weight` ranks exact matches, then prefixes. */
export function weightOrderParam(param: string, searchedBy: string): ParamDef {
  return {
    name: `orders[${param}]`,
    in: 'query',
    schema: { type: 'string', enum: ['weight', 'ASC', 'DESC'], example: 'weight' },
    description: `Sort by name; "weight" returns exact matches, then names starting with the ${searchedBy}, then the rest.`,
  };
}

/** The path parameter `{name}` holding a numeric id. */
export function idParam(description: string, name = 'id'): ParamDef {
  return { name, in: 'path', required: true, schema: { type: 'integer', minimum: 1, example: 1 }, description };
}

/** The usual v3 body: one record under its singular root key (`{"contactDeal": {…}}`), which must be sent. */
export function rootBody(root: string, record: ObjectSchema): ObjectSchema {
  return { type: 'object', required: [root], properties: { [root]: record } };
}

/** 403: the key is missing, wrong or reset (ActiveCampaign documents no body for it). */
export const authError: ResponseDoc = {
  status: 403,
  description: 'The key is missing, invalid or was reset, or the user may not use this resource.',
};

/** 404 in ActiveCampaign's `{"message": "No Result found for <Entity> with id <id>"}` shape. */
export function notFound(entity: string): ResponseDoc {
  return {
    status: 404,
    description: `No ${entity.replace(/^_/, '').toLowerCase()} has this id.`,
    example: { message: `No Result found for ${entity} with id 1` },
  };
}

/** 404 in the JSON:API `errors` shape of the newer services (custom field meta and data, field groups). */
export function notFoundError(what: string): ResponseDoc {
  return {
    status: 404,
    description: `No ${what} has this id.`,
    example: { errors: [{ status: 404, title: 'Not Found' }] },
  };
}

/*
 * 400 with `{}`: ActiveCampaign refused the request and says no more. The three mean the same; each group of
 * endpoints has kept the wording it was written with.
 */
export const badRequest: ResponseDoc = {
  status: 400,
  description: 'The request was refused; the body is an empty object.',
  example: {},
};
export const badRequestUnprocessed: ResponseDoc = {
  status: 400,
  description: 'The request could not be processed.',
  example: {},
};
export const badRequestUnhandled: ResponseDoc = {
  status: 400,
  description: 'The request could not be handled; the body is an empty object.',
  example: {},
};

/** 200 with `{}`, the usual answer to a successful DELETE. */
export const deleted: ResponseDoc = { status: 200, description: 'Deleted; the body is an empty object.', example: {} };

/**
 * Record attributes the API sends although the references' examples leave them out (ETL clients replicate
 * on the timestamps): optional in the contract, so an answer without them is not flagged.
 */
export const auditAttributes: readonly string[] = [
  'created_timestamp',
  'updated_timestamp',
  'created_by',
  'updated_by',
];
