import { isContainerType, type JsonDoc } from './json-doc';
import { childPath, type PathSegment } from './json-path';
import { matchesPath, matchesText, mayMatchBelow, parsePathQuery } from './path-query';
import { PREVIEW_CHARS, type TreeRow } from './tree-model';

/** Matches kept for showing; the count goes on past it. */
const MAX_FILTERED = 100_000;

interface Hit<N> {
  node: N;
  path: string;
}

/**
 * The tree narrowed to the paths a filter query matches: one row per match,
 * labelled with its full path, in document order. Subtrees that cannot match
 * a path query are never visited.
 */
export class FilteredRows<N> {
  private constructor(
    private readonly doc: JsonDoc<N>,
    private readonly hits: Hit<N>[],
    /** Every match, including those past MAX_FILTERED. */
    readonly total: number,
  ) {}

  static of<N>(doc: JsonDoc<N>, query: string): FilteredRows<N> | undefined {
    const q = parsePathQuery(query);
    if (q.kind === 'empty') return undefined;
    const hits: Hit<N>[] = [];
    let total = 0;
    const segments: PathSegment[] = [];
    const walk = (node: N, key: PathSegment | null, path: string) => {
      const container = isContainerType(doc.typeOf(node));
      const hit =
        q.kind === 'path'
          ? matchesPath(q.steps, segments)
          : key !== null && matchesText(q.text, key, container ? undefined : doc.scalarText(node));
      if (hit) {
        total++;
        if (hits.length < MAX_FILTERED) hits.push({ node, path });
      }
      if (!container || (q.kind === 'path' && !mayMatchBelow(q.steps, segments))) return;
      doc.forEachChild(node, (child, seg) => {
        segments.push(seg);
        walk(child, seg, childPath(path, seg));
        segments.pop();
      });
    };
    walk(doc.root, null, '');
    return new FilteredRows(doc, hits, total);
  }

  get count(): number {
    return this.hits.length;
  }

  rows(start: number, end: number, previewChars = PREVIEW_CHARS): TreeRow[] {
    return this.hits.slice(Math.max(0, start), end).map((h, i) => {
      const type = this.doc.typeOf(h.node);
      const base = {
        path: h.path,
        key: h.path === '' ? null : h.path,
        isIndex: false,
        depth: 0,
        type,
        position: start + i + 1,
        siblings: this.hits.length,
      };
      if (isContainerType(type)) return { ...base, count: this.doc.childCount(h.node) };
      const text = this.doc.scalarText(h.node);
      return type === 'string'
        ? { ...base, text: text.slice(0, previewChars), length: text.length }
        : { ...base, text };
    });
  }

  valueJson(path: string): string | undefined {
    const hit = this.hits.find((h) => h.path === path);
    return hit && this.doc.toJson(hit.node);
  }
}
