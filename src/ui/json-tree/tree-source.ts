import { TreeModel, type SearchResult, type TreeRow } from '../../core/response/tree-model';

/** A row as the tree shows it: the model's row plus whether it matches the search. */
export interface ShownRow extends TreeRow {
  match: boolean;
}

/**
 * What the tree needs from wherever the parsed value lives: the main thread
 * for small bodies, a worker for large ones. Every call is async so both
 * look the same; operations that change the rows answer the new row count.
 */
export interface TreeSource {
  readonly initialRowCount: number;
  rows(start: number, end: number, previewChars?: number): Promise<ShownRow[]>;
  toggle(path: string): Promise<number>;
  expandToDepth(depth: number): Promise<number>;
  collapseAll(): Promise<number>;
  search(query: string): Promise<SearchResult>;
  reveal(match: number): Promise<{ index: number; path: string; rowCount: number } | undefined>;
  valueJson(path: string): Promise<string | undefined>;
}

/** Runs a tree model's operations in the form a TreeSource answers them; shared by the worker and the main thread. */
export function treeOperations(model: TreeModel) {
  return {
    rows: (start: number, end: number, previewChars?: number): ShownRow[] =>
      model.rows(start, end, previewChars).map((r) => ({ ...r, match: model.isMatch(r) })),
    toggle: (path: string) => {
      model.toggle(path);
      return model.rowCount;
    },
    expandToDepth: (depth: number) => {
      model.expandToDepth(depth);
      return model.rowCount;
    },
    collapseAll: () => {
      model.collapseAll();
      return model.rowCount;
    },
    search: (query: string) => model.search(query),
    reveal: (match: number) => {
      const found = model.reveal(match);
      return found ? { ...found, rowCount: model.rowCount } : undefined;
    },
    valueJson: (path: string) => model.valueJson(path),
  };
}

export type TreeOperations = ReturnType<typeof treeOperations>;

/** A TreeSource on the main thread: fine for bodies small enough to parse in a frame. */
export function localTreeSource(value: unknown): TreeSource {
  const model = new TreeModel(value);
  const ops = treeOperations(model);
  return {
    initialRowCount: model.rowCount,
    rows: async (s, e, p) => ops.rows(s, e, p),
    toggle: async (path) => ops.toggle(path),
    expandToDepth: async (d) => ops.expandToDepth(d),
    collapseAll: async () => ops.collapseAll(),
    search: async (q) => ops.search(q),
    reveal: async (n) => ops.reveal(n),
    valueJson: async (path) => ops.valueJson(path),
  };
}
