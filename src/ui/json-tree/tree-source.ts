import type { FilteredRows } from '../../core/response/tree-filter';
import type { SearchResult, TreeModel, TreeRow } from '../../core/response/tree-model';

/** A row as the tree shows it: the model's row plus whether it matches the search. */
export interface ShownRow extends TreeRow {
  match: boolean;
}

/** Rows [start, end) of the current layout, with the layout's row count at the moment they were read. */
export interface RowWindow {
  count: number;
  rows: ShownRow[];
}

/**
 * What the tree needs from wherever the parsed value lives: the main thread
 * for small bodies, a worker for large ones. Every call is async so both look
 * the same. Operations that move rows answer the window [start, end) of the
 * new layout in the same reply (one round trip, not two), and every window
 * carries its row count, so the count the tree shows always comes with the
 * rows it shows, whatever order answers arrive in.
 */
export interface TreeSource {
  /** The first rows, delivered with the parse, so the tree paints without another round trip. */
  readonly initial: RowWindow;
  rows(start: number, end: number, previewChars?: number): Promise<RowWindow>;
  /** `indexHint`: where the row was seen, which spares a search through every row. */
  toggle(path: string, indexHint: number, start: number, end: number): Promise<RowWindow>;
  expandToDepth(depth: number, start: number, end: number): Promise<RowWindow>;
  collapseAll(start: number, end: number): Promise<RowWindow>;
  search(query: string): Promise<SearchResult>;
  reveal(match: number): Promise<{ index: number; path: string } | undefined>;
  /** The value at `path` as JSON: a shown row's, or any other of the document. */
  valueJson(path: string): Promise<string | undefined>;
  /** Narrows the rows to the paths `query` matches (empty: the whole tree again); `total` counts every match. */
  filter(query: string, start: number, end: number): Promise<RowWindow & { total: number }>;
  parentIndex(index: number): Promise<number>;
}

/** Rows fetched with the parse: more than a tall pane shows, so the first paint needs no second request. */
export const INITIAL_ROWS = 120;

/** Runs a tree model's operations in the form a TreeSource answers them; shared by the worker and the main thread. */
export function treeOperations<N>(model: TreeModel<N>) {
  // While a filter is set the rows are its matches; operations that move tree rows then act on the tree below.
  let filtered: FilteredRows<N> | undefined;
  const rows = (start: number, end: number, previewChars?: number): RowWindow => ({
    count: filtered ? filtered.count : model.rowCount,
    rows: (filtered ? filtered.rows(start, end, previewChars) : model.rows(start, end, previewChars)).map((r) => ({
      ...r,
      match: model.isMatch(r),
    })),
  });
  return {
    filter: (query: string, start: number, end: number) => {
      filtered = model.filter(query);
      return { ...rows(start, end), total: filtered?.total ?? 0 };
    },
    parentIndex: (index: number) => (filtered ? -1 : model.parentIndex(index)),
    rows,
    toggle: (path: string, indexHint: number, start: number, end: number): RowWindow => {
      if (!filtered) model.toggle(path, undefined, indexHint);
      return rows(start, end);
    },
    expandToDepth: (depth: number, start: number, end: number): RowWindow => {
      model.expandToDepth(depth);
      return rows(start, end);
    },
    collapseAll: (start: number, end: number): RowWindow => {
      model.collapseAll();
      return rows(start, end);
    },
    search: (query: string) => model.search(query),
    reveal: (match: number) => model.reveal(match),
    // A path not shown as a row (another field of a record, a filtered-out value) is read from the document.
    valueJson: (path: string) => (filtered ? filtered.valueJson(path) : model.valueJson(path)) ?? model.valueAt(path),
  };
}

export type TreeOperations = ReturnType<typeof treeOperations>;

/** A TreeSource on the main thread: fine for bodies small enough to parse in a frame. */
export function localTreeSource(model: TreeModel<unknown>): TreeSource {
  const ops = treeOperations(model);
  return {
    initial: ops.rows(0, INITIAL_ROWS),
    rows: async (s, e, p) => ops.rows(s, e, p),
    toggle: async (path, hint, s, e) => ops.toggle(path, hint, s, e),
    expandToDepth: async (d, s, e) => ops.expandToDepth(d, s, e),
    collapseAll: async (s, e) => ops.collapseAll(s, e),
    search: async (q) => ops.search(q),
    reveal: async (n) => ops.reveal(n),
    valueJson: async (path) => ops.valueJson(path),
    filter: async (q, s, e) => ops.filter(q, s, e),
    parentIndex: async (i) => ops.parentIndex(i),
  };
}
