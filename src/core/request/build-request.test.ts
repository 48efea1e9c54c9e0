import { describe, expect, it } from 'vitest';
import { findMethod } from '../catalog/registry';
import type { MethodDef, V1Method } from '../catalog/types';
import { buildRequest } from './build-request';
import { decodePairs } from './encode';

const connection = { apiUrl: 'https://acme.api-us1.com/', apiKey: 'k3y-123' };

function method(id: string): MethodDef {
  const m = findMethod(id);
  if (!m) throw new Error(`missing ${id}`);
  return m;
}

describe('buildRequest (v3)', () => {
  const table: {
    name: string;
    id: string;
    values: Parameters<typeof buildRequest>[1];
    url: string;
    body?: string;
  }[] = [
    { name: 'no params', id: 'v3.users.me', values: { params: {} }, url: 'https://acme.api-us1.com/api/3/users/me' },
    {
      name: 'query in declaration order, empty values left out',
      id: 'v3.contacts.list',
      values: { params: { search: 'jane doe', limit: 5, offset: '', email: undefined } },
      url: 'https://acme.api-us1.com/api/3/contacts?limit=5&search=jane%20doe',
    },
    {
      name: 'reserved characters in values are encoded',
      id: 'v3.contacts.list',
      values: { params: { email: 'a+b&c=d@example.com' } },
      url: 'https://acme.api-us1.com/api/3/contacts?email=a%2Bb%26c%3Dd%40example.com',
    },
    {
      name: 'path params are substituted and encoded',
      id: 'v3.contacts.get',
      values: { params: { id: '12/../13' } },
      url: 'https://acme.api-us1.com/api/3/contacts/12%2F..%2F13',
    },
    {
      name: 'a missing path param stays visible as a placeholder',
      id: 'v3.contacts.get',
      values: { params: {} },
      url: 'https://acme.api-us1.com/api/3/contacts/{id}',
    },
    {
      name: 'JSON body',
      id: 'v3.contacts.create',
      values: { params: {}, body: { contact: { email: 'a@example.com', fieldValues: [{ field: '1', value: 'x' }] } } },
      url: 'https://acme.api-us1.com/api/3/contacts',
      body: '{"contact":{"email":"a@example.com","fieldValues":[{"field":"1","value":"x"}]}}',
    },
  ];
  it.each(table)('$name', ({ id, values, url, body }) => {
    const req = buildRequest(method(id), values, connection);
    expect(req.url).toBe(url);
    expect(req.body).toBe(body);
    expect(req.headers).toContainEqual({ name: 'Api-Token', value: 'k3y-123' });
    expect(req.headers).toContainEqual({ name: 'Accept', value: 'application/json' });
    const ct = req.headers.find((h) => h.name === 'Content-Type');
    expect(ct?.value).toBe(body === undefined ? undefined : 'application/json');
  });

  it('sends no Api-Token header when there is no key', () => {
    const req = buildRequest(method('v3.users.me'), { params: {} }, { ...connection, apiKey: '' });
    expect(req.headers.map((h) => h.name)).not.toContain('Api-Token');
    expect(req.secrets).toEqual([]);
  });

  it('lists the key as a secret', () => {
    expect(buildRequest(method('v3.users.me'), { params: {} }, connection).secrets).toEqual(['k3y-123']);
  });
});

describe('buildRequest (v1)', () => {
  it('puts action, key and output in the query and GET params after them', () => {
    const req = buildRequest(method('v1.contact_view_email'), { params: { email: 'a@example.com' } }, connection);
    expect(req.method).toBe('GET');
    expect(req.url).toBe(
      'https://acme.api-us1.com/admin/api.php?api_action=contact_view_email&api_key=k3y-123&api_output=json&email=a%40example.com',
    );
    expect(req.body).toBeUndefined();
  });

  it('honours api_output=xml', () => {
    const req = buildRequest(method('v1.contact_view_email'), { params: {} }, connection, { v1Output: 'xml' });
    expect(req.url).toContain('api_output=xml');
  });

  it('form-encodes POST params with bracketed map names', () => {
    const post: V1Method = {
      id: 'test.post',
      api: 'v1',
      group: 'T',
      summary: 's',
      description: 'd',
      http: 'POST',
      kind: 'write',
      action: 'contact_add',
      params: [
        { name: 'email', in: 'form', schema: { type: 'string' } },
        { name: 'p', in: 'form', schema: { type: 'map', keyLabel: 'List id', value: { type: 'string' } } },
        { name: 'field', in: 'form', schema: { type: 'map', keyLabel: 'Field', value: { type: 'string' } } },
      ],
      responses: [],
    };
    const req = buildRequest(
      post,
      { params: { email: 'a@b.com', p: { '1': '1', '2': '2' }, field: { '%PERS_1%,0': 'hi there' } } },
      connection,
    );
    expect(req.headers).toEqual([{ name: 'Content-Type', value: 'application/x-www-form-urlencoded' }]);
    expect(req.body).toBe('email=a%40b.com&p[1]=1&p[2]=2&field[%25PERS_1%25%2C0]=hi%20there');
    expect(decodePairs(req.body ?? '')).toEqual([
      ['email', 'a@b.com'],
      ['p[1]', '1'],
      ['p[2]', '2'],
      ['field[%PERS_1%,0]', 'hi there'],
    ]);
  });
});
