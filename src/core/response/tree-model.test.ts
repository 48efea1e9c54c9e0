import { describe, expect, it } from 'vitest';
import { LazyJson } from './lazy-json';
import { plainTree, TreeModel } from './tree-model';

const doc = {
  contacts: [
    { id: '1', email: 'ada@example.com' },
    { id: '2', email: 'bob@example.com' },
  ],
  meta: { total: '2' },
};

const paths = (m: TreeModel) => m.rows(0, m.rowCount).map((r) => r.path);

describe('TreeModel', () => {
  it('opens small documents fully by default, keeping values as they are', () => {
    const m = plainTree(doc);
    expect(paths(m)).toEqual([
      '',
      'contacts',
      'contacts[0]',
      'contacts[0].id',
      'contacts[0].email',
      'contacts[1]',
      'contacts[1].id',
      'contacts[1].email',
      'meta',
      'meta.total',
    ]);
    const total = m.rows(9, 10)[0];
    expect(total).toMatchObject({ key: 'total', type: 'string', text: '2', depth: 2, position: 1, siblings: 1 });
    expect(m.rows(1, 2)[0]).toMatchObject({ type: 'array', count: 2, expanded: true });
  });

  it('keeps a huge array closed by default but opens its small siblings', () => {
    const big = { contacts: Array.from({ length: 100_000 }, (_, i) => ({ id: String(i) })), meta: { total: '100000' } };
    const m = plainTree(big);
    expect(paths(m)).toEqual(['', 'contacts', 'meta', 'meta.total']);
    expect(m.toggle('contacts')).toBe(true);
    expect(m.rowCount).toBe(100_004);
    expect(m.rows(99_999 + 2, 100_002)[0]?.path).toBe('contacts[99999]');
    m.toggle('contacts');
    expect(m.rowCount).toBe(4);
  });

  it('expands to a depth and collapses all but the root', () => {
    const m = plainTree(doc);
    m.expandToDepth(2);
    expect(paths(m)).toEqual(['', 'contacts', 'contacts[0]', 'contacts[1]', 'meta', 'meta.total']);
    m.collapseAll();
    expect(paths(m)).toEqual(['', 'contacts', 'meta']);
  });

  it('closes a subtree together with its open descendants', () => {
    const m = plainTree(doc);
    m.toggle('contacts');
    expect(paths(m)).toEqual(['', 'contacts', 'meta', 'meta.total']);
    m.toggle('contacts');
    expect(m.rowCount).toBe(10);
  });

  it('counts search matches in keys and values and reveals them one by one', () => {
    const m = plainTree(doc);
    m.collapseAll();
    expect(m.search('EXAMPLE.com')).toEqual({ count: 2, stored: 2 });
    const second = m.reveal(1);
    expect(second?.path).toBe('contacts[1].email');
    expect(m.rows(second?.index ?? -1, (second?.index ?? -1) + 1)[0]?.text).toBe('bob@example.com');
    const row = m.rows(second?.index ?? 0, (second?.index ?? 0) + 1)[0];
    expect(row && m.isMatch(row)).toBe(true);
    expect(m.search('total').count).toBe(1);
    expect(m.search('').count).toBe(0);
  });

  it('cuts long strings in rows but keeps their full length', () => {
    const m = plainTree({ note: 'x'.repeat(1000) });
    const row = m.rows(1, 2, 10)[0];
    expect(row?.text).toBe('x'.repeat(10));
    expect(row?.length).toBe(1000);
    expect(m.rows(1, 2, 5000)[0]?.text).toHaveLength(1000);
  });

  it('copies a value as pretty JSON', () => {
    const m = plainTree(doc);
    expect(m.valueJson('meta')).toBe('{\n  "total": "2"\n}');
    expect(m.valueJson('nope')).toBeUndefined();
  });

  it('shows scalars at the root', () => {
    const m = plainTree('just text');
    expect(m.rows(0, 1)[0]).toMatchObject({ path: '', key: null, type: 'string', text: 'just text' });
  });

  it('reads a value at any path, shown as a row or not, over a plain or a lazily read body', () => {
    const body = { deals: [{ stage: '2', links: { stage: 'https://a/api/3/deals/1/stage' } }], 'odd key': [null] };
    const plain = plainTree(body);
    plain.collapseAll();
    const lazy = new TreeModel(LazyJson.open(new TextEncoder().encode(JSON.stringify(body))) as LazyJson);
    lazy.collapseAll();
    for (const m of [plain, lazy]) {
      expect(m.valueAt('deals[0].stage')).toBe('"2"');
      expect(JSON.parse(m.valueAt('deals[0].links') ?? '')).toEqual(body.deals[0]?.links);
      expect(m.valueAt('["odd key"][0]')).toBe('null');
      expect(m.valueAt('deals[1]')).toBeUndefined();
      expect(m.valueAt('deals[0].owner')).toBeUndefined();
      expect(m.valueAt('deals.stage')).toBeUndefined();
    }
  });
});
