import type { ParsedBody } from '../../core/response/parse-body';
import type { RowWindow, TreeOperations } from '../../ui/json-tree/tree-source';

/** What the worker says about a body after parsing it; the value itself stays in the worker. */
export type ParseSummary = Exclude<ParsedBody, { kind: 'json' }> | Omit<Extract<ParsedBody, { kind: 'json' }>, 'value'>;

export interface LoadResult {
  summary: ParseSummary;
  /** The first rows of the tree, when the body is a tree. */
  initial: RowWindow | undefined;
  /** Line starts of the body for the raw pane, computed off the main thread. */
  lineStarts: Uint32Array;
}

type Op = keyof TreeOperations;

/** Messages to the worker: `load` replaces the document; the rest call the tree model by name. */
export type ParseRequest =
  | {
      id: number;
      generation: number;
      op: 'load';
      /** The body as text, or as a Blob of its UTF-8 bytes: a Blob crosses to the worker without a copy. */
      body: string | Blob;
      contentType: string | undefined;
    }
  | { id: number; generation: number; op: Op; args: unknown[] };

export type ParseResponse = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };
