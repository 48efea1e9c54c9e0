import { isContainerType, plainDoc, type JsonDoc, type ValueType } from './json-doc';
import { childPath, parsePath, type PathSegment } from './json-path';
import { FilteredRows } from './tree-filter';
import { childEntry, pathOf, RowLayout, type Entry, type Segment } from './tree-layout';

/** One visible line of the tree, plain data so it can cross a worker boundary. */
export interface TreeRow {
  path: string;
  /** Object key or array index; null for the root. */
  key: string | null;
  isIndex: boolean;
  depth: number;
  type: ValueType;
  /** Children of an object or array. */
  count?: number;
  expanded?: boolean;
  /** Scalars as text (strings without quotes), cut at the requested length. */
  text?: string;
  /** Full length of a string value, to offer "show more". */
  length?: number;
  /** 1-based position among its siblings and their number, for aria-posinset/setsize. */
  position: number;
  siblings: number;
}

export interface SearchResult {
  /** Every match in the document. */
  count: number;
  /** Matches that can be stepped through (the first MAX_STORED_MATCHES). */
  stored: number;
}

interface Pending<N> {
  node: N;
  path: string;
  parent: string | undefined;
}

/** Rows shown before the user asks for more: enough to see a response's shape, small enough to be instant. */
const DEFAULT_ROW_BUDGET = 300;
export const PREVIEW_CHARS = 200;
const MAX_STORED_MATCHES = 100_000;

/**
 * The flattened, expandable view of a JSON document. Rows are laid out in
 * segments (see RowLayout), so opening a 100,000-item array costs the same as
 * opening a 3-item one. Pure: runs in a worker or on the main thread, over a
 * plain value or a lazily read body alike.
 */
export class TreeModel<N = unknown> {
  private readonly expanded = new Set<string>();
  /** Paths under which something may be expanded: elsewhere, opening a node skips the lookup per child. */
  private readonly openBelow = new Set<string>();
  private readonly layout: RowLayout<N>;
  private matches: { path: string; ancestors: string[] }[] = [];
  private query = '';

  constructor(
    private readonly doc: JsonDoc<N>,
    rowBudget = DEFAULT_ROW_BUDGET,
  ) {
    this.layout = new RowLayout(doc);
    this.openWithinBudget(rowBudget);
    this.rebuild();
  }

  get rowCount(): number {
    return this.layout.count;
  }

  /** Rows [start, end), scalars cut at `previewChars`. */
  rows(start: number, end: number, previewChars = PREVIEW_CHARS): TreeRow[] {
    return this.layout.entries(start, end).map((e) => this.toRow(e, previewChars));
  }

  /**
   * Opens or closes the container at `path`; returns false when there is no such visible row.
   * `indexHint` is where the caller saw the row: checked, then used instead of a search through the rows.
   */
  toggle(path: string, open?: boolean, indexHint?: number): boolean {
    const hinted = indexHint === undefined ? undefined : this.layout.entry(indexHint);
    const hintRight = hinted !== undefined && pathOf(hinted) === path;
    const index = hintRight ? (indexHint ?? -1) : this.layout.indexOf(path);
    const entry = hintRight ? hinted : index === -1 ? undefined : this.layout.entry(index);
    if (!entry || !this.isContainer(entry.node)) return false;
    const isOpen = this.expanded.has(path);
    if (open === isOpen) return true;
    if (isOpen) {
      this.expanded.delete(path);
      this.layout.removeDescendants(index);
    } else {
      this.markOpen(entry);
      const children: Segment<N>[] = [];
      this.emitChildren(entry, children);
      this.layout.insertAfter(index, children);
    }
    return true;
  }

  /** Opens every container shallower than `depth` (1 = only the root) and closes the rest. */
  expandToDepth(depth: number): void {
    this.expanded.clear();
    this.openBelow.clear();
    const walk = (node: N, path: string, d: number) => {
      if (!this.isContainer(node) || d >= depth) return;
      this.expanded.add(path);
      if (d + 1 < depth) this.openBelow.add(path);
      this.doc.forEachChild(node, (child, seg) => walk(child, childPath(path, seg), d + 1));
    };
    walk(this.doc.root, '', 0);
    this.rebuild();
  }

  /** Closes everything but the root, so the top-level keys stay listed. */
  collapseAll(): void {
    this.expandToDepth(1);
  }

  /** Finds keys and scalar values containing `query` (case-insensitive) anywhere in the document. */
  search(query: string): SearchResult {
    this.query = query.toLowerCase();
    this.matches = [];
    if (this.query === '') return { count: 0, stored: 0 };
    let count = 0;
    const ancestors: string[] = [];
    const walk = (node: N, key: PathSegment | null, path: string) => {
      const container = this.isContainer(node);
      const hit =
        (typeof key === 'string' && key.toLowerCase().includes(this.query)) ||
        (!container && this.doc.scalarText(node).toLowerCase().includes(this.query));
      if (hit) {
        count++;
        if (this.matches.length < MAX_STORED_MATCHES) this.matches.push({ path, ancestors: [...ancestors] });
      }
      if (container) {
        ancestors.push(path);
        this.doc.forEachChild(node, (child, seg) => walk(child, seg, childPath(path, seg)));
        ancestors.pop();
      }
    };
    walk(this.doc.root, null, '');
    return { count, stored: this.matches.length };
  }

  /** Opens the ancestors of match `n` and returns its row index and path. */
  reveal(n: number): { index: number; path: string } | undefined {
    const match = this.matches[n];
    if (!match) return undefined;
    for (const a of match.ancestors) this.toggle(a, true);
    return { index: this.layout.indexOf(match.path), path: match.path };
  }

  /** Whether a row's key or value contains the current search text. */
  isMatch(row: TreeRow): boolean {
    if (this.query === '') return false;
    return (
      (row.key !== null && !row.isIndex && row.key.toLowerCase().includes(this.query)) ||
      (row.text !== undefined && row.text.toLowerCase().includes(this.query))
    );
  }

  /** The value at a visible path as pretty JSON, for "Copy value". */
  valueJson(path: string): string | undefined {
    const index = this.layout.indexOf(path);
    const entry = index === -1 ? undefined : this.layout.entry(index);
    return entry ? this.doc.toJson(entry.node) : undefined;
  }

  /**
   * The value at any path of the document as JSON, shown as a row or not (a row's action reading
   * a sibling field); walks only the containers on the path, so a lazily read body stays lazy.
   */
  valueAt(path: string): string | undefined {
    let node = this.doc.root;
    for (const segment of parsePath(path)) {
      const count = this.doc.childCount(node);
      let index = -1;
      if (typeof segment === 'number') index = this.doc.typeOf(node) === 'array' && segment < count ? segment : -1;
      else if (this.doc.typeOf(node) === 'object') {
        for (let i = 0; i < count && index < 0; i++) if (this.doc.keyAt(node, i) === segment) index = i;
      }
      if (index < 0) return undefined;
      node = this.doc.childAt(node, index);
    }
    return this.doc.toJson(node);
  }

  /** The document narrowed to the paths `query` matches (see path-query), or undefined for an empty query. */
  filter(query: string): FilteredRows<N> | undefined {
    return FilteredRows.of(this.doc, query);
  }

  /** Row index of the parent of row `index`, or -1 for the root: for ← in the tree. */
  parentIndex(index: number): number {
    const parent = this.layout.entry(index)?.parent;
    return parent ? this.layout.indexOf(pathOf(parent)) : -1;
  }

  /** Row index of a visible path, or -1. */
  indexOf(path: string): number {
    return this.layout.indexOf(path);
  }

  private isContainer(node: N): boolean {
    return isContainerType(this.doc.typeOf(node));
  }

  /** Records an opened entry, and that its ancestors have something open below them. */
  private markOpen(entry: Entry<N>): void {
    this.expanded.add(pathOf(entry));
    for (let p = entry.parent; p; p = p.parent) this.openBelow.add(pathOf(p));
  }

  private toRow(e: Entry<N>, previewChars: number): TreeRow {
    const type = this.doc.typeOf(e.node);
    const path = pathOf(e);
    const base = {
      path,
      key: e.key === null ? null : String(e.key),
      isIndex: typeof e.key === 'number',
      depth: e.depth,
      type,
      position: e.position,
      siblings: e.siblings,
    };
    if (isContainerType(type))
      return { ...base, count: this.doc.childCount(e.node), expanded: this.expanded.has(path) };
    const text = this.doc.scalarText(e.node);
    if (type === 'string') return { ...base, text: text.slice(0, previewChars), length: text.length };
    return { ...base, text };
  }

  /** Opens level by level, smallest containers first, while the visible rows stay within budget. */
  private openWithinBudget(budget: number): void {
    let rows = 1;
    let level: Pending<N>[] = [{ node: this.doc.root, path: '', parent: undefined }];
    while (level.length > 0) {
      const next: Pending<N>[] = [];
      const bySize = level
        .filter((n) => this.isContainer(n.node))
        .map((n) => ({ ...n, size: this.doc.childCount(n.node) }))
        .sort((a, b) => a.size - b.size);
      for (const n of bySize) {
        // The root always opens: a lone "{1}" tells nothing.
        if (n.path !== '' && rows + n.size > budget) break;
        rows += n.size;
        this.expanded.add(n.path);
        // Its parent opened at the level before, and marked its own parent then: the chain stays complete.
        if (n.parent !== undefined) this.openBelow.add(n.parent);
        this.doc.forEachChild(n.node, (child, seg) =>
          next.push({ node: child, path: childPath(n.path, seg), parent: n.path }),
        );
      }
      level = next;
    }
  }

  private rebuild(): void {
    const root: Entry<N> = {
      node: this.doc.root,
      key: null,
      depth: 0,
      parent: null,
      path: '',
      position: 1,
      siblings: 1,
    };
    const segments: Segment<N>[] = [{ entry: root }];
    if (this.expanded.has('')) this.emitChildren(root, segments);
    this.layout.reset(segments);
  }

  /** The segments of an open entry's children: runs of closed children, open ones with their own children. */
  private emitChildren(parent: Entry<N>, out: Segment<N>[]): void {
    const n = this.doc.childCount(parent.node);
    if (n === 0) return;
    // Only where something below may be open does each child's path need building and looking up.
    if (!this.openBelow.has(pathOf(parent))) {
      out.push({ run: { parent, from: 0, count: n } });
      return;
    }
    let runFrom = 0;
    for (let i = 0; i < n; i++) {
      if (!this.isContainer(this.doc.childAt(parent.node, i))) continue;
      const entry = childEntry(this.doc, parent, i);
      if (!this.expanded.has(pathOf(entry))) continue;
      if (i > runFrom) out.push({ run: { parent, from: runFrom, count: i - runFrom } });
      out.push({ entry });
      this.emitChildren(entry, out);
      runFrom = i + 1;
    }
    if (n > runFrom) out.push({ run: { parent, from: runFrom, count: n - runFrom } });
  }
}

/** A tree over a plain JavaScript value. */
export function plainTree(value: unknown, rowBudget = DEFAULT_ROW_BUDGET): TreeModel {
  return new TreeModel(plainDoc(value), rowBudget);
}
