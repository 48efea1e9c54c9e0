/// <reference lib="webworker" />
import { openBody } from '../../core/response/open-body';
import { lineStarts, lineStartsOfUtf8 } from '../../core/response/raw-lines';
import { INITIAL_ROWS, treeOperations, type TreeOperations } from '../../ui/json-tree/tree-source';
import type { LoadResult, ParseRequest, ParseResponse } from './parse-protocol';

/**
 * Opens large bodies and holds the document, so reading 100 MB and walking
 * 100,000 items never block the page; the page asks only for the rows it shows.
 */
declare const self: DedicatedWorkerGlobalScope;

let ops: TreeOperations | undefined;
/** The current body: its bytes when the page handed them over, and its text when opening needed it. */
let bytes: Uint8Array<ArrayBuffer> | undefined;
let text: string | undefined;
let generation = -1;

const BLOB_SLICE = 8 * 1024 * 1024;

async function blobInSlices(body: Uint8Array<ArrayBuffer> | undefined): Promise<Blob | undefined> {
  if (!body) return undefined;
  const parts: Blob[] = [];
  for (let at = 0; at < body.length; at += BLOB_SLICE) {
    parts.push(new Blob([body.subarray(at, at + BLOB_SLICE)]));
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  // A Blob of Blobs refers to its parts: no second copy.
  return new Blob(parts);
}

self.onmessage = (event: MessageEvent<ParseRequest>) => {
  const req = event.data;
  const reply = (msg: ParseResponse, transfer: Transferable[] = []) => self.postMessage(msg, transfer);
  try {
    if (req.op === 'load') {
      generation = req.generation;
      bytes = typeof req.body === 'string' ? undefined : new Uint8Array(req.body);
      const opened = openBody(typeof req.body === 'string' ? req.body : (bytes ?? new Uint8Array(0)), req.contentType);
      text = typeof req.body === 'string' ? req.body : opened.text;
      ops = opened.model ? treeOperations(opened.model) : undefined;
      const result: LoadResult = { summary: opened.summary, initial: ops?.rows(0, INITIAL_ROWS) };
      reply({ id: req.id, ok: true, result });
      return;
    }
    if (req.generation !== generation) throw new Error('This response was replaced by a newer one.');
    if (req.op === 'lines') {
      // Asked after the first rows: the raw pane's index is not what the user waits for first.
      const starts = text !== undefined ? lineStarts(text) : lineStartsOfUtf8(bytes ?? new Uint8Array(0));
      reply({ id: req.id, ok: true, result: starts }, [starts.buffer]);
      return;
    }
    if (req.op === 'blob') {
      // For history: a Blob is stored by reference; making it here keeps the copy off the page's thread,
      // and in slices, so a click on the tree meanwhile waits for one slice, not for the whole body.
      void blobInSlices(bytes).then(
        (result) => reply({ id: req.id, ok: true, result }),
        (e: unknown) => reply({ id: req.id, ok: false, error: String(e) }),
      );
      return;
    }
    if (!ops) throw new Error('This body has no tree.');
    const fn = ops[req.op] as (...args: unknown[]) => unknown;
    reply({ id: req.id, ok: true, result: fn(...req.args) });
  } catch (e) {
    reply({ id: req.id, ok: false, error: e instanceof Error ? e.message : String(e) });
  }
};
