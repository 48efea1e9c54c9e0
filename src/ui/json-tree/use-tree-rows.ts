import { useCallback, useRef, useState } from 'react';
import type { ShownRow, TreeSource } from './tree-source';

interface View {
  count: number;
  /** Bumped whenever rows move (open, close, search), so answers for older layouts are dropped. */
  version: number;
  rows: ReadonlyMap<number, ShownRow>;
}

/** Past this many cached rows the cache restarts, so scrolling through 100,000 rows keeps memory flat. */
const CACHE_LIMIT = 3000;

/**
 * The rows the tree has fetched from its source, by index. The source may
 * live in a worker, so rows arrive asynchronously; changes fetch the visible
 * window before swapping the view, so the tree never flashes empty.
 */
export function useTreeRows(source: TreeSource) {
  const [view, setView] = useState<View>(() => ({ count: source.initialRowCount, version: 0, rows: new Map() }));
  const version = useRef(0);
  const inflight = useRef(new Set<string>());

  const load = useCallback(
    (start: number, end: number) => {
      const v = version.current;
      const key = `${v}:${start}:${end}`;
      if (inflight.current.has(key)) return;
      inflight.current.add(key);
      void source.rows(start, end).then((rows) => {
        inflight.current.delete(key);
        setView((cur) => {
          if (cur.version !== v || v !== version.current) return cur;
          const next = new Map(cur.rows.size > CACHE_LIMIT ? [] : cur.rows);
          rows.forEach((r, i) => next.set(start + i, r));
          return { ...cur, rows: next };
        });
      });
    },
    [source],
  );

  /** Runs an operation that moves rows, then shows the window [start, end) of the new layout. */
  const change = useCallback(
    async (op: () => Promise<number | undefined>, start: number, end: number) => {
      const v = ++version.current;
      const count = await op();
      const rows = await source.rows(start, end);
      if (v !== version.current) return;
      setView((cur) => ({
        count: count ?? cur.count,
        version: v,
        rows: new Map(rows.map((r, i) => [start + i, r])),
      }));
    },
    [source],
  );

  return { view, load, change };
}
