import { useCallback, useRef, useState } from 'react';
import type { RowWindow, ShownRow, TreeSource } from './tree-source';

interface View {
  count: number;
  /** Bumped whenever rows move (open, close, search), so answers for older layouts are dropped. */
  version: number;
  rows: ReadonlyMap<number, ShownRow>;
}

/** Past this many cached rows the cache restarts, so scrolling through 100,000 rows keeps memory flat. */
const CACHE_LIMIT = 3000;

function rowMap(start: number, rows: readonly ShownRow[], base: ReadonlyMap<number, ShownRow> = new Map()) {
  const next = new Map(base.size > CACHE_LIMIT ? [] : base);
  rows.forEach((r, i) => next.set(start + i, r));
  return next;
}

/**
 * The rows the tree has fetched from its source, by index. The source may
 * live in a worker, so rows arrive asynchronously; changes fetch the visible
 * window before swapping the view, so the tree never flashes empty. The row
 * count always comes from the same answer as the rows, so a change that is
 * overtaken by another can never leave a count from an older layout behind.
 * Mount once per source (the tree is keyed by it): the view belongs to that document.
 */
export function useTreeRows(source: TreeSource) {
  const [view, setView] = useState<View>(() => ({
    count: source.initial.count,
    version: 0,
    rows: rowMap(0, source.initial.rows),
  }));
  const version = useRef(0);
  const inflight = useRef(new Set<string>());

  const load = useCallback(
    (start: number, end: number) => {
      const v = version.current;
      const key = `${v}:${start}:${end}`;
      if (inflight.current.has(key)) return;
      inflight.current.add(key);
      source
        .rows(start, end)
        .then((answer: RowWindow) =>
          setView((cur) =>
            cur.version !== v || v !== version.current
              ? cur
              : { ...cur, count: answer.count, rows: rowMap(start, answer.rows, cur.rows) },
          ),
        )
        // A failed read (the document was replaced) leaves the view as it is; the next scroll asks again.
        .catch(() => undefined)
        .finally(() => inflight.current.delete(key));
    },
    [source],
  );

  /**
   * Runs an operation that moves rows, then shows the window [start, end) of
   * the new layout: the one the operation answered, or else one read back.
   */
  const change = useCallback(
    async (op: (start: number, end: number) => Promise<RowWindow | undefined>, start: number, end: number) => {
      const v = ++version.current;
      // Even when the operation failed, the layout may have moved: read it back rather than guess.
      // A read that fails too means the document was replaced, and this view with it.
      const answer =
        (await op(start, end).catch(() => undefined)) ?? (await source.rows(start, end).catch(() => undefined));
      if (answer && v === version.current)
        setView({ count: answer.count, version: v, rows: rowMap(start, answer.rows) });
    },
    [source],
  );

  return { view, load, change };
}
