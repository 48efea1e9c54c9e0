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

/** Bodies handed to the worker as soon as their bytes arrived, by those bytes (then empty here), with their generation. */
const early = new WeakMap<ArrayBuffer, { generation: number; opened: Promise<OpenedBody> }>();

/**
 * Starts opening a large body the moment its bytes arrive, while the page is
 * still rendering the exchange. The bytes move to the worker (no copy); the
 * buffer still names the body for `openLargeBody` and `bodyBlob`.
 */
export function openEarly(bytes: ArrayBuffer, contentType: string | undefined): void {
  if (bytes.byteLength < MAIN_THREAD_LIMIT || typeof Worker === 'undefined' || early.has(bytes)) return;
  const gen = ++generation;
  const opened = load(gen, bytes, contentType);
  opened.catch(() => undefined); // a superseded early open is not an error anyone waits for
  early.set(bytes, { generation: gen, opened });
}

/**
 * Opens a large body in the worker; the returned source asks the worker for
 * rows as they scroll into view. `bytes`: the same body's bytes, when
 * `openEarly` has already handed them over.
 */
export function openLargeBody(text: string, contentType: string | undefined, bytes?: ArrayBuffer): Promise<OpenedBody> {
  return (bytes && early.get(bytes)?.opened) ?? load(++generation, text, contentType);
}

/** The body handed over by `openEarly` as a Blob, made in the worker; undefined once a newer body replaced it. */
export function bodyBlob(bytes: ArrayBuffer | undefined): Promise<Blob | undefined> {
  const handed = bytes && early.get(bytes);
  if (!handed) return Promise.resolve(undefined);
  return handed.opened.then(
    () => call({ op: 'blob', generation: handed.generation }) as Promise<Blob | undefined>,
    () => undefined,
  );
}

async function load(gen: number, body: string | ArrayBuffer, contentType: string | undefined): Promise<OpenedBody> {
  const loaded = (await call(
    { op: 'load', generation: gen, body, contentType },
    typeof body === 'string' ? [] : [body],
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
    filter: op('filter'),
    parentIndex: op('parentIndex'),
  };
  return { summary: loaded.summary, source, lineStarts: lines };
}
