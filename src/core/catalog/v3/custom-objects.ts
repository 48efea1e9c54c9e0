import type { ObjectSchema, ParamDef, ResponseDoc, Schema, V3Method } from '../types';
import { authError, badRequestUnprocessed } from './common';

const schemaId = '6449c3f3-b68d-46d1-850b-c8aea998ce1b';

/** A path parameter holding a custom-object UUID (schemas use UUIDs, not numbers). */
function uuidParam(name: string, description: string, example = schemaId): ParamDef {
  return { name, in: 'path', required: true, schema: { type: 'string', example }, description };
}

/** A public schema an app shares, which accounts extend with child schemas. */
const publicSchemaId = '230f6065-a8e5-4df2-a70a-f6832d004d8d';

const showFields: ParamDef = {
  name: 'showFields',
  in: 'query',
  schema: { type: 'string', enum: ['all'], example: 'all' },
  description: 'Send `all` to include fields marked for deletion; leave out to hide them.',
};

const labels = (singular: string, plural: string) => ({ singular, plural });

const schemaExample = {
  id: schemaId,
  slug: 'my-object',
  visibility: 'private',
  labels: labels('My Object', 'My Objects'),
  description: 'Sample Schema',
  createdTimestamp: '2026-01-15T15:30:00.783751329Z',
  updatedTimestamp: '2026-01-15T15:30:00.783751329Z',
  fields: [{ id: 'my-number-field', labels: labels('Number', 'Numbers'), type: 'number', required: false, scale: 0 }],
  icons: { default: 'https://d226aj4ao1t61q.cloudfront.net/n9mayqo2d_customobject.png' },
  relationships: [
    {
      id: 'primary-contact',
      labels: labels('Primary Contact', 'Primary Contacts'),
      description: 'Primary contact to this object',
      namespace: 'contacts',
      hasMany: false,
    },
  ],
};

/** Keys the answer to creating a schema (public or child) may leave out. */
const newSchemaOptional = [
  'schema.createdTimestamp',
  'schema.updatedTimestamp',
  'schema.fields[].required',
  'schema.fields[].scale',
];

function labelsSchema(singular: string, plural: string): Schema {
  return {
    type: 'object',
    properties: {
      singular: { type: 'string', description: 'Human-readable singular name.', example: singular },
      plural: { type: 'string', description: 'Human-readable plural name.', example: plural },
    },
  };
}

const fieldItem: Schema = {
  type: 'object',
  properties: {
    id: {
      type: 'string',
      description: 'Field id, unique within the schema; records refer to it.',
      example: 'my-number-field',
    },
    labels: labelsSchema('Number', 'Numbers'),
    description: { type: 'string', description: 'What the field holds.', example: 'How many units were ordered' },
    type: {
      type: 'string',
      description:
        'Field type, e.g. text, textarea, number, decimal, currency, date, dropdown, multiselect. Choice types also take `options: [{value}]`, currency takes `defaultCurrency`.',
      example: 'number',
    },
    scale: { type: 'integer', minimum: 0, description: 'Decimal places, for number and decimal fields.', example: 0 },
    isRequired: { type: 'boolean', description: 'Whether every record must have a value.', example: false },
  },
};

const relationshipItem: Schema = {
  type: 'object',
  properties: {
    id: {
      type: 'string',
      description: 'Relationship id; records use it as a key in `relationships`.',
      example: 'primary-contact',
    },
    labels: labelsSchema('Primary Contact', 'Primary Contacts'),
    description: {
      type: 'string',
      description: 'What the relationship means.',
      example: 'Primary contact to this object',
    },
    namespace: {
      type: 'string',
      description: 'What the records link to, e.g. contacts, accounts or deals.',
      example: 'contacts',
    },
    hasMany: { type: 'boolean', description: 'Whether a record may link to several of them.', example: false },
  },
};

function schemaBody(withAppId: boolean, withIcons: boolean): ObjectSchema {
  return {
    type: 'object',
    required: ['schema'],
    properties: {
      schema: {
        type: 'object',
        properties: {
          slug: { type: 'string', description: 'Unique machine name of the object type.', example: 'my-object' },
          ...(withAppId
            ? {
                appId: {
                  type: 'string',
                  description: 'Id of the CX app that owns the schema.',
                  example: 'cxapp-studio-app-id',
                },
              }
            : {}),
          labels: labelsSchema('My Object', 'My Objects'),
          description: { type: 'string', description: 'What the object type represents.', example: 'Sample Schema' },
          fields: { type: 'array', description: 'The fields every record of this type has.', items: fieldItem },
          ...(withIcons
            ? {
                icons: {
                  type: 'object',
                  properties: {
                    default: {
                      type: 'string',
                      format: 'url',
                      description: 'URL of the icon shown for the object type.',
                      example: 'https://d226aj4ao1t61q.cloudfront.net/n9mayqo2d_customobject.png',
                    },
                  },
                },
              }
            : {}),
          relationships: { type: 'array', description: 'What records can be linked to.', items: relationshipItem },
        },
      },
    },
  };
}

const notFoundSchema: ResponseDoc = {
  status: 404,
  description: 'No schema has this id.',
  example: { message: 'Not Found' },
};

const invalid: ResponseDoc = {
  status: 422,
  description: 'A property is missing or invalid; the pointer (an object here) names it.',
  example: {
    errors: [
      {
        title: 'Invalid value for field "schema.fields.labels"',
        detail: 'Schema fields must provide labels',
        source: { type: 'pointer', value: '/data/attributes/schema/fields/labels' },
      },
    ],
  },
};

export const customObjectsMethods: readonly V3Method[] = [
  {
    id: 'v3.customObjects.listSchemas',
    api: 'v3',
    group: 'Custom objects',
    summary: 'List custom object schemas',
    description:
      'Lists the custom object types (schemas) in the account with their fields and relationships. Private custom objects need an Enterprise plan. Pass `showFields=all` before adding fields so you can avoid reusing ids of deleted ones.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/customObjects/schemas',
    params: [
      {
        name: 'limit',
        in: 'query',
        schema: { type: 'integer', minimum: 1, maximum: 100, default: 20, example: 20 },
        description: 'How many schemas per page (1–100).',
      },
      {
        name: 'offset',
        in: 'query',
        schema: { type: 'integer', minimum: 0, default: 0, example: 0 },
        description: 'How many schemas to skip (zero-based).',
      },
      {
        name: 'orders',
        in: 'query',
        schema: { type: 'map', keyLabel: 'Property to sort by', value: { type: 'string', enum: ['ASC', 'DESC'] } },
        description: 'Sort order, sent as `orders[<property>]=ASC|DESC`.',
      },
      {
        name: 'filters',
        in: 'query',
        schema: { type: 'map', keyLabel: 'Filter expression', value: { type: 'string' } },
        description: 'Filters, sent as `filters[<expression>]=<value>`.',
      },
      showFields,
    ],
    responses: [
      {
        status: 200,
        description: 'A page of schemas; meta counts are numbers here.',
        example: { schemas: [schemaExample], meta: { total: 1, count: 1, limit: 20, offset: 0 } },
      },
      badRequestUnprocessed,
      authError,
    ],
  },
  {
    id: 'v3.customObjects.getSchema',
    api: 'v3',
    group: 'Custom objects',
    summary: 'Get a custom object schema',
    description: 'Returns one custom object type with its fields and relationships.',
    http: 'GET',
    kind: 'read',
    path: '/api/3/customObjects/schemas/{id}',
    params: [uuidParam('id', "The schema's id (a UUID)."), showFields],
    responses: [
      { status: 200, description: 'The schema.', example: { schema: schemaExample } },
      notFoundSchema,
      authError,
    ],
  },
  {
    id: 'v3.customObjects.createSchema',
    api: 'v3',
    group: 'Custom objects',
    summary: 'Create a custom object schema',
    description:
      'Defines a new private custom object type: its labels, fields and what it relates to (contacts, accounts or deals). Records of this type are then written with "Create or update a custom object record".',
    http: 'POST',
    kind: 'write',
    path: '/api/3/customObjects/schemas',
    params: [],
    body: schemaBody(false, false),
    bodyRequired: true,
    responses: [
      { status: 201, description: 'The schema was created.', example: { schema: schemaExample } },
      invalid,
      authError,
    ],
  },
  {
    id: 'v3.customObjects.createPublicSchema',
    api: 'v3',
    group: 'Custom objects',
    summary: 'Create a public custom object schema',
    description:
      'Defines a custom object type owned by a CX app (`appId`), which accounts that install the app can use. The slug returned is prefixed with the app id.',
    http: 'POST',
    kind: 'write',
    path: '/api/3/customObjects/schemas/public',
    params: [],
    body: schemaBody(true, false),
    bodyRequired: true,
    responses: [
      {
        status: 200,
        optional: newSchemaOptional,
        description: 'The public schema was created.',
        example: {
          schema: {
            ...schemaExample,
            id: '230f6065-a8e5-4df2-a70a-f6832d004d8d',
            slug: 'app-230f6065-a8e5-4df2-a70a-f6832d004d8d-my-object',
            visibility: 'public',
            appId: 'cxapp-studio-app-id',
          },
        },
      },
      badRequestUnprocessed,
      authError,
    ],
  },
  {
    id: 'v3.customObjects.createChildSchema',
    api: 'v3',
    group: 'Custom objects',
    summary: 'Create a child custom object schema',
    description:
      'Makes a private copy of a public schema in this account; its fields and relationships are inherited (`inherited: true`). No body is needed.',
    http: 'POST',
    kind: 'write',
    path: '/api/3/customObjects/schemas/{id}/child',
    params: [uuidParam('id', 'Id of the public parent schema to extend.', publicSchemaId)],
    responses: [
      {
        status: 200,
        optional: [...newSchemaOptional, 'schema.relationships[].hasMany'],
        description: 'The child schema, pointing at its parent.',
        example: {
          schema: {
            ...schemaExample,
            id: '475c4ea7-65cc-4d59-a690-6ac232633fca',
            parentId: '230f6065-a8e5-4df2-a70a-f6832d004d8d',
            appId: 'cxapp-studio-app-id',
          },
        },
      },
      badRequestUnprocessed,
      authError,
    ],
  },
  {
    id: 'v3.customObjects.updateSchema',
    api: 'v3',
    group: 'Custom objects',
    summary: 'Update a custom object schema',
    description:
      'Changes a custom object type: labels, icon, or new fields and relationships. Existing fields cannot be removed here; use "Delete a custom object schema field". A `validateOnly: true` request header checks the change without saving it.',
    http: 'PUT',
    kind: 'write',
    path: '/api/3/customObjects/schemas/{schemaId}',
    params: [uuidParam('schemaId', "The schema's id (a UUID)."), showFields],
    body: schemaBody(true, true),
    bodyRequired: true,
    responses: [
      {
        status: 200,
        optional: ['schema.visibility', 'schema.fields[].required', 'schema.fields[].scale'],
        description: 'The updated schema.',
        example: { schema: schemaExample },
      },
      notFoundSchema,
      invalid,
      authError,
    ],
  },
  {
    id: 'v3.customObjects.deleteSchema',
    api: 'v3',
    group: 'Custom objects',
    summary: 'Delete a custom object schema',
    description: 'Removes a custom object type together with all its records.',
    http: 'DELETE',
    kind: 'destructive',
    path: '/api/3/customObjects/schemas/{id}',
    params: [uuidParam('id', 'Id of the schema to delete.')],
    responses: [{ status: 200, description: 'Deleted; the body is empty.' }, notFoundSchema, authError],
  },
  {
    id: 'v3.customObjects.deleteSchemaField',
    api: 'v3',
    group: 'Custom objects',
    summary: 'Delete a custom object schema field',
    description:
      'Removes one field from a schema. This cannot be undone: the data in that field on every record becomes unavailable at once, and the field is shown with `status: marked_for_deletion`.',
    http: 'DELETE',
    kind: 'destructive',
    path: '/api/3/customObjects/schemas/{schemaId}/fields/{fieldId}',
    params: [
      uuidParam('schemaId', 'Id of the schema holding the field.'),
      {
        name: 'fieldId',
        in: 'path',
        required: true,
        schema: { type: 'string', example: 'seats' },
        description: 'Id of the field to delete.',
      },
      showFields,
    ],
    responses: [
      {
        status: 202,
        optional: ['schema.fields[].status', 'schema.fields[].scale'],
        description: 'Accepted; the schema is returned with the field marked for deletion.',
        example: {
          schema: {
            ...schemaExample,
            fields: [
              {
                id: 'my-number-field',
                labels: labels('Number', 'Numbers'),
                type: 'number',
                required: false,
                scale: 0,
                inherited: false,
                status: 'marked_for_deletion',
              },
            ],
          },
        },
      },
      authError,
    ],
  },
];
