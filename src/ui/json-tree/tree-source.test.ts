import { describe, expect, it } from 'vitest';
import { plainTree } from '../../core/response/tree-model';
import { INITIAL_ROWS, localTreeSource, treeOperations } from './tree-source';

const big = { contacts: Array.from({ length: 1000 }, (_, i) => ({ id: String(i) })), meta: { total: '1000' } };

describe('tree source', () => {
  it('answers every window with the row count of the layout it was read from', () => {
    const ops = treeOperations(plainTree(big));
    expect(ops.rows(0, 10).count).toBe(4);
    const after = ops.toggle('contacts', 1, 0, 3);
    expect(after.count).toBe(1004);
    expect(ops.rows(0, 1).count).toBe(1004);
    expect(after.rows.map((r) => r.path)).toEqual(['', 'contacts', 'contacts[0]']);
  });

  it('uses the caller’s row index when it is right and finds the row when it is stale', () => {
    const ops = treeOperations(plainTree(big));
    ops.toggle('contacts', 1, 0, 0);
    ops.toggle('contacts[999]', 5, 0, 0); // row 5 is contacts[3]: the hint is wrong, so the row is looked up
    const end = ops.rows(1000, 1004);
    expect(end.rows.map((r) => r.path)).toEqual(['contacts[998]', 'contacts[999]', 'contacts[999].id', 'meta']);
    expect(ops.rows(5, 6).rows[0]).toMatchObject({ path: 'contacts[3]', expanded: false });
  });

  it('delivers the first rows with the source, so the tree paints without asking', () => {
    const source = localTreeSource(plainTree({ list: Array.from({ length: 250 }, (_, i) => i) }));
    expect(source.initial.count).toBe(252);
    expect(source.initial.rows).toHaveLength(INITIAL_ROWS);
    expect(source.initial.rows[1]).toMatchObject({ path: 'list', count: 250, expanded: true });
  });
});

describe('tree source filter', () => {
  it('narrows the rows to the matching paths and gives the tree back when cleared', () => {
    const ops = treeOperations(plainTree(big));
    const narrowed = ops.filter('contacts[*].id', 0, 3);
    expect(narrowed.total).toBe(1000);
    expect(narrowed.count).toBe(1000);
    expect(narrowed.rows.map((r) => [r.key, r.text])).toEqual([
      ['contacts[0].id', '0'],
      ['contacts[1].id', '1'],
      ['contacts[2].id', '2'],
    ]);
    expect(ops.valueJson('contacts[999].id')).toBe('"999"');
    expect(ops.filter('$.meta.total', 0, 5).rows.map((r) => r.path)).toEqual(['meta.total']);
    expect(ops.filter('..id', 0, 0).total).toBe(1000);
    expect(ops.filter('TOTAL', 0, 5).rows.map((r) => r.path)).toEqual(['meta.total']);
    expect(ops.filter('', 0, 10).count).toBe(4);
  });

  it('finds the parent row of a nested row', () => {
    const ops = treeOperations(plainTree(big));
    ops.toggle('contacts', 1, 0, 0);
    ops.toggle('contacts[500]', 502, 0, 0);
    expect(ops.rows(503, 504).rows[0]?.path).toBe('contacts[500].id');
    expect(ops.parentIndex(503)).toBe(502);
    expect(ops.parentIndex(502)).toBe(1);
    expect(ops.parentIndex(0)).toBe(-1);
  });

  it('reads values outside the filter’s matches from the document', () => {
    const ops = treeOperations(plainTree(big));
    ops.filter('contacts[5].id', 0, 3);
    expect(ops.valueJson('contacts[5].id')).toBe('"5"');
    expect(ops.valueJson('meta.total')).toBe('"1000"');
    expect(ops.valueJson('meta.missing')).toBeUndefined();
  });
});
