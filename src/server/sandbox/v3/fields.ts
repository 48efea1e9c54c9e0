import { setFieldValue } from '../contact-ops';
import { json, notFound, unprocessable, type SandboxResponse } from '../http-types';
import { byId, insert, removeWhere, type FieldRecord, type FieldValueRecord, type SandboxStore } from '../store';
import {
  failIf,
  filter,
  int,
  page,
  readRoot,
  requireFields,
  route,
  text,
  type Ctx,
  type Route,
  deleteById,
} from './common';
import { contactJson, fieldValueJson } from './serialize';
import { fieldJson, fieldRelJson } from './serialize-lists';

const FIELD_TYPES = [
  'text',
  'textarea',
  'date',
  'datetime',
  'dropdown',
  'multiselect',
  'radio',
  'checkbox',
  'hidden',
  'listbox',
];

function listFields({ store, req }: Ctx): SandboxResponse {
  const perstag = filter(req.query, 'perstag');
  const rows = [...store.fields.rows.values()].filter((f) => !perstag || f.perstag === perstag);
  return page(req, 'fields', rows, (f) => fieldJson(store, f), {
    extra: { fieldOptions: [], fieldRels: rows.map(fieldRelJson) },
  });
}

function getField({ store, params }: Ctx): SandboxResponse {
  const field = byId(store.fields, params.id);
  if (!field) return notFound('Field', params.id ?? '');
  return json(200, { fieldOptions: [], fieldRels: [fieldRelJson(field)], field: fieldJson(store, field) });
}

function titleTaken(store: SandboxStore, title: string, self?: number): boolean {
  return [...store.fields.rows.values()].some((f) => f.title.toLowerCase() === title.toLowerCase() && f.id !== self);
}

/** Validates a field body; on create `title` and `type` are required and the title must be unique. */
function checkField(store: SandboxStore, f: Record<string, unknown>, creating: boolean, self?: number) {
  const errors = creating ? requireFields(f, ['title', 'type']) : [];
  const type = text(f.type);
  if (type && !FIELD_TYPES.includes(type)) {
    errors.push({ title: `Field type must be one of ${FIELD_TYPES.join(', ')}`, code: 'field_invalid', field: 'type' });
  }
  const title = text(f.title).trim();
  if (title && titleTaken(store, title, self)) {
    errors.push({
      title: 'There is already a field with this title',
      detail: `There is already a field named '${title}' -- choose another name`,
      code: 'duplicate',
      field: 'title',
    });
  }
  return failIf(errors);
}

/** POST /api/3/fields — 201. */
function createField({ store, req }: Ctx): SandboxResponse {
  const root = readRoot(req, 'field');
  if (!root.ok) return root.response;
  const f = root.value;
  const refused = checkField(store, f, true);
  if (refused) return refused;
  const now = store.now().getTime();
  const title = text(f.title).trim();
  const field = insert(store.fields, (id) => ({
    id,
    title,
    type: text(f.type),
    perstag: text(f.perstag) || title.toUpperCase().replace(/[^A-Z0-9]+/g, '_'),
    descript: text(f.descript),
    defval: text(f.defval),
    cdate: now,
    udate: now,
  }));
  return json(201, { field: fieldJson(store, field) });
}

function updateField({ store, req, params }: Ctx): SandboxResponse {
  const field = byId(store.fields, params.id);
  if (!field) return notFound('Field', params.id ?? '');
  const root = readRoot(req, 'field');
  if (!root.ok) return root.response;
  const f = root.value;
  const refused = checkField(store, f, false, field.id);
  if (refused) return refused;
  const keys = ['title', 'type', 'perstag', 'descript', 'defval'] as const satisfies readonly (keyof FieldRecord)[];
  for (const k of keys) if (f[k] !== undefined) field[k] = text(f[k]);
  field.udate = store.now().getTime();
  return json(200, { field: fieldJson(store, field) });
}

/** DELETE /api/3/fields/{id} — every contact's value for the field goes too. */
const deleteField = deleteById(
  (store) => store.fields,
  'Field',
  (store, field) => {
    removeWhere(store.fieldValues, (fv) => fv.field === field.id);
  },
);

function listFieldValues({ store, req }: Ctx): SandboxResponse {
  const fieldid = filter(req.query, 'fieldid');
  const val = filter(req.query, 'val');
  const rows = [...store.fieldValues.rows.values()].filter(
    (fv) => (!fieldid || String(fv.field) === fieldid) && (val === null || fv.value === val),
  );
  return page(req, 'fieldValues', rows, (fv) => fieldValueJson(store, fv));
}

function getFieldValue({ store, params }: Ctx): SandboxResponse {
  const fv = byId(store.fieldValues, params.id);
  return fv ? json(200, { fieldValue: fieldValueJson(store, fv) }) : notFound('FieldValue', params.id ?? '');
}

/** The create/update answer: the owner contact sideloaded, ids as numbers (as documented for these two). */
function valueAnswer(store: SandboxStore, fv: FieldValueRecord): SandboxResponse {
  const contact = store.contacts.rows.get(fv.contact);
  return json(200, {
    contacts: contact ? [contactJson(store, contact)] : [],
    fieldValue: { ...fieldValueJson(store, fv), contact: fv.contact, field: fv.field, owner: fv.contact },
  });
}

/** POST /api/3/fieldValues — sets a contact's value for a field (replacing the previous value). */
function createFieldValue({ store, req }: Ctx): SandboxResponse {
  const root = readRoot(req, 'fieldValue');
  if (!root.ok) return root.response;
  const refused = failIf(requireFields(root.value, ['contact', 'field']));
  if (refused) return refused;
  const contact = byId(store.contacts, int(root.value.contact));
  const field = byId(store.fields, int(root.value.field));
  if (!contact) return unprocessable([{ title: 'Contact does not exist', code: 'related_missing', field: 'contact' }]);
  if (!field) return unprocessable([{ title: 'Field does not exist', code: 'related_missing', field: 'field' }]);
  setFieldValue(store, contact.id, field.id, text(root.value.value));
  const fv = [...store.fieldValues.rows.values()].find((v) => v.contact === contact.id && v.field === field.id);
  return fv ? valueAnswer(store, fv) : json(500, { message: 'The value was not stored.' });
}

function updateFieldValue({ store, req, params }: Ctx): SandboxResponse {
  const fv = byId(store.fieldValues, params.id);
  if (!fv) return notFound('FieldValue', params.id ?? '');
  const root = readRoot(req, 'fieldValue');
  if (!root.ok) return root.response;
  fv.value = text(root.value.value, fv.value);
  fv.udate = store.now().getTime();
  return valueAnswer(store, fv);
}

const deleteFieldValue = deleteById((store) => store.fieldValues, 'FieldValue');

export const fieldRoutes: readonly Route[] = [
  route('GET', '/api/3/fields', listFields),
  route('POST', '/api/3/fields', createField),
  route('GET', '/api/3/fields/{id}', getField),
  route('PUT', '/api/3/fields/{id}', updateField),
  route('DELETE', '/api/3/fields/{id}', deleteField),
  route('GET', '/api/3/fieldValues', listFieldValues),
  route('POST', '/api/3/fieldValues', createFieldValue),
  route('GET', '/api/3/fieldValues/{id}', getFieldValue),
  route('PUT', '/api/3/fieldValues/{id}', updateFieldValue),
  route('DELETE', '/api/3/fieldValues/{id}', deleteFieldValue),
];
