import { describe, expect, it } from 'vitest';
import { matchesPath, matchesText, mayMatchBelow, parsePathQuery, type PathStep } from './path-query';

const steps = (q: string): PathStep[] => {
  const parsed = parsePathQuery(q);
  if (parsed.kind !== 'path') throw new Error(`${q} is not a path query`);
  return parsed.steps;
};

describe('parsePathQuery', () => {
  it('reads bare, rooted and descendant paths', () => {
    expect(steps('contacts[*].email')).toEqual([
      { kind: 'key', key: 'contacts' },
      { kind: 'any' },
      { kind: 'key', key: 'email' },
    ]);
    expect(steps('$.contacts[0].id')).toEqual([
      { kind: 'key', key: 'contacts' },
      { kind: 'index', index: 0 },
      { kind: 'key', key: 'id' },
    ]);
    expect(steps('..email')).toEqual([{ kind: 'descend' }, { kind: 'key', key: 'email' }]);
    expect(steps('$["odd key"].*')).toEqual([{ kind: 'key', key: 'odd key' }, { kind: 'any' }]);
  });

  it('treats words and broken paths as plain text', () => {
    expect(parsePathQuery('jane')).toEqual({ kind: 'text', text: 'jane' });
    expect(parsePathQuery('Jane Doe')).toEqual({ kind: 'text', text: 'jane doe' });
    expect(parsePathQuery('contacts[')).toEqual({ kind: 'text', text: 'contacts[' });
    expect(parsePathQuery('jane.doe@example.org')).toEqual({ kind: 'text', text: 'jane.doe@example.org' });
    expect(steps('meta.total')).toEqual([
      { kind: 'key', key: 'meta' },
      { kind: 'key', key: 'total' },
    ]);
    expect(parsePathQuery('  ')).toEqual({ kind: 'empty' });
  });
});

describe('matchesPath', () => {
  it('matches wildcards, indexes and keys exactly, level for level', () => {
    const s = steps('contacts[*].email');
    expect(matchesPath(s, ['contacts', 3, 'email'])).toBe(true);
    expect(matchesPath(s, ['contacts', 3])).toBe(false);
    expect(matchesPath(s, ['contacts', 3, 'email', 'x'])).toBe(false);
    expect(matchesPath(s, ['deals', 3, 'email'])).toBe(false);
    expect(matchesPath(steps('$.contacts[0].id'), ['contacts', 0, 'id'])).toBe(true);
    expect(matchesPath(steps('$.contacts[0].id'), ['contacts', 1, 'id'])).toBe(false);
  });

  it('lets `..` skip any number of levels, including none', () => {
    const s = steps('..email');
    expect(matchesPath(s, ['email'])).toBe(true);
    expect(matchesPath(s, ['contacts', 7, 'email'])).toBe(true);
    expect(matchesPath(s, ['contacts', 7, 'emails'])).toBe(false);
  });

  it('prunes subtrees that can no longer match', () => {
    const s = steps('contacts[*].email');
    expect(mayMatchBelow(s, [])).toBe(true);
    expect(mayMatchBelow(s, ['contacts', 2])).toBe(true);
    expect(mayMatchBelow(s, ['meta'])).toBe(false);
    expect(mayMatchBelow(s, ['contacts', 2, 'email'])).toBe(false);
    expect(mayMatchBelow(steps('..id'), ['meta', 'deep'])).toBe(true);
  });
});

describe('matchesText', () => {
  it('finds the text in keys and scalar values, not in array indexes', () => {
    expect(matchesText('mail', 'email', 'x')).toBe(true);
    expect(matchesText('jane', 'name', 'Jane')).toBe(true);
    expect(matchesText('3', 3, undefined)).toBe(false);
    expect(matchesText('zz', 'name', 'Jane')).toBe(false);
  });
});
