import { describe, expect, it } from 'vitest';
import { findMethod } from '../catalog/registry';
import { checkContract, compareShape } from './check-contract';

describe('compareShape', () => {
  it('accepts extra fields and documented nulls', () => {
    expect(compareShape({ a: 'x', b: null }, { a: 'y', b: 3, c: true })).toEqual([]);
  });

  it('reports missing fields and wrong kinds with their paths', () => {
    const diffs = compareShape(
      { contacts: [{ id: '1', email: 'e' }], meta: { total: '1' } },
      { contacts: [{ id: 1, email: 'e' }, { email: 'f' }], meta: { total: 2 } },
    );
    expect(diffs.map((d) => `${d.kind} ${d.path}`)).toEqual([
      'type contacts[0].id',
      'missing contacts[1].id',
      'type meta.total',
    ]);
    expect(diffs[0]?.message).toBe('contacts[0].id is a number, documented as a string.');
  });
});

describe('checkContract', () => {
  const method = findMethod('v3.contacts.get');
  if (!method) throw new Error('missing method');

  it('flags an undocumented status', () => {
    expect(checkContract(method, 418, '{}')[0]?.message).toMatch(/HTTP 418 is not a documented status/);
  });

  it('passes a body that matches the documented 404', () => {
    expect(checkContract(method, 404, '{"message":"No Result found for Subscriber with id 9"}')).toEqual([]);
  });

  it('flags a non-JSON body where JSON is documented', () => {
    expect(checkContract(method, 404, '<html>')[0]?.kind).toBe('unparsable');
  });
});
