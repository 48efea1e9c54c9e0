import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { summarize } from '../catalog/catalog-index';
import { catalog } from '../catalog/registry';
import { labelCall } from './call-label';
import { fromHar, readHarText } from './har-import';

/** Our own made-up Chrome DevTools "Save all as HAR" of a web page: 15 page calls, then 3 ActiveCampaign calls. */
const chromeHar = readFileSync(new URL('./test-data/chrome-devtools.har', import.meta.url), 'utf8');
const FIXTURE_KEY = 'made-up-key-0000000000000000000000000000';

describe('fromHar with a Chrome DevTools HAR', () => {
  const result = readHarText(chromeHar);

  it('keeps every call, reading Chrome’s nulls (`_error: null`) and HTTP/2 pseudo-headers', () => {
    expect(result.exchanges).toHaveLength(18);
    expect(result.skipped).toBe(0);
    expect(result.otherHosts).toBe(15);
  });

  it('labels the web page’s calls as other hosts, never as v3 methods, and the AC calls by API', () => {
    const labels = result.exchanges.map(labelCall);
    const urchin = labels.find((l) => l.target === '/urchin.js');
    expect(urchin).toMatchObject({ kind: 'other', method: 'GET', title: 'Other host: www.google-analytics.com' });
    expect(labels.slice(0, 15).every((l) => l.kind === 'other' && l.title.startsWith('Other host: '))).toBe(true);
    expect(labels.slice(15).map((l) => [l.kind, l.method, l.target])).toEqual([
      ['v3', 'GET', '/contacts?limit=1&filters[email]=jane.doe@example.org'],
      ['v3', 'POST', '/contacts'],
      ['v1', 'GET', 'contact_view_email?email=jane.doe@example.org'],
    ]);
    // The stored summary says the same, so nothing downstream calls a page's script a v3 method.
    expect(result.exchanges[4]?.methodSummary).toBe('Other host: www.google-analytics.com');
    expect(result.exchanges.map((e) => e.methodSummary).join('\n')).not.toMatch(/^(GET|POST) /m);
  });

  it('keeps a blocked request as a failed call with Chrome’s reason', () => {
    const blocked = result.exchanges.find((e) => e.request.url.includes('pixel.gif'));
    expect(blocked?.response).toBeUndefined();
    expect(blocked?.networkError).toBe('net::ERR_BLOCKED_BY_CLIENT');
  });

  it('masks the live key in headers and query before anything is stored', () => {
    expect(chromeHar).toContain(FIXTURE_KEY);
    expect(JSON.stringify(result.exchanges)).not.toContain(FIXTURE_KEY);
  });
});

describe('fromHar with the catalog at hand', () => {
  const index = catalog.map((m) => summarize(m, ''));
  const { exchanges } = readHarText(chromeHar, index);

  it('names an ActiveCampaign call by the method it calls, and leaves other hosts alone', () => {
    expect(exchanges.slice(15).map((e) => [e.methodId, e.methodSummary])).toEqual([
      ['v3.contacts.list', 'List, search and filter contacts'],
      ['v3.contacts.create', 'Create a contact'],
      ['v1.contact_view_email', expect.stringMatching(/contact by email/i)],
    ]);
    const [listCall] = exchanges.slice(15);
    expect(listCall && labelCall(listCall).title).toBe('List, search and filter contacts');
    expect(exchanges[4]?.methodId).toBe('');
    expect(exchanges[4]?.methodSummary).toBe('Other host: www.google-analytics.com');
  });
});

describe('readHarText', () => {
  it('says where a broken file stops being JSON', () => {
    expect(() => readHarText('{"log": {"entries": [}')).toThrow(/not valid JSON.*line 1, column \d+/);
    expect(() => readHarText(chromeHar.slice(0, 500))).toThrow(/ends too early/);
  });

  it('tells an empty file and JSON that is not a HAR apart', () => {
    expect(() => readHarText('  \n')).toThrow('The file is empty.');
    expect(() => readHarText('{"contacts": []}')).toThrow(/JSON but not a HAR log/);
  });

  it('names why entries were skipped', () => {
    const entry = (method: string, url: string) => ({
      startedDateTime: '2026-11-30T09:00:00.000Z',
      time: 3,
      request: { method, url, headers: [] },
      response: { status: 204, headers: [], content: { size: 0 } },
    });
    const r = fromHar({
      log: {
        entries: [
          entry('OPTIONS', 'https://acme.api-us1.com/api/3/contacts'),
          entry('OPTIONS', 'https://acme.api-us1.com/api/3/tags'),
          entry('HEAD', 'https://www.example.com/'),
          entry('GET', 'blob:https://www.example.com/0b1c'),
          42,
          entry('GET', 'https://acme.api-us1.com/api/3/tags'),
        ],
      },
    });
    expect(r.exchanges).toHaveLength(1);
    expect(r.skipped).toBe(5);
    expect(r.skippedReasons).toEqual([
      '2 OPTIONS requests (CORS preflights)',
      '1 HEAD requests',
      '1 entries whose URL is not http(s)',
      '1 unreadable entries',
    ]);
  });
});
