/**
 * Request bodies checked against the catalog's documented schema, the way
 * ActiveCampaign answers: a body that is not JSON is a 400; a missing root
 * key, a missing required attribute or a value of the wrong type is a 422
 * whose `source.pointer` names the attribute; attributes the schema does
 * not know are ignored.
 */
import type { ObjectSchema, Schema } from '../../../core/catalog/types';
import { json, unprocessable, type FieldError, type SandboxRequest, type SandboxResponse } from '../http-types';
import type { Attrs, Op } from './resource';

/** A loose but honest email check: something@something.tld, no spaces. */
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type Read<T> = { ok: true; value: T } | { ok: false; response: SandboxResponse };

function isObject(v: unknown): v is Attrs {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function blank(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}

function truthy(v: unknown): boolean {
  return v === true || v === 1 || v === '1' || v === 'true';
}

/** The JSON body as an object (`{}` for an empty body); 400 when it is not one. */
export function readJson(req: SandboxRequest): Read<unknown> {
  if (req.body.trim() === '') return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(req.body) };
  } catch {
    return { ok: false, response: json(400, { message: 'The request body must be valid JSON.' }) };
  }
}

/** Why `value` does not fit `schema`, or undefined when it does (lenient as the API: ids may be numbers or strings). */
function misfit(schema: Schema, value: unknown): string | undefined {
  if (value === null) return undefined;
  switch (schema.type) {
    case 'string':
      if (typeof value !== 'string' && typeof value !== 'number') return 'must be text';
      if (schema.enum && !schema.enum.includes(String(value))) return `must be one of ${schema.enum.join(', ')}`;
      if (schema.format === 'email' && String(value).trim() !== '' && !EMAIL.test(String(value).trim()))
        return 'must be a valid email address';
      return undefined;
    case 'integer':
    case 'number': {
      const n =
        typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
      if (!Number.isFinite(n) || (schema.type === 'integer' && !Number.isInteger(n)))
        return `must be ${schema.type === 'integer' ? 'an integer' : 'a number'}`;
      if (schema.enum && !schema.enum.includes(n)) return `must be one of ${schema.enum.join(', ')}`;
      return undefined;
    }
    case 'boolean':
      return [true, false, 0, 1, '0', '1', 'true', 'false'].includes(value as never)
        ? undefined
        : 'must be true or false';
    case 'array':
      return Array.isArray(value) ? undefined : 'must be a list';
    case 'object':
      return isObject(value) ? undefined : 'must be an object';
    default:
      return undefined;
  }
}

/** Checks attributes against an object schema; `required` only when creating. */
function checkAttrs(schema: ObjectSchema, input: Attrs, required: boolean, at = ''): FieldError[] {
  const errors: FieldError[] = [];
  if (required) {
    const waived = new Set<string>();
    const extra: string[] = [];
    for (const w of schema.waivers ?? []) {
      if (truthy(input[w.when])) {
        waived.add(w.field);
        extra.push(...w.instead);
      }
    }
    for (const name of [...(schema.required ?? []).filter((f) => !waived.has(f)), ...extra]) {
      if (blank(input[name]))
        errors.push({ title: `The ${name} field is required`, code: 'field_missing', field: `${at}${name}` });
    }
  }
  for (const [name, prop] of Object.entries(schema.properties)) {
    const v = input[name];
    if (v === undefined || (required && blank(v) && schema.required?.includes(name))) continue;
    const why = misfit(prop, v);
    if (why) {
      errors.push({ title: `The ${name} field ${why}`, code: 'field_invalid', field: `${at}${name}` });
      continue;
    }
    if (prop.type === 'array' && prop.items.type === 'object' && Array.isArray(v)) {
      const item = prop.items;
      v.forEach((x, i) => {
        if (isObject(x)) errors.push(...checkAttrs(item, x, true, `${at}${name}/${i}/`));
        else
          errors.push({
            title: `Each ${name} entry must be an object`,
            code: 'field_invalid',
            field: `${at}${name}/${i}`,
          });
      });
    }
  }
  return errors;
}

/**
 * The record attributes a write sends: the object under the method's body
 * root (`{"contact": {...}}`), checked against its schema. Without a root,
 * the whole body.
 */
export function readInput(op: Op, req: SandboxRequest, creating: boolean): Read<{ attrs: Attrs; body: Attrs }> {
  const parsed = readJson(req);
  if (!parsed.ok) return parsed;
  const refuse = op.resource.invalid ?? unprocessable;
  const schema = op.method.body;
  const body = isObject(parsed.value) ? parsed.value : undefined;
  if (!body) {
    if (schema?.type === 'array' && Array.isArray(parsed.value)) return { ok: true, value: { attrs: {}, body: {} } };
    return { ok: false, response: json(400, { message: 'The request body must be a JSON object.' }) };
  }
  if (schema?.type !== 'object') return { ok: true, value: { attrs: body, body } };
  if (!op.bodyRoot) {
    // A body without a root key (`{"title": "Finance"}`): its own attributes are the record's.
    const errors = checkAttrs(schema, body, creating);
    return errors.length > 0 ? { ok: false, response: refuse(errors) } : { ok: true, value: { attrs: body, body } };
  }
  const inner = body[op.bodyRoot];
  if (!isObject(inner)) {
    if (!op.method.bodyRequired && req.body.trim() === '') return { ok: true, value: { attrs: {}, body } };
    return {
      ok: false,
      response: refuse([{ title: 'Missing attribute', code: 'field_missing', field: op.bodyRoot }]),
    };
  }
  const rootSchema = schema.properties[op.bodyRoot];
  const errors = rootSchema?.type === 'object' ? checkAttrs(rootSchema, inner, creating) : [];
  return errors.length > 0 ? { ok: false, response: refuse(errors) } : { ok: true, value: { attrs: inner, body } };
}
