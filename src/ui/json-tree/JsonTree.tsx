import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { treeKeyAction } from '../../core/response/tree-keys';
import type { SearchResult } from '../../core/response/tree-model';
import { copyReporting } from '../../lib/clipboard';
import { useFixedRows } from '../virtual-rows/use-fixed-rows';
import './JsonTree.css';
import { TreeFilter } from './TreeFilter';
import { DepthControls } from './DepthControls';
import { OpenedValue } from './OpenedValue';
import { rowAnchor, type RowActions } from './row-action';
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
export function JsonTree({
  source,
  label = 'Parsed JSON',
  rowActions,
}: {
  source: TreeSource;
  label?: string;
  /** What rows offer beyond copying (ids and links in a response): a control on the row, `o` on the keyboard. */
  rowActions?: RowActions | undefined;
}) {
  // A new document starts a new view: rows, depth, search and long texts all belong to the old one.
  return <TreeView key={sourceKey(source)} source={source} label={label} rowActions={rowActions} />;
}

const sourceKeys = new WeakMap<TreeSource, number>();
let lastKey = 0;
function sourceKey(source: TreeSource): number {
  let key = sourceKeys.get(source);
  if (key === undefined) sourceKeys.set(source, (key = ++lastKey));
  return key;
}

function TreeView({
  source,
  label,
  rowActions,
}: {
  source: TreeSource;
  label: string;
  rowActions: RowActions | undefined;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const { view, load, change } = useTreeRows(source);
  const [depth, setDepth] = useState(3);
  const [search, setSearch] = useState<{ result: SearchResult; current: number }>();
  const [currentPath, setCurrentPath] = useState<string>();
  const [longText, setLongText] = useState<ReadonlyMap<string, string>>(new Map());
  const [note, setNote] = useState('');
  const [focused, setFocused] = useState(0);
  const [filter, setFilter] = useState<{ query: string; total: number }>({ query: '', total: 0 });
  const [opened, setOpened] = useState<{ path: string; text: string }>();
  const idBase = useId();

  const { items, totalSize, scrollToIndex, viewportRows } = useFixedRows(scrollRef, view.count, ROW_HEIGHT, 10);
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
    scrollToIndex(scrollTarget, 'center');
    setFocused(scrollTarget);
    setScrollTarget(undefined);
  }, [scrollTarget, view.count, scrollToIndex]);

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
    setNote(
      await copyReporting(
        text,
        what === 'path' ? `Copied path ${row.path || '(root)'}` : `Copied value of ${row.path || 'root'}`,
      ),
    );
  };

  const onShowMore = async (row: ShownRow, index: number) => {
    const shown = longText.get(row.path)?.length ?? row.text?.length ?? 0;
    const {
      rows: [more],
    } = await source.rows(index, index + 1, Math.max(shown * 10, 2000));
    if (more?.path === row.path && more.text !== undefined) {
      setLongText(new Map(longText).set(row.path, more.text));
      setOpened({ path: row.path, text: more.text });
    }
  };

  const onFilter = useCallback(
    (query: string) => {
      let total = 0;
      void change(
        async (s, e) => {
          const answer = await source.filter(query, s, e);
          total = answer.total;
          return answer;
        },
        0,
        200,
      ).then(() => {
        setFilter({ query, total });
        setFocused(0);
        if (scrollRef.current) scrollRef.current.scrollTop = 0;
      });
    },
    [change, source],
  );

  const focusRow = (index: number) => {
    setFocused(index);
    scrollToIndex(index);
  };

  const runRowAction = (row: ShownRow, index: number, at?: { x: number; y: number }) => {
    if (!rowActions?.actionFor(row)) return;
    setFocused(index);
    rowActions.perform(row, {
      anchor: rowAnchor(document.getElementById(`${idBase}-row-${index}`), row.depth, at),
      source,
      restoreFocus: () => scrollRef.current?.focus(),
      say: setNote,
    });
  };

  const onTreeKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget || e.ctrlKey || e.metaKey || e.altKey) return;
    const row = view.rows.get(focused);
    const container = row?.type === 'object' || row?.type === 'array';
    const action = treeKeyAction(
      e.key === 'F10' && e.shiftKey ? 'ContextMenu' : e.key,
      focused,
      view.count,
      row && { container, expanded: row.expanded },
      Math.max(1, viewportRows - 1),
    );
    if (!action) return;
    e.preventDefault();
    if (action.kind === 'focus') focusRow(action.index);
    else if (action.kind === 'parent') void source.parentIndex(focused).then((i) => i >= 0 && focusRow(i));
    else if (!row) return;
    else if (action.kind === 'expand' || action.kind === 'collapse')
      void change((s, en) => source.toggle(row.path, focused, s, en), windowStart, windowEnd);
    else if (action.kind === 'copy') void onCopy(row, action.what);
    else if (action.kind === 'row-action') runRowAction(row, focused);
    else if (row.type === 'string' && (row.length ?? 0) > (longText.get(row.path) ?? row.text ?? '').length)
      void onShowMore(row, focused);
    else void onCopy(row, 'value');
  };
  const focusedRendered = items.some((i) => i.index === focused) && view.rows.has(focused);

  return (
    <div className="json-tree-wrap">
      <div className="tree-toolbar" role="toolbar" aria-label="Tree tools">
        <DepthControls
          depth={depth}
          onDepth={setDepth}
          disabled={filter.query !== ''}
          onExpand={() => void change((s, e) => source.expandToDepth(depth, s, e), 0, 200)}
          onCollapse={() => void change((s, e) => source.collapseAll(s, e), 0, 200)}
        />
        <TreeSearch result={search?.result} current={search?.current ?? 0} onSearch={onSearch} onStep={step} />
        <TreeFilter query={filter.query} total={filter.total} shown={view.count} onFilter={onFilter} />
      </div>
      <div
        ref={scrollRef}
        className="json-tree mono"
        role="tree"
        aria-label={label}
        tabIndex={0}
        aria-activedescendant={focusedRendered ? `${idBase}-row-${focused}` : undefined}
        aria-keyshortcuts={rowActions ? 'Enter c p o' : 'Enter c p'}
        aria-describedby={rowActions ? `${idBase}-keys` : undefined}
        onKeyDown={onTreeKey}
      >
        <div role="none" style={{ height: totalSize, position: 'relative' }}>
          {items.map((item) => {
            const row = view.rows.get(item.index);
            return (
              <div
                key={item.index}
                id={`${idBase}-row-${item.index}`}
                data-index={item.index}
                onClick={() => setFocused(item.index)}
                onContextMenu={(e) => {
                  // A row with an action opens it where the pointer is; other rows keep the browser's menu.
                  if (!row || !rowActions?.actionFor(row)) return;
                  e.preventDefault();
                  runRowAction(row, item.index, { x: e.clientX, y: e.clientY });
                }}
                role="treeitem"
                aria-label={row ? rowLabel(row) : 'Loading'}
                aria-level={(row?.depth ?? 0) + 1}
                aria-setsize={row?.siblings}
                aria-posinset={row?.position}
                aria-expanded={row?.expanded}
                aria-selected={row !== undefined && row.path === currentPath}
                className={`tree-row${row?.match ? ' match' : ''}${row && row.path === currentPath ? ' current' : ''}${item.index === focused ? ' focused' : ''}`}
                style={{ transform: `translateY(${item.start}px)`, paddingLeft: (row?.depth ?? 0) * 16 }}
              >
                {row ? (
                  <TreeRowItem
                    row={row}
                    current={row.path === currentPath || item.index === focused}
                    longText={longText.get(row.path)}
                    onToggle={(r) =>
                      void change((s, e) => source.toggle(r.path, item.index, s, e), windowStart, windowEnd)
                    }
                    onShowMore={(r) => void onShowMore(r, item.index)}
                    onCopy={(r, what) => void onCopy(r, what)}
                    action={rowActions?.actionFor(row)}
                    onAction={(r) => runRowAction(r, item.index)}
                  />
                ) : (
                  <span className="muted">…</span>
                )}
              </div>
            );
          })}
        </div>
      </div>
      {opened && <OpenedValue path={opened.path} text={opened.text} onClose={() => setOpened(undefined)} />}
      <p className="muted small tree-note" aria-live="polite">
        {note}
      </p>
      {rowActions && (
        <p id={`${idBase}-keys`} hidden>
          O or the context-menu key opens the actions of an id or a link.
        </p>
      )}
    </div>
  );
}
