import { describe, expect, it } from 'vitest';
import { MAX_TABS, NO_TABS, reduceTabs, restoreTabs, type OpenTabs } from './open-tabs';

let n = 0;
const open = (s: OpenTabs, methodId: string, newTab = false) =>
  reduceTabs(s, { type: 'open', key: methodId, newTab, tabId: `t${++n}` });
const methods = (s: OpenTabs) => s.tabs.map((t) => t.key);
const activeMethod = (s: OpenTabs) => s.tabs.find((t) => t.id === s.active)?.key;

describe('reduceTabs', () => {
  it('opens the first method in a new tab and replaces it with the next (preview tab)', () => {
    const a = open(NO_TABS, 'v3.contacts.list');
    expect(methods(a)).toEqual(['v3.contacts.list']);
    const b = open(a, 'v3.tags.list');
    expect(methods(b)).toEqual(['v3.tags.list']);
    expect(activeMethod(b)).toBe('v3.tags.list');
  });

  it('keeps a pinned tab and opens beside it', () => {
    const a = open(NO_TABS, 'v3.contacts.list');
    const pinned = reduceTabs(a, { type: 'togglePin', tabId: a.active ?? '' });
    const b = open(pinned, 'v3.tags.list');
    expect(methods(b)).toEqual(['v3.contacts.list', 'v3.tags.list']);
    expect(b.tabs[0]?.pinned).toBe(true);
  });

  it('opens a new tab right of the active one when asked (Ctrl/⌘+click, middle-click)', () => {
    let s = open(NO_TABS, 'a');
    s = open(s, 'b', true);
    s = reduceTabs(s, { type: 'activate', tabId: s.tabs[0]?.id ?? '' });
    s = open(s, 'c', true);
    expect(methods(s)).toEqual(['a', 'c', 'b']);
    expect(activeMethod(s)).toBe('c');
  });

  it('switches to a method that is already open instead of opening it twice', () => {
    let s = open(NO_TABS, 'a');
    s = open(s, 'b', true);
    s = open(s, 'a');
    expect(methods(s)).toEqual(['a', 'b']);
    expect(activeMethod(s)).toBe('a');
  });

  it('activates the right neighbour when the active tab closes, the left one at the end', () => {
    let s = open(NO_TABS, 'a');
    s = open(s, 'b', true);
    s = open(s, 'c', true);
    const middle = reduceTabs(reduceTabs(s, { type: 'activate', tabId: s.tabs[1]?.id ?? '' }), {
      type: 'close',
      tabId: s.tabs[1]?.id ?? '',
    });
    expect(activeMethod(middle)).toBe('c');
    const last = reduceTabs(s, { type: 'close', tabId: s.tabs[2]?.id ?? '' });
    expect(activeMethod(last)).toBe('b');
    const none = reduceTabs(open(NO_TABS, 'x'), { type: 'close', tabId: `t${n}` });
    expect(none).toEqual(NO_TABS);
  });

  it('closes the oldest unpinned tab past the cap, never a pinned one', () => {
    let s = open(NO_TABS, 'm0');
    s = reduceTabs(s, { type: 'togglePin', tabId: s.active ?? '' });
    for (let i = 1; i <= MAX_TABS + 3; i++) s = open(s, `m${i}`, true);
    expect(s.tabs).toHaveLength(MAX_TABS);
    expect(methods(s)[0]).toBe('m0');
    expect(activeMethod(s)).toBe(`m${MAX_TABS + 3}`);
  });

  it('close others keeps the chosen tab and the pinned ones', () => {
    let s = open(NO_TABS, 'a');
    s = reduceTabs(s, { type: 'togglePin', tabId: s.active ?? '' });
    s = open(s, 'b', true);
    s = open(s, 'c', true);
    s = reduceTabs(s, { type: 'closeOthers', tabId: s.tabs[2]?.id ?? '' });
    expect(methods(s)).toEqual(['a', 'c']);
  });
});

describe('restoreTabs', () => {
  // Stored keys are normalised: a bare method id from an older version becomes `method:<id>`.
  const normalise = (key: string) => (key.includes('gone') ? undefined : key.includes(':') ? key : `method:${key}`);
  it('keeps well-formed tabs of existing targets and the active one', () => {
    const s = restoreTabs(
      {
        tabs: [
          { id: '1', key: 'method:a', pinned: true },
          { id: '2', key: 'guide:gone' },
          { id: 3, key: 'method:b' },
          { id: '4', methodId: 'a' },
          { id: '5', key: 'recipe:c' },
          { id: '6', methodId: 'd' },
        ],
        active: '5',
      },
      normalise,
    );
    expect(s).toEqual({
      tabs: [
        { id: '1', key: 'method:a', pinned: true },
        { id: '5', key: 'recipe:c', pinned: false },
        { id: '6', key: 'method:d', pinned: false },
      ],
      active: '5',
    });
  });
  it('falls back to no tabs for anything that is not a tab list', () => {
    expect(restoreTabs('junk', normalise)).toEqual(NO_TABS);
    expect(restoreTabs({ tabs: 'x' }, normalise)).toEqual(NO_TABS);
    expect(restoreTabs({ tabs: [{ id: '1', key: 'method:a' }], active: 'nope' }, normalise).active).toBe('1');
  });
});
