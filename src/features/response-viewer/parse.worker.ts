/// <reference lib="webworker" />
import { parseBody } from '../../core/response/parse-body';
import { lineStarts } from '../../core/response/raw-lines';
import { TreeModel } from '../../core/response/tree-model';
import { INITIAL_ROWS, treeOperations, type RowWindow, type TreeOperations } from '../../ui/json-tree/tree-source';
import type { LoadResult, ParseRequest, ParseResponse, ParseSummary } from './parse-protocol';

/**
 * Parses large bodies and holds the parsed value, so JSON.parse of 100 MB and
 * walking 100,000 items never block the page; the page asks only for the rows
 * it shows.
 */
declare const self: DedicatedWorkerGlobalScope;

let ops: TreeOperations | undefined;
let generation = -1;

self.onmessage = async (event: MessageEvent<ParseRequest>) => {
  const req = event.data;
  const reply = (msg: ParseResponse, transfer: Transferable[] = []) => self.postMessage(msg, transfer);
  try {
    if (req.op === 'load') {
      generation = req.generation;
      ops = undefined;
      const text = typeof req.body === 'string' ? req.body : await req.body.text();
      // A newer body arrived while this one was being read: its own load answers instead.
      if (req.generation !== generation) throw new Error('This response was replaced by a newer one.');
      const parsed = parseBody(text, req.contentType);
      const starts = lineStarts(text);
      let initial: RowWindow | undefined;
      let summary: ParseSummary = parsed;
      if (parsed.kind === 'json') {
        const { value, ...rest } = parsed;
        ops = treeOperations(new TreeModel(value));
        initial = ops.rows(0, INITIAL_ROWS);
        summary = rest;
      }
      const result: LoadResult = { summary, initial, lineStarts: starts };
      reply({ id: req.id, ok: true, result }, [starts.buffer]);
      return;
    }
    if (!ops || req.generation !== generation) throw new Error('This response was replaced by a newer one.');
    const fn = ops[req.op] as (...args: unknown[]) => unknown;
    reply({ id: req.id, ok: true, result: fn(...req.args) });
  } catch (e) {
    reply({ id: req.id, ok: false, error: e instanceof Error ? e.message : String(e) });
  }
};
