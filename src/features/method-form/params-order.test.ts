import { describe, expect, it } from 'vitest';
import { findMethod } from '../../core/catalog/registry';
import type { MethodDef } from '../../core/catalog/types';
import { emptyForm } from '../../core/form-model/raw-values';
import { orderedParams, setParams } from './params-order';

function method(id: string): MethodDef {
  const m = findMethod(id);
  if (!m) throw new Error(`missing ${id}`);
  return m;
}

describe('orderedParams', () => {
  it('puts required parameters first and keeps the catalog order otherwise', () => {
    const m = method('v1.contact_add');
    const order = orderedParams(m);
    expect(order.slice(0, 2).map((r) => r.param.name)).toEqual(['email', 'p']); // p is listed 9th
    const firstOptional = order.findIndex((r) => !r.param.required);
    expect(firstOptional).toBeGreaterThan(0);
    expect(order.slice(firstOptional).every((r) => !r.param.required)).toBe(true);
    const optionalIndexes = order.slice(firstOptional).map((r) => r.index);
    expect(optionalIndexes).toEqual([...optionalIndexes].sort((a, b) => a - b));
    expect(order).toHaveLength(m.params.length);
  });
});

describe('setParams', () => {
  it('lists the parameters holding a value, ignoring blanks and empty rows', () => {
    const m = method('v3.contacts.list');
    const raw = emptyForm(m);
    raw.params.p1 = '40';
    raw.params.p3 = '  ';
    expect(setParams(m, raw)).toEqual([1]);
  });
});
