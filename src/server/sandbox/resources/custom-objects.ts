/**
 * Custom objects: schemas (object types, UUID ids, unique slugs) and their
 * records. A record is upserted by its `externalId` within its schema and can
 * be read or deleted by either id. Deleting a schema deletes its records;
 * deleting a field marks it for deletion, as the API does.
 */
import { json, type FieldError, type SandboxResponse } from '../http-types';
import type { Attrs, Filter, OpCtx, Resource } from '../engine/resource';
import { at, omit, ownedBy, text, uuidOf } from './common';

const labels = (singular: string, plural: string) => ({ singular, plural });

/** Custom objects answer a 422 with the pointer as an object, under the body's root. */
function invalidUnder(root: string) {
  return (errors: readonly FieldError[]) =>
    json(422, {
      errors: errors.map((e) => ({
        title: e.title,
        detail: e.detail ?? '',
        source: { type: 'pointer', value: `/data/attributes/${root}/${e.field}` },
      })),
    });
}

/** POST /customObjects/schemas/{id}/child: a private copy of a (public) schema, pointing at its parent. */
function createChild(ctx: OpCtx, generic: () => SandboxResponse): SandboxResponse {
  const parent = ctx.db.find('schemas', ctx.params.id);
  if (!parent) return generic();
  const child = ctx.db.insert('schemas', {
    ...omit(parent, ['id', 'createdTimestamp', 'updatedTimestamp']),
    fields: (Array.isArray(parent.fields) ? (parent.fields as Attrs[]) : []).map((f) => ({ ...f, inherited: true })),
    slug: `${text(parent.slug)}-${ctx.db.store.tables.get('schemas')?.lastId ?? 0}`,
    visibility: 'private',
    parentId: parent.id,
  });
  return json(ctx.op.status, { schema: ctx.db.wire('schemas', child) });
}

/** DELETE /customObjects/schemas/{schemaId}/fields/{fieldId}: the field stays listed, marked for deletion. */
function deleteField(ctx: OpCtx, generic: () => SandboxResponse): SandboxResponse {
  const schema = ctx.db.find('schemas', ctx.params.schemaId);
  if (!schema) return generic();
  const fields = Array.isArray(schema.fields) ? (schema.fields as Attrs[]) : [];
  if (!fields.some((f) => f.id === ctx.params.fieldId)) {
    return json(404, { message: `No field ${ctx.params.fieldId ?? ''} in this schema` });
  }
  const marked = fields.map((f) => (f.id === ctx.params.fieldId ? { ...f, status: 'marked_for_deletion' } : f));
  ctx.db.update('schemas', schema, { fields: marked });
  return json(ctx.op.status, { schema: ctx.db.wire('schemas', schema) });
}

export const schemas: Resource = {
  name: 'schemas',
  singular: 'schema',
  base: 'customObjects/schemas',
  entity: 'Schema',
  newId: (n) => uuidOf(`schema-${n}`),
  methods: {
    'v3.customObjects.listSchemas': 'list',
    'v3.customObjects.getSchema': 'get',
    'v3.customObjects.createSchema': 'create',
    'v3.customObjects.createPublicSchema': 'create',
    'v3.customObjects.createChildSchema': { kind: 'action', handle: createChild },
    'v3.customObjects.updateSchema': 'update',
    'v3.customObjects.deleteSchema': 'delete',
    'v3.customObjects.deleteSchemaField': { kind: 'action', handle: deleteField },
  },
  defaults: {
    visibility: 'private',
    description: '',
    fields: [],
    relationships: [],
    icons: { default: '' },
    appId: null,
    parentId: null,
  },
  unique: [{ fields: ['slug'], onConflict: 'refuse', title: 'A schema with this slug already exists' }],
  invalid: invalidUnder('schema'),
  listMeta: ({ query, total }) => {
    const limit = Math.min(100, Math.max(1, Number(query.get('limit') ?? 20) || 20));
    const offset = Math.max(0, Number(query.get('offset') ?? 0) || 0);
    return { count: Math.max(0, Math.min(limit, total - offset)), limit, offset };
  },
  seed: (add) => {
    add(
      {
        id: '6449c3f3-b68d-46d1-850b-c8aea998ce1b',
        slug: 'subscription',
        labels: labels('Subscription', 'Subscriptions'),
        description: 'Plans customers pay for, with their seats',
        fields: [
          { id: 'plan', labels: labels('Plan', 'Plans'), type: 'text', required: true, inherited: false },
          {
            id: 'seats',
            labels: labels('Seats', 'Seats'),
            type: 'number',
            required: false,
            scale: 0,
            inherited: false,
          },
          { id: 'renews-on', labels: labels('Renews on', 'Renew on'), type: 'date', required: false, inherited: false },
        ],
        icons: { default: 'https://d226aj4ao1t61q.cloudfront.net/n9mayqo2d_customobject.png' },
        relationships: [
          {
            id: 'primary-contact',
            labels: labels('Primary Contact', 'Primary Contacts'),
            description: 'Who the subscription belongs to',
            namespace: 'contacts',
            hasMany: false,
          },
        ],
        appId: null,
        parentId: null,
      },
      at(-120),
    );
    add(
      {
        id: '230f6065-a8e5-4df2-a70a-f6832d004d8d',
        slug: 'vehicle',
        visibility: 'public',
        labels: labels('Vehicle', 'Vehicles'),
        description: 'Cars on a dealer lot, shared with every account that installs the app',
        fields: [
          { id: 'model', labels: labels('Model', 'Models'), type: 'text', required: true, inherited: false },
          { id: 'year', labels: labels('Year', 'Years'), type: 'number', required: false, scale: 0, inherited: false },
        ],
        relationships: [],
        appId: 'cxapp-studio-app-id',
        parentId: null,
      },
      at(-119),
    );
  },
};

/** `filters[relationships.primary-contact][eq]=14`: records linked to that contact. */
const linkedContact: Filter = (value) => (row) => {
  const rel = (row.relationships as Record<string, unknown> | undefined)?.['primary-contact'];
  return Array.isArray(rel) && rel.some((id) => text(id) === value.trim());
};

export const records: Resource = {
  name: 'records',
  singular: 'record',
  base: 'customObjects/records',
  entity: 'Record',
  newId: (n) => uuidOf(`record-${n}`),
  methods: {
    'v3.customObjects.listRecords': { kind: 'list', parent: { table: 'schemas', field: 'schemaId' } },
    'v3.customObjects.getRecord': { kind: 'get', parent: { table: 'schemas', field: 'schemaId' } },
    'v3.records.getByExternalId': { kind: 'get', parent: { table: 'schemas', field: 'schemaId' }, by: 'externalId' },
    'v3.customObjects.upsertRecord': {
      kind: 'upsert',
      parent: { table: 'schemas', field: 'schemaId' },
      key: ['schemaId', 'externalId'],
    },
    'v3.customObjects.deleteRecord': { kind: 'delete', parent: { table: 'schemas', field: 'schemaId' } },
    'v3.customObjects.deleteRecordByExternalId': {
      kind: 'delete',
      parent: { table: 'schemas', field: 'schemaId' },
      by: 'externalId',
    },
  },
  defaults: { fields: [], relationships: {} },
  relations: [ownedBy('schemaId', 'schemas')],
  invalid: invalidUnder('record'),
  unique: [{ fields: ['schemaId', 'externalId'], onConflict: 'update' }],
  filters: { 'filters[relationships.primary-contact]': linkedContact },
  seed: (add) => {
    const subs: [string, string, number, string][] = [
      ['sub-1001', 'Pro', 12, '14'],
      ['sub-1002', 'Starter', 3, '3'],
      ['sub-1003', 'Enterprise', 120, '7'],
    ];
    subs.forEach(([externalId, plan, seats, contact], i) =>
      add(
        {
          ...(i === 0 ? { id: '1fba439a-208e-48e6-bd23-f6c97c3e0519' } : {}),
          schemaId: '6449c3f3-b68d-46d1-850b-c8aea998ce1b',
          externalId,
          fields: [
            { id: 'plan', value: plan },
            { id: 'seats', value: seats },
          ],
          relationships: { 'primary-contact': [contact] },
        },
        at(i - 110),
      ),
    );
  },
};
