import { describe, expect, it } from 'vitest';
import { toHar } from './har';
import { fromHar } from './har-import';
import { harErrors } from './validate-har';
import { captureCall } from './test-exchanges';

const KEY = 'har-key-abcdef123';

describe('toHar', () => {
  it('writes HAR 1.2 that the schema accepts, with whole bodies and the key redacted', () => {
    const big = `{"x":"${'y'.repeat(50_000)}"}`;
    const post = captureCall('v1.contact_add', { params: { email: 'a@example.com', first_name: 'Ada' } }, KEY, {
      status: 200,
      body: big,
    });
    const get = captureCall('v3.contacts.list', { params: { limit: 2 } }, KEY, {
      status: 403,
      body: '{"message":"No"}',
    });
    const failed = { ...get.exchange, response: undefined, networkError: 'offline' };
    const log = toHar([post.exchange, get.exchange, failed], { version: '0.1.0', browser: 'test' });
    expect(harErrors(log)).toEqual([]);
    const [first, second, third] = log.log.entries;
    expect(first?.request.postData?.params).toContainEqual({ name: 'first_name', value: 'Ada' });
    expect(first?.request.queryString).toContainEqual({ name: 'api_key', value: '[REDACTED]' });
    expect(first?.response.content.text).toBe(big);
    expect(second?.request.headers).toContainEqual({ name: 'Api-Token', value: '[REDACTED]' });
    expect(third?.response.status).toBe(0);
    expect(JSON.stringify(log)).not.toContain(KEY);
  });

  it('rejects a broken HAR in the validator (the check above can fail)', () => {
    expect(harErrors({ log: { version: '1.2', entries: [{}] } })).toContain(
      "/log must have required property 'creator'",
    );
    const log = toHar([captureCall('v3.contacts.list', { params: {} }, KEY, { status: 200, body: '{}' }).exchange], {
      version: '1',
    });
    const entry = log.log.entries[0];
    if (!entry) throw new Error('one entry');
    const broken = { log: { ...log.log, entries: [{ ...entry, startedDateTime: 'yesterday', timings: {} }] } };
    const errors = harErrors(broken);
    expect(errors.some((e) => e.startsWith('/log/entries/0/startedDateTime must match pattern'))).toBe(true);
    expect(errors).toContain("/log/entries/0/timings must have required property 'send'");
  });
});

describe('fromHar', () => {
  it('reads our own HAR back into the same exchanges', () => {
    const call = captureCall('v3.contacts.create', { params: {}, body: { contact: { email: 'a@example.com' } } }, KEY, {
      status: 422,
      statusText: 'Unprocessable Entity',
      body: '{"errors":[]}',
    });
    const { exchanges, skipped } = fromHar(JSON.parse(JSON.stringify(toHar([call.exchange], { version: '1' }))));
    expect(skipped).toBe(0);
    expect(exchanges).toEqual([call.exchange]);
  });

  it('imports another tool’s HAR, masks live credentials and skips bad entries', () => {
    const foreign = {
      log: {
        version: '1.2',
        creator: { name: 'Chromium', version: '120' },
        entries: [
          {
            startedDateTime: '2026-11-26T10:00:00.000Z',
            time: 12,
            request: {
              method: 'GET',
              url: `https://acme.api-us1.com/admin/api.php?api_action=contact_list&api_key=${KEY}`,
              headers: [{ name: 'Api-Token', value: KEY }],
            },
            response: { status: 200, statusText: 'OK', headers: [], content: { size: 2, text: '{}' } },
          },
          { startedDateTime: 'x', time: 1, request: { method: 'CONNECT', url: 'x', headers: [] } },
          'garbage',
        ],
      },
    };
    const { exchanges, skipped } = fromHar(foreign);
    expect(skipped).toBe(2);
    expect(exchanges[0]?.api).toBe('v1');
    expect(exchanges[0]?.methodSummary).toBe('v1 call to acme.api-us1.com');
    expect(JSON.stringify(exchanges)).not.toContain(KEY);
    expect(() => fromHar({ nope: true })).toThrow(/not a HAR/);
  });
});
