import { describe, expect, it } from 'vitest';
import { compareResponses, filterHistory, redactValues, statusClass, type HistoryRecord } from './history-record';
import { captureCall } from './test-exchanges';

const KEY = 'history-key-123456';

function record(id: number, method: 'list' | 'create', status: number, body = '{}'): HistoryRecord {
  const call =
    method === 'list'
      ? captureCall('v3.contacts.list', { params: {} }, KEY, { status, body })
      : captureCall('v3.contacts.create', { params: {}, body: { contact: { email: 'a@example.com' } } }, KEY, {
          status,
          body,
        });
  return { id, exchange: call.exchange, values: call.values };
}

describe('history records', () => {
  it('lists newest first and filters by status class and method', () => {
    const all = [record(1, 'list', 200), record(3, 'create', 422), record(2, 'create', 201), record(4, 'list', 503)];
    expect(filterHistory(all, {}).map((r) => r.id)).toEqual([4, 3, 2, 1]);
    expect(filterHistory(all, { statusClass: '4xx' }).map((r) => r.id)).toEqual([3]);
    expect(filterHistory(all, { httpMethod: 'POST' }).map((r) => r.id)).toEqual([3, 2]);
    expect(filterHistory(all, { statusClass: '2xx', httpMethod: 'GET' }).map((r) => r.id)).toEqual([1]);
    const failed = {
      ...all[0],
      exchange: { ...record(9, 'list', 200).exchange, response: undefined },
    } as HistoryRecord;
    expect(statusClass(failed.exchange)).toBe('failed');
  });

  it('strips secrets from stored form values', () => {
    const v = redactValues({ params: { a: `x${KEY}`, n: 3 }, body: { c: [{ d: KEY }] } }, [KEY]);
    expect(JSON.stringify(v)).not.toContain(KEY);
    expect(v.params.n).toBe(3);
  });

  it('compares two responses as parsed JSON', () => {
    const a = record(1, 'list', 200, '{"meta":{"total":"2"},"contacts":[{"id":"1"}]}').exchange;
    const b = record(2, 'list', 200, '{"meta":{"total":"3"},"contacts":[{"id":"1"},{"id":"2"}]}').exchange;
    expect(compareResponses(a, b)).toEqual({
      changes: [
        { path: 'meta.total', kind: 'changed', before: '"2"', after: '"3"' },
        { path: 'contacts[1]', kind: 'added', after: '{"id":"2"}' },
      ],
    });
    const c = record(3, 'list', 500, 'oops').exchange;
    expect(compareResponses(a, c)).toEqual({ error: 'The second response is not JSON.' });
    const d = record(4, 'list', 404, '{"meta":{"total":"2"},"contacts":[{"id":"1"}]}').exchange;
    expect(compareResponses(a, d)).toEqual({
      changes: [{ path: 'HTTP status', kind: 'changed', before: '200', after: '404' }],
    });
  });
});
