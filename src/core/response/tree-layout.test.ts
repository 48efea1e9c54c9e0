import { describe, expect, it } from 'vitest';
import { plainDoc } from './json-doc';
import { childPath } from './json-path';
import { LazyJson } from './lazy-json';
import { TreeModel } from './tree-model';
import { seededRandom } from './seeded-random';

/** The rows a tree with these paths open must show, by a plain recursive walk: the reference for the segments. */
function reference(value: unknown, open: ReadonlySet<string>) {
  const rows: { path: string; depth: number; position: number; siblings: number; expanded?: boolean }[] = [];
  const walk = (v: unknown, path: string, depth: number, position: number, siblings: number) => {
    const container = typeof v === 'object' && v !== null;
    rows.push({ path, depth, position, siblings, ...(container ? { expanded: open.has(path) } : {}) });
    if (!container || !open.has(path)) return;
    const entries = Array.isArray(v) ? v.map((c, i) => [i, c] as const) : Object.entries(v);
    entries.forEach(([k, c], i) => walk(c, childPath(path, k), depth + 1, i + 1, entries.length));
  };
  walk(value, '', 0, 1, 1);
  return rows;
}

const doc = {
  contacts: Array.from({ length: 40 }, (_, i) => ({
    id: String(i),
    tags: i % 3 ? [`t${i}`, { deep: [1, 2, { deeper: i }] }] : [],
    'odd key': { a: i, b: [i] },
  })),
  meta: { total: '40', page: { next: null } },
};

function lazyDoc(text: string): LazyJson {
  const lazy = LazyJson.open(new TextEncoder().encode(text));
  if (!lazy) throw new Error('invalid JSON');
  return lazy;
}

describe('tree layout (segments)', () => {
  for (const [name, model] of [
    ['a plain value', () => new TreeModel(plainDoc(doc), 5)],
    ['lazy bytes', () => new TreeModel(lazyDoc(JSON.stringify(doc)), 5)],
  ] as const) {
    it(`matches a plain walk after 400 random opens and closes, over ${name}`, () => {
      const m = model();
      const next = seededRandom(name.length);
      const open = new Set<string>();
      const shown = () =>
        m.rows(0, m.rowCount).map(({ path, depth, position, siblings, expanded }) => ({
          path,
          depth,
          position,
          siblings,
          ...(expanded !== undefined ? { expanded } : {}),
        }));
      for (const r of shown()) if (r.expanded) open.add(r.path);
      for (let step = 0; step < 400; step++) {
        const rows = shown();
        expect(rows).toEqual(reference(doc, open));
        const containers = rows.map((r, i) => ({ ...r, i })).filter((r) => r.expanded !== undefined);
        const target = containers[Math.floor(next() * containers.length)];
        if (!target) break;
        // Half the time with the right row index, a quarter with a wrong one, a quarter with none.
        const roll = next();
        const hint = roll < 0.5 ? target.i : roll < 0.75 ? (target.i + 3) % rows.length : undefined;
        expect(m.toggle(target.path, undefined, hint)).toBe(true);
        if (open.has(target.path)) open.delete(target.path);
        else open.add(target.path);
        const start = Math.floor(next() * m.rowCount);
        expect(m.rows(start, start + 7)).toEqual(m.rows(0, m.rowCount).slice(start, start + 7));
        if (step % 50 === 0) {
          m.expandToDepth(3);
          open.clear();
          for (const r of shown()) if (r.expanded) open.add(r.path);
        }
      }
      const all = m.rows(0, m.rowCount);
      all.forEach((r, i) => expect(m.indexOf(r.path)).toBe(i));
      expect(m.indexOf('contacts[99]')).toBe(-1);
    });
  }

  it('opens and closes 1,000,000 items without a row each', () => {
    const m = new TreeModel(plainDoc({ big: Array.from({ length: 1_000_000 }, (_, i) => i), after: true }));
    m.toggle('big', true, 1);
    expect(m.rowCount).toBe(1_000_003);
    expect(m.rows(999_999, 1_000_003).map((r) => r.path)).toEqual([
      'big[999997]',
      'big[999998]',
      'big[999999]',
      'after',
    ]);
    expect(m.indexOf('big[123456]')).toBe(123_458);
    m.toggle('big', false, 1);
    expect(m.rowCount).toBe(3);
  });
});
