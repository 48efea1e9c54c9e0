import { describe, expect, it } from 'vitest';
import type { Exchange } from '../exchange/types';
import { PROXY_ERROR_CODES } from '../proxy-errors';
import { explainOutcome, parseServerTiming, PROXY_ADVICE, V1_VERDICT_LIMIT } from './explain';

function exchange(
  status: number,
  body = '',
  headers: { name: string; value: string }[] = [],
  extra: Partial<Exchange> = {},
): Exchange {
  return {
    methodId: 'm',
    methodSummary: 'M',
    api: 'v3',
    startedAt: '2026-01-01T00:00:00.000Z',
    durationMs: 12,
    request: { method: 'GET', url: 'https://a.api-us1.com/api/3/contacts', headers: [] },
    response: { status, statusText: '', headers, bodyText: body, bytes: body.length },
    ...extra,
  };
}

describe('explainOutcome', () => {
  it.each([
    [403, /invalid, was reset/],
    [404, /check the id and the path/],
    [422, /next to the fields/],
    [503, /server error/],
  ])('explains %i with a next step', (status, advice) => {
    const o = explainOutcome(exchange(status));
    expect(o.tone).toBe('error');
    expect(o.advice).toMatch(advice);
  });

  it('says when to retry after a 429 from Retry-After', () => {
    expect(explainOutcome(exchange(429, '', [{ name: 'Retry-After', value: '3' }])).advice).toMatch(
      /5 requests per second.*Retry after 3 seconds/,
    );
    expect(explainOutcome(exchange(429)).advice).toMatch(/Wait a second/);
  });

  it('flags v1 result_code 0 answered with HTTP 200, in JSON and in XML', () => {
    const json = exchange(200, '{"result_code":0,"result_message":"Contact not found"}', [], { api: 'v1' });
    expect(explainOutcome(json)).toMatchObject({ tone: 'warning', title: expect.stringMatching(/Contact not found/) });
    const xml = exchange(
      200,
      '<?xml version="1.0"?><root><result_code>0</result_code><result_message>Nope</result_message></root>',
      [{ name: 'Content-Type', value: 'text/xml' }],
      { api: 'v1' },
    );
    expect(explainOutcome(xml)).toMatchObject({ tone: 'warning', title: expect.stringMatching(/Nope/) });
  });

  it('does not parse a large v1 200 for a verdict: it is data, so a success', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `"${i}":{"id":"${i}","email":"c${i}@example.com"}`).join(',');
    const big = `{${rows},"result_code":1,"result_message":"Success"}`;
    expect(big.length).toBeGreaterThan(V1_VERDICT_LIMIT);
    expect(explainOutcome(exchange(200, big, [], { api: 'v1' })).tone).toBe('success');
    // Beyond the limit, not even a failure envelope is looked for: failures are never that long.
    const padded = `{"result_code":0,"result_message":"Nope","pad":"${'x'.repeat(V1_VERDICT_LIMIT)}"}`;
    expect(explainOutcome(exchange(200, padded, [], { api: 'v1' })).tone).toBe('success');
  });

  it('never presents a proxy failure as an ActiveCampaign answer', () => {
    const ex = exchange(504);
    const failed: Exchange = {
      ...ex,
      response: ex.response && { ...ex.response, proxyError: { code: 'timeout', message: 'No answer in 30000 ms.' } },
    };
    const o = explainOutcome(failed);
    expect(o.title).toMatch(/proxy timed out, not ActiveCampaign/);
    expect(o.advice).toMatch(/No answer in 30000 ms/);
  });

  it.each(PROXY_ERROR_CODES)('explains the proxy error code %s', (code) => {
    const ex = exchange(502);
    const o = explainOutcome({
      ...ex,
      response: ex.response && { ...ex.response, proxyError: { code, message: '' } },
    });
    expect(o.title).not.toMatch(/failed \(/);
    expect(o.title).toContain(PROXY_ADVICE[code].title);
    expect(o.advice).toBe(PROXY_ADVICE[code].advice);
  });

  it('has advice for exactly the proxy error codes', () => {
    expect(Object.keys(PROXY_ADVICE).sort()).toEqual([...PROXY_ERROR_CODES].sort());
  });

  it('names an unknown code instead of guessing', () => {
    const ex = exchange(502);
    const o = explainOutcome({
      ...ex,
      response: ex.response && { ...ex.response, proxyError: { code: 'from_a_newer_proxy', message: '' } },
    });
    expect(o.title).toMatch(/failed \(from_a_newer_proxy\)/);
  });
});

describe('parseServerTiming', () => {
  it('reads the proxy breakdown', () => {
    expect(parseServerTiming('dns;dur=1.5, connect;dur=2.0, ttfb;dur=40.1')).toEqual([
      { name: 'dns', ms: 1.5 },
      { name: 'connect', ms: 2 },
      { name: 'ttfb', ms: 40.1 },
    ]);
    expect(parseServerTiming(undefined)).toEqual([]);
    expect(parseServerTiming('cache;desc=hit')).toEqual([]);
  });
});
