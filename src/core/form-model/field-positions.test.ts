import { describe, expect, it } from 'vitest';
import type { Schema } from '../catalog/types';
import { controlCount, controlStarts } from './field-positions';

const text: Schema = { type: 'string' };
const flags: Schema = {
  type: 'object',
  properties: { a: { type: 'boolean' }, b: { type: 'boolean' }, nested: { type: 'object', properties: { c: text } } },
};

describe('controlCount', () => {
  it('counts one per scalar, list and map, and the fields of nested objects', () => {
    expect(controlCount(text)).toBe(1);
    expect(controlCount({ type: 'array', items: flags })).toBe(1);
    expect(controlCount({ type: 'map', keyLabel: 'List id', value: text })).toBe(1);
    expect(controlCount(flags)).toBe(3);
    expect(controlCount({ type: 'object', properties: {} })).toBe(0);
  });
});

describe('controlStarts', () => {
  it('places each schema after the controls of those before it', () => {
    expect(controlStarts([text, flags, text, { type: 'json' }], 2)).toEqual([2, 3, 6, 7]);
    expect(controlStarts([], 5)).toEqual([]);
  });
});
