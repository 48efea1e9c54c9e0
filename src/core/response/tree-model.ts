import { childPath, type PathSegment } from './json-path';

export type ValueType = 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null';

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

interface Entry {
  value: unknown;
  key: PathSegment | null;
  depth: number;
  path: string;
  position: number;
  siblings: number;
}

/** Rows shown before the user asks for more: enough to see a response's shape, small enough to be instant. */
export const DEFAULT_ROW_BUDGET = 300;
export const PREVIEW_CHARS = 200;
const MAX_STORED_MATCHES = 100_000;

/**
 * The flattened, expandable view of a parsed value. Only visible rows exist
 * as entries, so a 100,000-item array costs nothing until it is opened, and
 * opening it is one splice. Pure: runs in a worker or on the main thread.
 */
export class TreeModel {
  private readonly expanded = new Set<string>();
  private entries: Entry[] = [];
  private matches: { path: string; ancestors: string[] }[] = [];
  private query = '';

  constructor(
    private readonly root: unknown,
    rowBudget = DEFAULT_ROW_BUDGET,
  ) {
    this.openWithinBudget(rowBudget);
    this.rebuild();
  }

  get rowCount(): number {
    return this.entries.length;
  }

  /** Rows [start, end), scalars cut at `previewChars`. */
  rows(start: number, end: number, previewChars = PREVIEW_CHARS): TreeRow[] {
    return this.entries.slice(Math.max(0, start), end).map((e) => this.toRow(e, previewChars));
  }

  /**
   * Opens or closes the container at `path`; returns false when there is no such visible row.
   * `indexHint` is where the caller saw the row: checked, then used instead of a search through every row.
   */
  toggle(path: string, open?: boolean, indexHint?: number): boolean {
    const index = indexHint !== undefined && this.entries[indexHint]?.path === path ? indexHint : this.indexOf(path);
    const entry = this.entries[index];
    if (!entry || !isContainer(entry.value)) return false;
    const isOpen = this.expanded.has(path);
    if (open === isOpen) return true;
    if (isOpen) {
      this.expanded.delete(path);
      let end = index + 1;
      while (end < this.entries.length && (this.entries[end]?.depth ?? 0) > entry.depth) end++;
      this.entries.splice(index + 1, end - index - 1);
    } else {
      this.expanded.add(path);
      const children: Entry[] = [];
      this.emitChildren(entry, children);
      spliceIn(this.entries, index + 1, children);
    }
    return true;
  }

  /** Opens every container shallower than `depth` (1 = only the root) and closes the rest. */
  expandToDepth(depth: number): void {
    this.expanded.clear();
    const walk = (value: unknown, path: string, d: number) => {
      if (!isContainer(value) || d >= depth) return;
      this.expanded.add(path);
      forEachChild(value, (child, seg) => walk(child, childPath(path, seg), d + 1));
    };
    walk(this.root, '', 0);
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
    const walk = (value: unknown, key: PathSegment | null, path: string) => {
      const hit =
        (typeof key === 'string' && key.toLowerCase().includes(this.query)) ||
        (!isContainer(value) && scalarText(value).toLowerCase().includes(this.query));
      if (hit) {
        count++;
        if (this.matches.length < MAX_STORED_MATCHES) this.matches.push({ path, ancestors: [...ancestors] });
      }
      if (isContainer(value)) {
        ancestors.push(path);
        forEachChild(value, (child, seg) => walk(child, seg, childPath(path, seg)));
        ancestors.pop();
      }
    };
    walk(this.root, null, '');
    return { count, stored: this.matches.length };
  }

  /** Opens the ancestors of match `n` and returns its row index and path. */
  reveal(n: number): { index: number; path: string } | undefined {
    const match = this.matches[n];
    if (!match) return undefined;
    for (const a of match.ancestors) this.toggle(a, true);
    return { index: this.indexOf(match.path), path: match.path };
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
    const entry = this.entries[this.indexOf(path)];
    return entry ? JSON.stringify(entry.value, null, 2) : undefined;
  }

  /** Row index of a visible path, or -1. */
  indexOf(path: string): number {
    return this.entries.findIndex((e) => e.path === path);
  }

  private toRow(e: Entry, previewChars: number): TreeRow {
    const type = typeOf(e.value);
    const base = {
      path: e.path,
      key: e.key === null ? null : String(e.key),
      isIndex: typeof e.key === 'number',
      depth: e.depth,
      type,
      position: e.position,
      siblings: e.siblings,
    };
    if (isContainer(e.value)) {
      const count = Array.isArray(e.value) ? e.value.length : Object.keys(e.value).length;
      return { ...base, count, expanded: this.expanded.has(e.path) };
    }
    if (typeof e.value === 'string') {
      return { ...base, text: e.value.slice(0, previewChars), length: e.value.length };
    }
    return { ...base, text: scalarText(e.value) };
  }

  /** Opens level by level, smallest containers first, while the visible rows stay within budget. */
  private openWithinBudget(budget: number): void {
    let rows = 1;
    let level: { value: unknown; path: string }[] = [{ value: this.root, path: '' }];
    while (level.length > 0) {
      const next: { value: unknown; path: string }[] = [];
      const bySize = level
        .filter((n) => isContainer(n.value))
        .map((n) => ({ ...n, size: childCount(n.value) }))
        .sort((a, b) => a.size - b.size);
      for (const n of bySize) {
        // The root always opens: a lone "{1}" tells nothing.
        if (n.path !== '' && rows + n.size > budget) break;
        rows += n.size;
        this.expanded.add(n.path);
        forEachChild(n.value, (child, seg) => next.push({ value: child, path: childPath(n.path, seg) }));
      }
      level = next;
    }
  }

  private rebuild(): void {
    const rootEntry: Entry = { value: this.root, key: null, depth: 0, path: '', position: 1, siblings: 1 };
    const out: Entry[] = [rootEntry];
    if (this.expanded.has('')) this.emitChildren(rootEntry, out);
    this.entries = out;
  }

  private emitChildren(parent: Entry, out: Entry[]): void {
    const siblings = childCount(parent.value);
    let position = 0;
    forEachChild(parent.value, (value, key) => {
      const path = childPath(parent.path, key);
      const entry: Entry = { value, key, depth: parent.depth + 1, path, position: ++position, siblings };
      out.push(entry);
      if (isContainer(value) && this.expanded.has(path)) this.emitChildren(entry, out);
    });
  }
}

function isContainer(v: unknown): v is object {
  return typeof v === 'object' && v !== null;
}

function childCount(v: unknown): number {
  if (Array.isArray(v)) return v.length;
  return isContainer(v) ? Object.keys(v).length : 0;
}

function forEachChild(v: unknown, fn: (child: unknown, key: PathSegment) => void): void {
  if (Array.isArray(v)) for (let i = 0; i < v.length; i++) fn(v[i], i);
  else if (isContainer(v)) for (const [k, c] of Object.entries(v)) fn(c, k);
}

function typeOf(v: unknown): ValueType {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'array';
  const t = typeof v;
  return t === 'string' || t === 'number' || t === 'boolean' ? t : 'object';
}

function scalarText(v: unknown): string {
  return v === null || v === undefined ? 'null' : String(v);
}

/** `Array.prototype.splice(i, 0, ...items)` overflows the stack past ~100k items; this does not. */
function spliceIn<T>(target: T[], at: number, items: readonly T[]): void {
  const tail = target.splice(at);
  for (const item of items) target.push(item);
  for (const item of tail) target.push(item);
}
