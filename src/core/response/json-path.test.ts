import { describe, expect, it } from 'vitest';
import { formatPath } from './json-path';

describe('formatPath', () => {
  it('writes paths the way people type them', () => {
    expect(formatPath(['contacts', 3, 'email'])).toBe('contacts[3].email');
    expect(formatPath([0, 'id'])).toBe('[0].id');
    expect(formatPath([])).toBe('');
  });

  it('quotes keys that are not identifiers', () => {
    expect(formatPath(['fieldValues', 'my field', 'a.b'])).toBe('fieldValues["my field"]["a.b"]');
  });
});
