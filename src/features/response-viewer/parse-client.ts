import { parseBody } from '../../core/response/parse-body';
import { lineStarts } from '../../core/response/raw-lines';
import { localTreeSource, type TreeOperations, type TreeSource } from '../../ui/json-tree/tree-source';
import type { LoadResult, ParseRequest, ParseResponse, ParseSummary } from './parse-protocol';

/** Below this many characters parsing takes a few milliseconds, cheaper than a round trip to the worker. */
export const MAIN_THREAD_LIMIT = 256 * 1024;

export interface OpenedBody {
  summary: ParseSummary;
  /** Present when the body parsed into a value to show as a tree. */
  source?: TreeSource;
  lineStarts: Uint32Array;
}

/** Parses a small body right away on the main thread. */
export function openSmallBody(text: string, contentType: string | undefined): OpenedBody {
  const parsed = parseBody(text, contentType);
  const starts = lineStarts(text);
  if (parsed.kind !== 'json') return { summary: parsed, lineStarts: starts };
  const { value, ...summary } = parsed;
  return { summary, source: localTreeSource(value), lineStarts: starts };
}

let worker: Worker | undefined;
let nextId = 0;
let generation = 0;
const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

function parser(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module', name: 'response-parser' });
    worker.onmessage = (event: MessageEvent<ParseResponse>) => {
      const msg = event.data;
      const waiting = pending.get(msg.id);
      pending.delete(msg.id);
      if (msg.ok) waiting?.resolve(msg.result);
      else waiting?.reject(new Error(msg.error));
    };
  }
  return worker;
}

/** Starts the parser worker before the first large answer arrives, so its start-up is not on the clock. */
export function prewarmResponseParser(): void {
  if (typeof Worker !== 'undefined') parser();
}

/** A request before it gets its id; distributes over the union so each variant keeps its fields. */
type Unsent<T> = T extends unknown ? Omit<T, 'id'> : never;

function call(req: Unsent<ParseRequest>): Promise<unknown> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    parser().postMessage({ ...req, id });
  });
}

/** Parses a large body in the worker; the returned source asks the worker for rows as they scroll into view. */
export function openLargeBody(body: string | Blob, contentType: string | undefined): Promise<OpenedBody> {
  return load(body, contentType);
}

async function load(body: string | Blob, contentType: string | undefined): Promise<OpenedBody> {
  const gen = ++generation;
  const loaded = (await call({ op: 'load', generation: gen, body, contentType })) as LoadResult;
  if (loaded.summary.kind !== 'json' || !loaded.initial)
    return { summary: loaded.summary, lineStarts: loaded.lineStarts };
  const op =
    <K extends keyof TreeOperations>(name: K) =>
    (...args: Parameters<TreeOperations[K]>) =>
      call({ op: name, generation: gen, args }) as Promise<ReturnType<TreeOperations[K]>>;
  const source: TreeSource = {
    initial: loaded.initial,
    rows: op('rows'),
    toggle: op('toggle'),
    expandToDepth: op('expandToDepth'),
    collapseAll: op('collapseAll'),
    search: op('search'),
    reveal: op('reveal'),
    valueJson: op('valueJson'),
  };
  return { summary: loaded.summary, source, lineStarts: loaded.lineStarts };
}
