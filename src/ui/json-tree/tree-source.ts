import { TreeModel, type SearchResult, type TreeRow } from '../../core/response/tree-model';

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
 * the same. Operations that move rows answer nothing about the layout: the
 * next `rows` call carries the row count, so the count the tree shows always
 * comes with the rows it shows, whatever order answers arrive in.
 */
export interface TreeSource {
  /** The first rows, delivered with the parse, so the tree paints without another round trip. */
  readonly initial: RowWindow;
  rows(start: number, end: number, previewChars?: number): Promise<RowWindow>;
  toggle(path: string, indexHint?: number): Promise<void>;
  expandToDepth(depth: number): Promise<void>;
  collapseAll(): Promise<void>;
  search(query: string): Promise<SearchResult>;
  reveal(match: number): Promise<{ index: number; path: string } | undefined>;
  valueJson(path: string): Promise<string | undefined>;
}

/** Rows fetched with the parse: more than a tall pane shows, so the first paint needs no second request. */
export const INITIAL_ROWS = 120;

/** Runs a tree model's operations in the form a TreeSource answers them; shared by the worker and the main thread. */
export function treeOperations(model: TreeModel) {
  return {
    rows: (start: number, end: number, previewChars?: number): RowWindow => ({
      count: model.rowCount,
      rows: model.rows(start, end, previewChars).map((r) => ({ ...r, match: model.isMatch(r) })),
    }),
    toggle: (path: string, indexHint?: number): void => {
      model.toggle(path, undefined, indexHint);
    },
    expandToDepth: (depth: number): void => model.expandToDepth(depth),
    collapseAll: (): void => model.collapseAll(),
    search: (query: string) => model.search(query),
    reveal: (match: number) => model.reveal(match),
    valueJson: (path: string) => model.valueJson(path),
  };
}

export type TreeOperations = ReturnType<typeof treeOperations>;

/** A TreeSource on the main thread: fine for bodies small enough to parse in a frame. */
export function localTreeSource(value: unknown): TreeSource {
  const model = new TreeModel(value);
  const ops = treeOperations(model);
  return {
    initial: ops.rows(0, INITIAL_ROWS),
    rows: async (s, e, p) => ops.rows(s, e, p),
    toggle: async (path, hint) => ops.toggle(path, hint),
    expandToDepth: async (d) => ops.expandToDepth(d),
    collapseAll: async () => ops.collapseAll(),
    search: async (q) => ops.search(q),
    reveal: async (n) => ops.reveal(n),
    valueJson: async (path) => ops.valueJson(path),
  };
}
