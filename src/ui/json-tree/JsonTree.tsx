import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SearchResult } from '../../core/response/tree-model';
import { copyText } from '../../lib/clipboard';
import { TreeRowItem, rowLabel } from './TreeRowItem';
import { TreeSearch } from './TreeSearch';
import type { ShownRow, TreeSource } from './tree-source';
import { useTreeRows } from './use-tree-rows';

const ROW_HEIGHT = 22;
/** Rows fetched beyond the visible ones, so scrolling rarely shows a placeholder. */
const FETCH_MARGIN = 60;

/**
 * A virtualized JSON tree: only the rows in view exist in the DOM, whatever
 * the size of the document, and the document itself may live in a worker.
 */
export function JsonTree({ source, label = 'Parsed JSON' }: { source: TreeSource; label?: string }) {
  // A new document starts a new view: rows, depth, search and long texts all belong to the old one.
  return <TreeView key={sourceKey(source)} source={source} label={label} />;
}

const sourceKeys = new WeakMap<TreeSource, number>();
let lastKey = 0;
function sourceKey(source: TreeSource): number {
  let key = sourceKeys.get(source);
  if (key === undefined) sourceKeys.set(source, (key = ++lastKey));
  return key;
}

function TreeView({ source, label }: { source: TreeSource; label: string }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const { view, load, change } = useTreeRows(source);
  const [depth, setDepth] = useState(3);
  const [search, setSearch] = useState<{ result: SearchResult; current: number }>();
  const [currentPath, setCurrentPath] = useState<string>();
  const [longText, setLongText] = useState<ReadonlyMap<string, string>>(new Map());
  const [note, setNote] = useState('');

  const virtualizer = useVirtualizer({
    count: view.count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const windowStart = Math.max(0, first - FETCH_MARGIN);
  const windowEnd = last + FETCH_MARGIN;
  // Callbacks read the window through a ref, so scrolling does not re-create them (and re-run a search).
  const windowRef = useRef({ start: 0, end: 200 });
  useEffect(() => {
    windowRef.current = { start: windowStart, end: windowEnd };
  }, [windowStart, windowEnd]);

  useEffect(() => {
    for (let i = first; i <= last && i < view.count; i++) {
      if (!view.rows.has(i)) {
        load(windowStart, windowEnd);
        return;
      }
    }
  }, [first, last, view, load, windowStart, windowEnd]);

  // Scrolling waits for the render that knows the new row count, or the virtualizer clamps the index.
  const [scrollTarget, setScrollTarget] = useState<number>();
  useEffect(() => {
    if (scrollTarget === undefined || scrollTarget >= view.count) return;
    virtualizer.scrollToIndex(scrollTarget, { align: 'center' });
    setScrollTarget(undefined);
  }, [scrollTarget, view.count, virtualizer]);

  const goTo = useCallback(
    async (n: number) => {
      let found: { index: number; path: string } | undefined;
      await change(
        async () => {
          found = await source.reveal(n);
          return undefined; // where the match lands is unknown until now: the effect loads its rows after scrolling
        },
        // The match may land anywhere: the rows around it load once the list has scrolled there.
        windowRef.current.start,
        windowRef.current.end,
      );
      if (!found) return;
      setCurrentPath(found.path);
      setScrollTarget(found.index);
    },
    [change, source],
  );

  const onSearch = useCallback(
    (query: string) => {
      void (async () => {
        const result = await source.search(query);
        setSearch({ result, current: 0 });
        if (result.count > 0) await goTo(0);
        else await change(async () => undefined, windowRef.current.start, windowRef.current.end);
      })();
    },
    [source, goTo, change],
  );

  const step = (delta: 1 | -1) => {
    if (!search || search.result.stored === 0) return;
    const n = (search.current + delta + search.result.stored) % search.result.stored;
    setSearch({ ...search, current: n });
    void goTo(n);
  };

  const onCopy = async (row: ShownRow, what: 'path' | 'value') => {
    const text = what === 'path' ? row.path : await source.valueJson(row.path);
    if (text === undefined) return;
    try {
      await copyText(text);
      setNote(what === 'path' ? `Copied path ${row.path || '(root)'}` : `Copied value of ${row.path || 'root'}`);
    } catch (e) {
      setNote(`Could not copy: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const onShowMore = async (row: ShownRow, index: number) => {
    const shown = longText.get(row.path)?.length ?? row.text?.length ?? 0;
    const {
      rows: [more],
    } = await source.rows(index, index + 1, Math.max(shown * 10, 2000));
    if (more?.path === row.path && more.text !== undefined) setLongText(new Map(longText).set(row.path, more.text));
  };

  return (
    <div className="json-tree-wrap">
      <div className="tree-toolbar" role="toolbar" aria-label="Tree tools">
        <label className="small">
          Depth{' '}
          <select value={depth} onChange={(e) => setDepth(Number(e.target.value))}>
            {[1, 2, 3, 4, 5, 6, 8, 10].map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => void change((s, e) => source.expandToDepth(depth, s, e), 0, 200)}>
          Expand to depth
        </button>
        <button type="button" onClick={() => void change((s, e) => source.collapseAll(s, e), 0, 200)}>
          Collapse all
        </button>
        <TreeSearch result={search?.result} current={search?.current ?? 0} onSearch={onSearch} onStep={step} />
      </div>
      <div ref={scrollRef} className="json-tree mono" role="tree" aria-label={label}>
        <div role="none" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = view.rows.get(item.index);
            return (
              <div
                key={item.key}
                data-index={item.index}
                ref={virtualizer.measureElement}
                role="treeitem"
                aria-label={row ? rowLabel(row) : 'Loading'}
                aria-level={(row?.depth ?? 0) + 1}
                aria-setsize={row?.siblings}
                aria-posinset={row?.position}
                aria-expanded={row?.expanded}
                aria-selected={row !== undefined && row.path === currentPath}
                className={`tree-row${row?.match ? ' match' : ''}${row && row.path === currentPath ? ' current' : ''}`}
                style={{ transform: `translateY(${item.start}px)`, paddingLeft: (row?.depth ?? 0) * 16 }}
              >
                {row ? (
                  <TreeRowItem
                    row={row}
                    current={row.path === currentPath}
                    longText={longText.get(row.path)}
                    onToggle={(r) =>
                      void change((s, e) => source.toggle(r.path, item.index, s, e), windowStart, windowEnd)
                    }
                    onShowMore={(r) => void onShowMore(r, item.index)}
                    onCopy={(r, what) => void onCopy(r, what)}
                  />
                ) : (
                  <span className="muted">…</span>
                )}
              </div>
            );
          })}
        </div>
      </div>
      <p className="muted small tree-note" aria-live="polite">
        {note}
      </p>
    </div>
  );
}
