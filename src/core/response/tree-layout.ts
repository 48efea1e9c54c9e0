import type { JsonDoc } from './json-doc';
import { childPath, type PathSegment } from './json-path';
import { lastAtMost } from './sorted-search';

/** One row of the tree: a value and where it sits. */
export interface Entry<N> {
  node: N;
  key: PathSegment | null;
  depth: number;
  parent: Entry<N> | null;
  /** Computed when first needed: most rows are never asked for theirs. */
  path: string | undefined;
  position: number;
  siblings: number;
}

/**
 * A stretch of consecutive rows: one entry, or a run of `count` closed
 * siblings starting at child `from` of `parent`. Runs are what keep opening a
 * 100,000-item array cheap: it adds one segment, not 100,000 rows.
 */
export type Segment<N> =
  { entry: Entry<N>; run?: undefined } | { entry?: undefined; run: { parent: Entry<N>; from: number; count: number } };

export function pathOf<N>(e: Entry<N>): string {
  if (e.path === undefined) e.path = e.parent && e.key !== null ? childPath(pathOf(e.parent), e.key) : '';
  return e.path;
}

/** The i-th child of `parent` as an entry. */
export function childEntry<N>(doc: JsonDoc<N>, parent: Entry<N>, i: number): Entry<N> {
  return {
    node: doc.childAt(parent.node, i),
    key: doc.keyAt(parent.node, i),
    depth: parent.depth + 1,
    parent,
    path: undefined,
    position: i + 1,
    siblings: doc.childCount(parent.node),
  };
}

const INDEX_SEGMENT = /^\[(\d+)\]$/;

/** The visible rows of a tree as a list of segments, addressable by row index. */
export class RowLayout<N> {
  private segments: Segment<N>[] = [];
  /** Row index where each segment starts, plus the total at the end. */
  private starts: number[] = [0];

  constructor(private readonly doc: JsonDoc<N>) {}

  get count(): number {
    return this.starts[this.segments.length] ?? 0;
  }

  reset(segments: Segment<N>[]): void {
    this.segments = segments;
    this.reindex();
  }

  /** Entries of rows [start, end). */
  entries(start: number, end: number): Entry<N>[] {
    const out: Entry<N>[] = [];
    const last = Math.min(end, this.count);
    let row = Math.max(0, start);
    if (row >= last) return out;
    for (let s = this.segmentAt(row); s < this.segments.length && row < last; s++) {
      const seg = this.segments[s];
      const from = this.starts[s] ?? 0;
      if (!seg) break;
      if (seg.entry) {
        out.push(seg.entry);
        row++;
        continue;
      }
      const { parent, from: first, count } = seg.run;
      for (let k = row - from; k < count && row < last; k++, row++) out.push(childEntry(this.doc, parent, first + k));
    }
    return out;
  }

  entry(index: number): Entry<N> | undefined {
    return this.entries(index, index + 1)[0];
  }

  /** Row index of the visible row with this path, or -1. */
  indexOf(path: string): number {
    for (let s = 0; s < this.segments.length; s++) {
      const seg = this.segments[s];
      const start = this.starts[s] ?? 0;
      if (seg?.entry) {
        if (pathOf(seg.entry) === path) return start;
        continue;
      }
      if (!seg) break;
      const { parent, from, count } = seg.run;
      const parentPath = pathOf(parent);
      if (!path.startsWith(parentPath)) continue;
      if (this.doc.typeOf(parent.node) === 'array') {
        // An item's path is its parent's plus `[i]`: read i instead of building every item's path.
        const index = INDEX_SEGMENT.exec(path.slice(parentPath.length));
        const i = index ? Number(index[1]) : -1;
        if (i >= from && i < from + count) return start + i - from;
        continue;
      }
      for (let k = 0; k < count; k++) {
        if (childPath(parentPath, this.doc.keyAt(parent.node, from + k)) === path) return start + k;
      }
    }
    return -1;
  }

  /** Puts `segments` right after row `index` (whose descendants must not be shown yet). */
  insertAfter(index: number, segments: readonly Segment<N>[]): void {
    const s = this.isolate(index);
    const tail = this.segments.splice(s + 1);
    for (const seg of segments) this.segments.push(seg);
    for (const seg of tail) this.segments.push(seg);
    this.reindex();
  }

  /** Removes the rows below row `index` that are deeper than it: its shown descendants. */
  removeDescendants(index: number): void {
    const s = this.isolate(index);
    const depth = this.segments[s]?.entry?.depth ?? 0;
    let end = s + 1;
    while (end < this.segments.length && segmentDepth(this.segments[end]) > depth) end++;
    this.segments.splice(s + 1, end - s - 1);
    this.reindex();
  }

  /** Splits the run holding row `index` so that row is a segment of its own; returns that segment's index. */
  private isolate(index: number): number {
    const s = this.segmentAt(index);
    const seg = this.segments[s];
    if (!seg?.run) return s;
    const { parent, from, count } = seg.run;
    const k = index - (this.starts[s] ?? 0);
    const pieces: Segment<N>[] = [];
    if (k > 0) pieces.push({ run: { parent, from, count: k } });
    pieces.push({ entry: childEntry(this.doc, parent, from + k) });
    if (k < count - 1) pieces.push({ run: { parent, from: from + k + 1, count: count - k - 1 } });
    this.segments.splice(s, 1, ...pieces);
    this.reindex();
    return s + (k > 0 ? 1 : 0);
  }

  /** Index of the segment holding row `row`. */
  private segmentAt(row: number): number {
    return lastAtMost(this.starts, row, this.segments.length);
  }

  private reindex(): void {
    const starts = new Array<number>(this.segments.length + 1);
    let row = 0;
    for (let s = 0; s < this.segments.length; s++) {
      starts[s] = row;
      const seg = this.segments[s];
      row += seg?.run ? seg.run.count : 1;
    }
    starts[this.segments.length] = row;
    this.starts = starts;
  }
}

function segmentDepth<N>(seg: Segment<N> | undefined): number {
  if (!seg) return -1;
  return seg.entry ? seg.entry.depth : seg.run.parent.depth + 1;
}
