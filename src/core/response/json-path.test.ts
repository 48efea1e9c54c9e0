import { describe, expect, it } from 'vitest';
import { formatPath, parsePath } from './json-path';

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

describe('parsePath', () => {
  it.each([
    [['contacts', 3, 'email']],
    [[0, 'id']],
    [[]],
    [['fieldValues', 'my field', 'a.b', '0', 'with "quotes" and \\ and ]']],
    [['root', '12', 'links', 'contactTags']],
  ])('reads back what formatPath wrote: %j', (segments) => {
    expect(parsePath(formatPath(segments))).toEqual(segments);
  });
});
