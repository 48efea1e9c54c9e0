import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import {
  HISTORY_CAP,
  historyRecordSchema,
  isSameCall,
  redactValues,
  withProblem,
  type HistoryRecord,
} from '../core/bundle/history-record';
import type { Exchange } from '../core/exchange/types';
import type { MethodValues } from '../core/request/types';

/** A stored call; a large response body lives in `responseBody` (a Blob) and `bodyText` is left empty. */
type StoredCall = Omit<HistoryRecord, 'id'> & { id?: number; responseBody?: Blob };

interface HistoryDb extends DBSchema {
  calls: { key: number; value: StoredCall };
}

/**
 * Response bodies longer than this are stored as a Blob of their bytes, when
 * the caller has one (the parser worker makes it, off the page's thread):
 * IndexedDB stores a Blob by reference, whereas serializing a 20 MB string
 * into the store held the main thread for most of a second.
 */
export const BLOB_BODY_LIMIT = 64 * 1024;

/**
 * The record as stored: a large body whose exact bytes are at hand as a Blob
 * travels as that Blob, not inside the structured-cloned object.
 */
export function toStored(entry: Omit<HistoryRecord, 'id'>, body?: Blob): StoredCall {
  const res = entry.exchange.response;
  if (!res || !body || res.bodyText.length <= BLOB_BODY_LIMIT) return entry;
  return { ...entry, exchange: { ...entry.exchange, response: { ...res, bodyText: '' } }, responseBody: body };
}

/** The stored record with its body back in place; untouched when there is no Blob (validation judges the rest). */
async function fromStored(raw: unknown): Promise<unknown> {
  if (typeof raw !== 'object' || raw === null || !('responseBody' in raw)) return raw;
  const { responseBody, ...rest } = raw as { responseBody: unknown; exchange?: { response?: object } };
  // A body that cannot be read makes the record invalid: it is skipped and counted like any corrupted entry.
  if (!(responseBody instanceof Blob) || typeof rest.exchange?.response !== 'object') return undefined;
  const bodyText = await responseBody.text();
  return { ...rest, exchange: { ...rest.exchange, response: { ...rest.exchange.response, bodyText } } };
}

interface HistoryList {
  /** Valid records, newest first. */
  records: HistoryRecord[];
  /** Stored entries that failed validation and were left out. */
  skipped: number;
}

export interface HistoryStore {
  /**
   * Stores a call (already redacted) and drops the oldest beyond the cap; returns the new id.
   * `body`: the response body's exact bytes as a Blob, when at hand (see BLOB_BODY_LIMIT).
   */
  add(entry: Omit<HistoryRecord, 'id'>, body?: Blob): Promise<number>;
  list(): Promise<HistoryList>;
  /** Keeps the user's problem description with the stored call it describes; false when that call is not stored. */
  setProblem(exchange: Exchange, problem: string): Promise<boolean>;
  /** The problem description kept with this call, if any. */
  problemOf(exchange: Exchange): Promise<string | undefined>;
  clear(): Promise<void>;
  /** Closes the connection (tests, and before deleting the database). */
  close(): Promise<void>;
}

/**
 * Call history in IndexedDB: survives reloads, stays on this machine. Every
 * record is validated on the way out, so a corrupted or foreign entry is
 * skipped and counted instead of crashing the viewer.
 */
export function createHistoryStore(name = 'explorer-history', cap = HISTORY_CAP): HistoryStore {
  let db: Promise<IDBPDatabase<HistoryDb>> | undefined;
  const open = () =>
    (db ??= openDB<HistoryDb>(name, 1, {
      upgrade(d) {
        d.createObjectStore('calls', { keyPath: 'id', autoIncrement: true });
      },
    }));
  return {
    async add(entry, body) {
      const d = await open();
      const tx = d.transaction('calls', 'readwrite');
      const id = await tx.store.add(toStored(entry, body));
      let excess = (await tx.store.count()) - cap;
      // Keys grow with time, so the lowest keys are the oldest calls.
      for (let cursor = await tx.store.openCursor(); cursor && excess > 0; cursor = await cursor.continue()) {
        await cursor.delete();
        excess -= 1;
      }
      await tx.done;
      return id;
    },
    async list() {
      const d = await open();
      const stored: unknown[] = await d.getAll('calls');
      const raw = await Promise.all(stored.map((r) => fromStored(r).catch(() => undefined)));
      const records: HistoryRecord[] = [];
      let skipped = 0;
      for (const r of raw) {
        const parsed = historyRecordSchema.safeParse(r);
        if (parsed.success) records.push(parsed.data as HistoryRecord);
        else skipped += 1;
      }
      records.sort((a, b) => b.id - a.id);
      return { records, skipped };
    },
    async setProblem(exchange, problem) {
      const d = await open();
      const tx = d.transaction('calls', 'readwrite');
      // Newest first: the call being described is almost always the last one stored.
      for (let cursor = await tx.store.openCursor(null, 'prev'); cursor; cursor = await cursor.continue()) {
        const stored = cursor.value;
        if (!isSameCall(stored.exchange, exchange)) continue;
        await cursor.update(withProblem(stored, problem));
        await tx.done;
        return true;
      }
      await tx.done;
      return false;
    },
    async problemOf(exchange) {
      const d = await open();
      for (
        let cursor = await d.transaction('calls').store.openCursor(null, 'prev');
        cursor;
        cursor = await cursor.continue()
      ) {
        const stored = cursor.value;
        if (!isSameCall(stored.exchange, exchange)) continue;
        return typeof stored.problem === 'string' ? stored.problem : undefined;
      }
      return undefined;
    },
    async clear() {
      await (await open()).clear('calls');
    },
    async close() {
      if (db) (await db).close();
      db = undefined;
    },
  };
}

/** The app's history. */
export const historyStore = createHistoryStore();

type Listener = () => void;
const listeners = new Set<Listener>();

/** Called when history changes in this tab (a call was sent, imported or cleared). */
export function onHistoryChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tells this tab's history views to reload. */
export function notifyHistoryChange(): void {
  for (const l of listeners) l();
}

/**
 * Stores a sent call: the exchange is already redacted by the proxy client;
 * the form values are scrubbed of every secret the request carried. A storage
 * failure (private mode, quota) must not fail the call itself. `body` may
 * give the response's bytes as a Blob, asked for once storing starts; without
 * it a large body is stored as text.
 */
export async function recordCall(
  exchange: Exchange,
  values: MethodValues,
  secrets: readonly string[],
  body?: () => Promise<Blob | undefined>,
): Promise<void> {
  // Storing is not urgent: the answer paints first, and the call reaches history within a second.
  await whenIdle(1000);
  const blob = await body?.().catch(() => undefined);
  try {
    await historyStore.add({ exchange, values: redactValues(values, secrets) }, blob);
    notifyHistoryChange();
  } catch (e) {
    console.warn('History: could not store this call.', e);
  }
}

/**
 * Keeps a problem description with its stored call; true once kept. A call
 * reaches history up to a second after its answer (see recordCall), so when
 * it is not stored yet this waits for the next change to history (at most
 * `waitMs`) and tries once more. A storage failure only loses the note,
 * never the call.
 */
export async function saveProblem(exchange: Exchange, problem: string, waitMs = 5000): Promise<boolean> {
  try {
    for (const last of [false, true]) {
      if (await historyStore.setProblem(exchange, problem)) {
        notifyHistoryChange();
        return true;
      }
      if (!last) await nextHistoryChange(waitMs);
    }
  } catch (e) {
    console.warn('History: could not keep the problem description.', e);
  }
  return false;
}

/** The problem description kept with this call ('' when none, or when history cannot be read). */
export async function storedProblem(exchange: Exchange): Promise<string> {
  try {
    return (await historyStore.problemOf(exchange)) ?? '';
  } catch {
    return '';
  }
}

/** Resolves at this tab's next history change, or after `timeout` ms. */
function nextHistoryChange(timeout: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      stop();
      resolve();
    };
    const timer = setTimeout(done, timeout);
    const stop = onHistoryChange(done);
  });
}

/** Resolves when the browser is idle (or after `timeout` ms at the latest); a plain timer where there is no idle callback. */
function whenIdle(timeout: number): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, 0);
  });
}
