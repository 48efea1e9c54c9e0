import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureCall } from '../core/bundle/test-exchanges';
import {
  BLOB_BODY_LIMIT,
  createHistoryStore,
  historyStore,
  notifyHistoryChange,
  saveProblem,
  storedProblem,
  toStored,
  type HistoryStore,
} from './history-store';

const KEY = 'store-key-123456';
let n = 0;
const open: HistoryStore[] = [];

function store(cap = 5): { s: HistoryStore; name: string } {
  const name = `history-test-${(n += 1)}`;
  const s = createHistoryStore(name, cap);
  open.push(s);
  return { s, name };
}

function entry(limit: number) {
  const call = captureCall('v3.contacts.list', { params: { limit } }, KEY, { status: 200, body: `{"limit":${limit}}` });
  return { exchange: call.exchange, values: call.values };
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

describe('history store (IndexedDB)', () => {
  it('keeps calls newest first across reopening, and drops the oldest past the cap', async () => {
    const { s, name } = store(3);
    for (const limit of [1, 2, 3, 4, 5]) await s.add(entry(limit));
    await s.close();
    const again = createHistoryStore(name, 3);
    open.push(again);
    const { records, skipped } = await again.list();
    expect(skipped).toBe(0);
    expect(records.map((r) => r.values?.params.limit)).toEqual([5, 4, 3]);
    expect(JSON.stringify(records)).not.toContain(KEY);
  });

  it("keeps a call's problem description on one line, replaces it, and clears it when emptied", async () => {
    const { s, name } = store();
    const first = entry(1);
    const second = entry(2);
    await s.add(first);
    await s.add({ ...second, exchange: { ...second.exchange, startedAt: '2026-11-26T10:00:01.000Z' } });
    expect(await s.setProblem(first.exchange, '  Contact is\n created twice  ')).toBe(true);
    await s.close();
    const again = createHistoryStore(name);
    open.push(again);
    let { records } = await again.list();
    expect(records.map((r) => r.problem)).toEqual([undefined, 'Contact is created twice']);
    await again.setProblem(first.exchange, '');
    ({ records } = await again.list());
    expect(records.map((r) => r.problem)).toEqual([undefined, undefined]);
    // A call that was never stored is reported, not invented.
    expect(await again.setProblem({ ...first.exchange, startedAt: '1999-01-01T00:00:00.000Z' }, 'x')).toBe(false);
  });

  it('reads back the problem kept with a call', async () => {
    const { s } = store();
    const first = entry(1);
    await s.add(first);
    expect(await s.problemOf(first.exchange)).toBeUndefined();
    await s.setProblem(first.exchange, 'Wrong total');
    expect(await s.problemOf(first.exchange)).toBe('Wrong total');
    expect(await s.problemOf({ ...first.exchange, startedAt: '1999-01-01T00:00:00.000Z' })).toBeUndefined();
  });
});

describe('saveProblem (the app store)', () => {
  afterEach(async () => {
    vi.restoreAllMocks();
    await historyStore.clear();
  });

  it('keeps a problem typed before its call reached history, once the call is recorded', async () => {
    const call = entry(7);
    const attempts = vi.spyOn(historyStore, 'setProblem');
    const saved = saveProblem(call.exchange, 'Total is off by one');
    await vi.waitFor(() => expect(attempts).toHaveBeenCalledTimes(1));
    expect(await attempts.mock.results[0]?.value).toBe(false);
    // The call lands in history while the save waits (recordCall stores it after the answer has painted).
    await historyStore.add(call);
    notifyHistoryChange();
    expect(await saved).toBe(true);
    expect(attempts).toHaveBeenCalledTimes(2);
    expect(await storedProblem(call.exchange)).toBe('Total is off by one');
  });

  it('gives up, without inventing a record, when the call never reaches history', async () => {
    const call = entry(8);
    expect(await saveProblem(call.exchange, 'x', 10)).toBe(false);
    expect(await storedProblem(call.exchange)).toBe('');
    expect((await historyStore.list()).records).toEqual([]);
  });

  it('skips corrupted entries with a count instead of failing', async () => {
    const { s, name } = store();
    await s.add(entry(1));
    await s.close();
    const raw = await openDB(name, 1);
    await raw.add('calls', { exchange: { methodId: 42 } });
    await raw.add('calls', { values: 'nonsense', exchange: null });
    raw.close();
    const { records, skipped } = await s.list();
    expect(records).toHaveLength(1);
    expect(skipped).toBe(2);
  });

  it('stores a large body as a Blob and gives it back whole', async () => {
    const { s, name } = store();
    const body = JSON.stringify({ contacts: [{ email: 'é@example.com' }], pad: 'x'.repeat(BLOB_BODY_LIMIT) });
    const call = captureCall('v3.contacts.list', { params: {} }, KEY, { status: 200, body });
    const blob = new Blob([body]);
    const stored = toStored({ exchange: call.exchange }, blob);
    expect(stored.exchange.response?.bodyText).toBe('');
    expect(stored.responseBody).toBe(blob);
    // Without the body's Blob, or for a small body, the record is stored as it is.
    expect(toStored({ exchange: call.exchange })).toEqual({ exchange: call.exchange });
    expect(toStored(entry(1), new Blob(['{"limit":1}'])).responseBody).toBeUndefined();
    await s.add(stored);
    await s.add(entry(2));
    const raw = await openDB(name, 1);
    await raw.add('calls', { ...stored, responseBody: 'not a blob' });
    raw.close();
    const { records, skipped } = await s.list();
    expect(skipped).toBe(1);
    expect(records.map((r) => r.exchange.response?.bodyText)).toEqual(['{"limit":2}', body]);
  });

  it('clears everything', async () => {
    const { s } = store();
    await s.add(entry(1));
    await s.clear();
    expect((await s.list()).records).toEqual([]);
  });
});
