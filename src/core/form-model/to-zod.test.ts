import { describe, expect, it } from 'vitest';
import { catalog, findMethod } from '../catalog/registry';
import type { MethodDef } from '../catalog/types';
import { buildRequest } from '../request/build-request';
import { emptyForm, exampleForm, formFromValues, type RawForm, type RawObject } from './raw-values';
import { methodFormSchema, previewValues } from './to-zod';

function method(id: string): MethodDef {
  const m = findMethod(id);
  if (!m) throw new Error(`missing ${id}`);
  return m;
}

function issues(m: MethodDef, raw: RawForm) {
  const r = methodFormSchema(m).safeParse(raw);
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('methodFormSchema', () => {
  it('builds a schema for every catalog method, and each example passes it', () => {
    for (const m of catalog) {
      const schema = methodFormSchema(m);
      const result = schema.safeParse(exampleForm(m));
      expect(result.success, `${m.id}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
    }
  });

  it('rejects a missing required email with a clear message on that field', () => {
    const m = method('v3.contacts.create');
    expect(issues(m, emptyForm(m))).toEqual([
      {
        path: 'body.contact.email',
        message: 'email is required. To leave it out, set allowNullEmail to true and give phone.',
      },
    ]);
  });

  it('rejects a malformed email and a non-integer limit', () => {
    const create = method('v3.contacts.create');
    const raw = emptyForm(create);
    ((raw.body as RawObject).contact as RawObject).email = 'not-an-email';
    expect(issues(create, raw)[0]?.message).toMatch(/valid email address/);
    const list = method('v3.contacts.list');
    const listRaw = emptyForm(list);
    listRaw.params.p0 = '2.5';
    expect(issues(list, listRaw)).toEqual([{ path: 'params.p0', message: 'limit must be a whole number.' }]);
    listRaw.params.p0 = '500';
    expect(issues(list, listRaw)).toEqual([{ path: 'params.p0', message: 'limit must be at most 100.' }]);
  });

  it('leaves optional blanks out entirely instead of sending empty strings', () => {
    const m = method('v3.contacts.create');
    const raw = emptyForm(m);
    ((raw.body as RawObject).contact as RawObject).email = 'a@example.com';
    const out = methodFormSchema(m).parse(raw);
    expect(out).toEqual({ params: {}, body: { contact: { email: 'a@example.com' } } });
  });

  it('round-trips values -> form -> values -> request for nested arrays of objects', () => {
    const m = method('v3.contacts.create');
    const body = {
      contact: {
        email: 'a@example.com',
        firstName: 'A',
        fieldValues: [
          { field: '1', value: 'Gold' },
          { field: '2', value: '2026-01-31' },
        ],
      },
    };
    const values = methodFormSchema(m).parse(formFromValues(m, {}, body));
    expect(values.body).toEqual(body);
    const req = buildRequest(m, values, { apiUrl: 'https://a.api-us1.com', apiKey: 'k' });
    expect(JSON.parse(req.body ?? '')).toEqual(body);
  });

  it('round-trips query params with their types', () => {
    const m = method('v3.contacts.list');
    const params = { limit: 5, offset: 10, email: 'x@example.com', search: 'doe' };
    expect(methodFormSchema(m).parse(formFromValues(m, params)).params).toEqual(params);
  });

  it('requires both parts of a field value row once the row is started', () => {
    const m = method('v3.contacts.create');
    const raw = formFromValues(m, {}, { contact: { email: 'a@example.com', fieldValues: [{ field: '1' }] } });
    expect(issues(m, raw)).toEqual([{ path: 'body.contact.fieldValues.0.value', message: 'value is required.' }]);
  });
});

describe('previewValues', () => {
  it('never fails and keeps half-typed values visible', () => {
    const m = method('v3.contacts.list');
    const raw = emptyForm(m);
    raw.params.p0 = 'abc';
    expect(previewValues(m, raw)).toEqual({ params: { limit: 'abc' } });
  });
});
