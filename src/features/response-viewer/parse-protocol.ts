import type { BodySummary } from '../../core/response/open-body';
import type { RowWindow, TreeOperations } from '../../ui/json-tree/tree-source';

export interface LoadResult {
  summary: BodySummary;
  /** The first rows of the tree, when the body is a tree. */
  initial: RowWindow | undefined;
}

type Op = keyof TreeOperations;

/**
 * Messages to the worker: `load` replaces the document, `lines` indexes its
 * lines for the raw pane, `blob` gives its bytes as a Blob (for history), the
 * rest call the tree model by name.
 */
export type ParseRequest =
  | {
      id: number;
      generation: number;
      op: 'load';
      /** The body as text, or its UTF-8 bytes (transferred: the page's buffer is left empty). */
      body: string | ArrayBuffer;
      contentType: string | undefined;
    }
  | { id: number; generation: number; op: 'lines' }
  | { id: number; generation: number; op: 'blob' }
  | { id: number; generation: number; op: Op; args: unknown[] };

export type ParseResponse = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };
