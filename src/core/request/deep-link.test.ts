import { describe, expect, it } from 'vitest';
import type { V3Method } from '../catalog/types';
import { decodeLinkValues, encodeLinkValues } from './deep-link';

const method: V3Method = {
  id: 't',
  api: 'v3',
  group: 'T',
  summary: 'T',
  description: 'd',
  http: 'POST',
  kind: 'write',
  path: '/api/3/t',
  params: [
    { name: 'search', in: 'query', schema: { type: 'string' } },
    { name: 'api_key', in: 'query', secret: true, schema: { type: 'string' } },
  ],
  responses: [],
};

describe('link values', () => {
  it('round-trips params and body, including non-ASCII text and URL-unsafe characters', () => {
    const values = {
      params: { search: 'Zoë & co/?+' },
      body: { contact: { email: 'a@b.c', fieldValues: [{ field: '1', value: '✓' }] } },
    };
    const encoded = encodeLinkValues(method, values);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeLinkValues(encoded)).toEqual(values);
  });

  it('never carries secret parameters', () => {
    const encoded = encodeLinkValues(method, { params: { search: 'x', api_key: 'super-secret-key' } });
    expect(decodeLinkValues(encoded)).toEqual({ params: { search: 'x' } });
    expect(atob(encoded.replace(/-/g, '+').replace(/_/g, '/'))).not.toContain('super-secret-key');
  });

  it('rejects malformed input without throwing', () => {
    expect(decodeLinkValues('%%%')).toBeUndefined();
    expect(decodeLinkValues(btoa('[1,2]'))).toBeUndefined();
    expect(decodeLinkValues(btoa('"x"'))).toBeUndefined();
  });
});
