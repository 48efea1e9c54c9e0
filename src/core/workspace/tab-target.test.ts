import { describe, expect, it } from 'vitest';
import { parseTargetKey, targetFromPath, targetKey, targetPath, type TabTarget } from './tab-target';

const targets: TabTarget[] = [
  { kind: 'method', id: 'v3.contacts.list' },
  { kind: 'method', id: 'v1.contact_view_email' },
  { kind: 'guide', id: 'getting-started' },
  { kind: 'recipe', id: 'first-call' },
  { kind: 'webhooks' },
];

describe('tab targets', () => {
  it.each(targets)('round-trips %o through its path and its key', (t) => {
    expect(targetFromPath(targetPath(t))).toEqual(t);
    expect(parseTargetKey(targetKey(t))).toEqual(t);
  });

  it('names nothing for the home view, history, unknown or malformed paths', () => {
    for (const p of ['/', '/history', '/m/', '/m/a/b', '/guides/', '/x/y', '/webhooks/inbox/demo', '/m/%E0%A4%A'])
      expect(targetFromPath(p)).toBeUndefined();
  });

  it('reads a bare method id (tabs stored by an earlier version) as a method, anything else not at all', () => {
    expect(parseTargetKey('v3.tags.list')).toEqual({ kind: 'method', id: 'v3.tags.list' });
    expect(parseTargetKey('nonsense')).toBeUndefined();
    expect(parseTargetKey('guide:')).toBeUndefined();
  });

  it('keeps ids with reserved characters in one path segment', () => {
    const t: TabTarget = { kind: 'recipe', id: 'a/b c' };
    expect(targetPath(t)).toBe('/recipes/a%2Fb%20c');
    expect(targetFromPath(targetPath(t))).toEqual(t);
  });
});
