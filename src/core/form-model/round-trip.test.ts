import { describe, expect, it } from 'vitest';
import { catalog, findMethod } from '../catalog/registry';
import type { MethodDef, V1Method, V3Method } from '../catalog/types';
import { buildRequest } from '../request/build-request';
import { decodePairs } from '../request/encode';
import { emptyForm, exampleForm, formFromValues, restoreForm, withoutSecrets } from './raw-values';
import { methodFormSchema, previewValues } from './to-zod';

const connection = { apiUrl: 'https://acme.api-us1.com', apiKey: 'k3y' };

/** One v3 method holding every field kind the form renders. */
const everyKind: V3Method = {
  id: 'test.every-kind',
  api: 'v3',
  group: 'Test',
  summary: 'Every kind',
  description: 'All field kinds.',
  http: 'POST',
  kind: 'write',
  path: '/api/3/things/{id}',
  params: [
    { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } },
    { name: 'orders', in: 'query', schema: { type: 'map', keyLabel: 'Field', value: { type: 'string' } } },
  ],
  body: {
    type: 'object',
    required: ['thing'],
    properties: {
      thing: {
        type: 'object',
        properties: {
          name: { type: 'string' },
          email: { type: 'string', format: 'email' },
          site: { type: 'string', format: 'url' },
          count: { type: 'integer', minimum: 0, maximum: 10 },
          ratio: { type: 'number', minimum: 0, maximum: 1 },
          active: { type: 'boolean' },
          status: { type: 'string', enum: ['open', 'won', 'lost'] },
          due: { type: 'string', format: 'date' },
          at: { type: 'string', format: 'date-time' },
          tags: { type: 'array', items: { type: 'string' } },
          ids: { type: 'array', items: { type: 'integer' } },
          fieldValues: {
            type: 'array',
            items: {
              type: 'object',
              required: ['field', 'value'],
              properties: { field: { type: 'string' }, value: { type: 'string' } },
            },
          },
          address: { type: 'object', properties: { city: { type: 'string' }, zip: { type: 'string' } } },
          extra: { type: 'json' },
        },
      },
    },
  },
  responses: [],
};

const everyValue = {
  thing: {
    name: 'Widget',
    email: 'a@example.com',
    site: 'https://example.com/x?y=1',
    count: 10,
    ratio: 0.25,
    active: false,
    status: 'won',
    due: '2026-01-31',
    at: '2026-01-31T14:30:00-06:00',
    tags: ['a', 'b c'],
    ids: [3, 1],
    fieldValues: [
      { field: '1', value: 'Gold' },
      { field: '2', value: 'x' },
    ],
    address: { city: 'Chicago' },
    extra: { nested: [1, 'two', null], ok: true },
  },
};

const v1Post: V1Method = {
  id: 'test.v1',
  api: 'v1',
  group: 'Test',
  summary: 'v1',
  description: 'v1 post',
  http: 'POST',
  kind: 'write',
  action: 'contact_add',
  params: [
    { name: 'email', in: 'form', required: true, schema: { type: 'string', format: 'email' } },
    { name: 'p', in: 'form', schema: { type: 'map', keyLabel: 'List id', value: { type: 'string' } } },
    { name: 'field', in: 'form', schema: { type: 'map', keyLabel: 'Field', value: { type: 'string' } } },
    { name: 'status', in: 'form', schema: { type: 'map', keyLabel: 'List id', value: { type: 'integer' } } },
  ],
  responses: [],
};

function method(id: string): MethodDef {
  const m = findMethod(id);
  if (!m) throw new Error(`missing ${id}`);
  return m;
}

describe('values -> form -> values -> request -> values', () => {
  it('keeps every field kind of a JSON body and its path/query params', () => {
    const params = { id: 7, orders: { name: 'ASC', cdate: 'DESC' } };
    const values = methodFormSchema(everyKind).parse(formFromValues(everyKind, params, everyValue));
    expect(values).toEqual({ params, body: everyValue });
    const req = buildRequest(everyKind, values, connection);
    expect(req.url).toBe('https://acme.api-us1.com/api/3/things/7?orders[name]=ASC&orders[cdate]=DESC');
    const sentBody: unknown = JSON.parse(req.body ?? '');
    expect(sentBody).toEqual(everyValue);
    // And back into the form: the same raw values the first pass produced.
    expect(formFromValues(everyKind, params, sentBody)).toEqual(formFromValues(everyKind, params, everyValue));
  });

  it('serialises v1 map rows to the exact bracketed names, and reads them back', () => {
    const params = {
      email: 'a@b.com',
      p: { '1': '1', '12': '12' },
      field: { '%PERS_1%,0': 'hi there' },
      status: { '1': 2 },
    };
    const values = methodFormSchema(v1Post).parse(formFromValues(v1Post, params));
    expect(values.params).toEqual(params);
    const req = buildRequest(v1Post, values, connection);
    const pairs = decodePairs(req.body ?? '');
    expect(pairs).toEqual([
      ['email', 'a@b.com'],
      ['p[1]', '1'],
      ['p[12]', '12'],
      ['field[%PERS_1%,0]', 'hi there'],
      ['status[1]', '2'],
    ]);
    const back: Record<string, Record<string, string> | string> = {};
    for (const [name, value] of pairs) {
      const m = /^(\w+)\[(.*)\]$/.exec(name);
      if (m?.[1] && m[2] !== undefined) back[m[1]] = { ...(back[m[1]] as Record<string, string>), [m[2]]: value };
      else back[name] = value;
    }
    expect(methodFormSchema(v1Post).parse(formFromValues(v1Post, back)).params).toEqual(params);
  });

  it('reports each bad map value on its own row', () => {
    const raw = formFromValues(v1Post, { email: 'a@b.com', status: { '1': 'x' } });
    const r = methodFormSchema(v1Post).safeParse(raw);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['params.p3.0.value', 'status[1] must be a whole number.'],
    ]);
  });

  it('rejects numbers outside min/max and bad dates, naming the field', () => {
    const raw = formFromValues(
      everyKind,
      { id: 1 },
      { thing: { count: 11, ratio: -1, due: '2026-02-31x', at: 'soon' } },
    );
    const r = methodFormSchema(everyKind).safeParse(raw);
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['body.thing.count', 'count must be at most 10.'],
      ['body.thing.ratio', 'ratio must be at least 0.'],
      ['body.thing.due', 'due must be a date as YYYY-MM-DD, e.g. 2026-01-31.'],
      ['body.thing.at', 'at must be a date and time like 2026-01-31T14:30:00-06:00.'],
    ]);
  });

  it('sends a bare array body for the bulk calls', () => {
    const m = method('v3.dealCustomFieldData.bulkCreate');
    const body = [
      { dealId: 1, customFieldId: 1, fieldValue: 'Referral' },
      { dealId: 1, customFieldId: 4, fieldValue: 9999, fieldCurrency: 'cad' },
    ];
    const values = methodFormSchema(m).parse(formFromValues(m, {}, body));
    expect(values.body).toEqual(body);
    expect(buildRequest(m, values, connection).body).toBe(JSON.stringify(body));
    const empty = methodFormSchema(m).safeParse(emptyForm(m));
    expect(empty.error?.issues.map((i) => i.message)).toEqual(['body needs at least one item.']);
  });

  it('sends account custom field bulk updates as a bare array, not under a wrapper key', () => {
    const m = method('v3.accountCustomFieldData.bulkUpdate');
    const values = methodFormSchema(m).parse(exampleForm(m));
    expect(Array.isArray(values.body)).toBe(true);
    expect(buildRequest(m, values, connection).body).toMatch(/^\[\{"id":3,/);
  });
});

describe('every catalog method', () => {
  it('derives a form whose empty, example and restored values all go through the schema', () => {
    for (const m of catalog) {
      const strict = methodFormSchema(m);
      expect(() => strict.safeParse(emptyForm(m)), m.id).not.toThrow();
      const example = exampleForm(m);
      expect(restoreForm(m, JSON.parse(JSON.stringify(example))), m.id).toEqual(example);
      expect(previewValues(m, example), m.id).toEqual(strict.parse(example));
      expect(() => buildRequest(m, strict.parse(example), connection), m.id).not.toThrow();
    }
  }, 60_000);
});

describe('restoreForm', () => {
  it('fits stored values from an older shape to the current schema', () => {
    const m = method('v3.accountCustomFieldData.bulkCreate');
    const stale = { params: {}, body: { account: [{ customerAccountId: '1' }] } };
    expect(restoreForm(m, stale)).toEqual(emptyForm(m));
    expect(restoreForm(m, 'garbage')).toEqual(emptyForm(m));
  });
});

describe('withoutSecrets', () => {
  it('blanks every secret param before a form is stored', () => {
    const withSecrets = catalog.filter((x) => x.params.some((p) => p.secret));
    expect(withSecrets.length).toBeGreaterThan(0);
    for (const m of withSecrets) {
      const raw = exampleForm(m);
      const secrets = m.params.filter((p) => p.secret).map((p) => String(p.schema.example));
      const stored = JSON.stringify(withoutSecrets(m, raw));
      for (const secret of secrets) {
        expect(JSON.stringify(raw), m.id).toContain(secret);
        expect(stored, m.id).not.toContain(secret);
      }
    }
  });
});
