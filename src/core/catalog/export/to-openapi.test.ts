import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { catalog } from '../registry';
import type { V3Method } from '../types';
import { toCatalogJson } from './to-json';
import { toOpenApi } from './to-openapi';

const v3 = catalog.filter((m): m is V3Method => m.api === 'v3');

describe('toOpenApi', () => {
  it('exports the whole v3 catalog as a valid OpenAPI 3.1 document', async () => {
    const doc = toOpenApi(v3, '1.2.3');
    const result = await new Validator().validate(doc as unknown as Parameters<Validator['validate']>[0]);
    expect(result.errors ?? [], JSON.stringify(result.errors ?? []).slice(0, 2000)).toEqual([]);
    expect(result.valid).toBe(true);
    const paths = doc.paths as Record<string, Record<string, unknown>>;
    const operations = Object.values(paths).reduce((n, item) => n + Object.keys(item).length, 0);
    expect(operations).toBe(v3.length);
  });

  it('is checked by a validator that does reject a broken document', async () => {
    const doc = toOpenApi(v3, '1') as { paths: Record<string, Record<string, Record<string, unknown>>> };
    const op = doc.paths['/api/3/contacts']?.get;
    if (op) op.responses = 'none';
    expect((await new Validator().validate(doc as unknown as Parameters<Validator['validate']>[0])).valid).toBe(false);
  });

  it('describes bodies, bracketed params and auth the way clients need them', () => {
    const doc = toOpenApi(v3, '1') as { paths: Record<string, Record<string, Record<string, unknown>>> };
    const create = doc.paths['/api/3/contacts']?.post as {
      requestBody: { content: Record<string, { example: unknown }> };
    };
    expect(create.requestBody.content['application/json']?.example).toMatchObject({
      contact: { email: 'jane.doe@example.com' },
    });
    const list = doc.paths['/api/3/contacts']?.get as { parameters: { name: string }[] };
    expect(list.parameters.map((p) => p.name)).toEqual(expect.arrayContaining(['limit', 'offset', 'email', 'search']));
    expect(toOpenApi(v3, '1').components).toEqual({
      securitySchemes: { ApiToken: { type: 'apiKey', in: 'header', name: 'Api-Token' } },
    });
  });
});

describe('toCatalogJson', () => {
  it('lists every method with its location and parameters', () => {
    const json = toCatalogJson(catalog);
    expect(json).toHaveLength(catalog.length);
    const v1 = json.find((m) => m.id === 'v1.contact_view_email');
    expect(v1).toMatchObject({ api: 'v1', http: 'GET', action: 'contact_view_email' });
    expect(v1?.params).toContainEqual({ name: 'email', in: 'query', type: 'string(email)', required: true });
    const create = json.find((m) => m.id === 'v3.contacts.create');
    expect(create?.params).toContainEqual({ name: 'contact.email', in: 'body', type: 'string(email)', required: true });
  });
});
