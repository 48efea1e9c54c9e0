import { openBody, type BodySummary } from '../../core/response/open-body';
import { lineStarts } from '../../core/response/raw-lines';
import { localTreeSource, type TreeOperations, type TreeSource } from '../../ui/json-tree/tree-source';
import type { LoadResult, ParseRequest, ParseResponse } from './parse-protocol';

/** Below this many characters parsing takes a few milliseconds, cheaper than a round trip to the worker. */
export const MAIN_THREAD_LIMIT = 256 * 1024;

export interface OpenedBody {
  summary: BodySummary;
  /** Present when the body is shown as a tree. */
  source?: TreeSource;
  /** Line starts for the raw pane; for large bodies they follow the first rows. */
  lineStarts: Uint32Array | Promise<Uint32Array>;
}

/** Opens a small body right away on the main thread. */
export function openSmallBody(text: string, contentType: string | undefined): OpenedBody {
  const { summary, model } = openBody(text, contentType);
  return {
    summary,
    ...(model ? { source: localTreeSource(model) } : {}),
    lineStarts: lineStarts(text),
  };
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

function call(req: Unsent<ParseRequest>, transfer: Transferable[] = []): Promise<unknown> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    parser().postMessage({ ...req, id }, transfer);
  });
}

/** Bodies whose opening started as soon as their bytes arrived, by those bytes. */
const early = new WeakMap<ArrayBuffer, Promise<OpenedBody>>();

/**
 * Starts opening a large body the moment its bytes arrive, while the page is
 * still decoding and rendering it: the worker's half of the work overlaps the
 * page's. `openLargeBody` with the same bytes then picks it up.
 */
export function openEarly(bytes: ArrayBuffer, contentType: string | undefined): void {
  if (bytes.byteLength < MAIN_THREAD_LIMIT || typeof Worker === 'undefined' || early.has(bytes)) return;
  const opening = load(bytes, contentType);
  opening.catch(() => undefined); // a superseded early open is not an error anyone waits for
  early.set(bytes, opening);
}

/** Opens a large body in the worker; the returned source asks the worker for rows as they scroll into view. */
export function openLargeBody(body: string | ArrayBuffer, contentType: string | undefined): Promise<OpenedBody> {
  return (typeof body !== 'string' && early.get(body)) || load(body, contentType);
}

async function load(body: string | ArrayBuffer, contentType: string | undefined): Promise<OpenedBody> {
  const gen = ++generation;
  // The worker gets its own copy of the bytes: the page keeps the original for history.
  const sent = typeof body === 'string' ? body : body.slice(0);
  const loaded = (await call(
    { op: 'load', generation: gen, body: sent, contentType },
    typeof sent === 'string' ? [] : [sent],
  )) as LoadResult;
  const lines = call({ op: 'lines', generation: gen }) as Promise<Uint32Array>;
  lines.catch(() => undefined); // read by the raw pane; a replaced body's index is simply never shown
  if (loaded.summary.kind !== 'json' || !loaded.initial) return { summary: loaded.summary, lineStarts: lines };
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
  return { summary: loaded.summary, source, lineStarts: lines };
}
