import { describe, expect, it } from 'vitest';
import type { Exchange } from '../exchange/types';
import { summarize } from '../catalog/catalog-index';
import { catalog } from '../catalog/registry';
import { kindOfUrl, labelCall, matchCatalogMethod, matchesText } from './call-label';
import { captureCall } from './test-exchanges';

const KEY = 'label-key-0123456789';

/** An imported call (no catalog method), as fromHar stores one. */
function imported(method: Exchange['request']['method'], url: string): Exchange {
  return {
    methodId: '',
    methodSummary: 'whatever the importer wrote',
    api: 'v3',
    startedAt: '2026-11-26T10:00:00.000Z',
    durationMs: 5,
    request: { method, url, headers: [] },
  };
}

describe('labelCall', () => {
  it('tells two calls of one method apart by their query, without the /api/3 prefix', () => {
    const a = labelCall(
      captureCall('v3.contacts.list', { params: { limit: 1 } }, KEY, { status: 200, body: '{}' }).exchange,
    );
    const b = labelCall(
      captureCall('v3.contacts.list', { params: { limit: 2, email: 'a@example.com' } }, KEY, {
        status: 200,
        body: '{}',
      }).exchange,
    );
    expect(a).toMatchObject({ kind: 'v3', method: 'GET', title: 'List, search and filter contacts' });
    expect(a.target).toBe('/contacts?limit=1');
    expect(b.target).toMatch(/^\/contacts\?/);
    expect(b.target).toContain('limit=2');
    expect(b.target).toContain('email=a@example.com');
    expect(a.target).not.toBe(b.target);
  });

  it('never repeats the HTTP method in the text it shows beside the badge', () => {
    for (const ex of [
      captureCall('v3.contacts.create', { params: {}, body: { contact: { email: 'a@example.com' } } }, KEY, {
        status: 201,
        body: '{}',
      }).exchange,
      imported('GET', 'https://www.google-analytics.com/urchin.js'),
      imported('POST', 'https://acme.api-us1.com/api/3/contacts'),
    ]) {
      const l = labelCall(ex);
      expect(l.target).not.toMatch(/^(GET|POST|PUT|PATCH|DELETE)\b/);
      expect(l.title).not.toMatch(/^(GET|POST|PUT|PATCH|DELETE)\b/);
    }
  });

  it('shows a v1 call as its action and parameters, without the envelope or the key', () => {
    const ex = captureCall('v1.contact_view_email', { params: { email: 'jane@example.org' } }, KEY, {
      status: 200,
      body: '{}',
    }).exchange;
    const l = labelCall(ex);
    expect(l.kind).toBe('v1');
    expect(l.target).toBe('contact_view_email?email=jane@example.org');
    expect(JSON.stringify(l)).not.toContain(KEY);
  });

  it('labels a call to a host that is not ActiveCampaign as such, never as a v3 method', () => {
    const l = labelCall(imported('GET', 'https://www.google-analytics.com/urchin.js?v=2'));
    expect(l).toEqual({
      kind: 'other',
      method: 'GET',
      host: 'www.google-analytics.com',
      target: '/urchin.js?v=2',
      title: 'Other host: www.google-analytics.com',
    });
  });

  it('decodes percent-escapes so bracketed filters read as typed', () => {
    const l = labelCall(
      imported('GET', 'https://acme.api-us1.com/api/3/contacts?filters%5Bemail%5D=a%40b.org&q=two+words'),
    );
    expect(l.target).toBe('/contacts?filters[email]=a@b.org&q=two words');
    // A broken escape is shown as it is rather than failing the row.
    expect(labelCall(imported('GET', 'https://acme.api-us1.com/api/3/x?q=%E0%A4%A')).target).toBe('/x?q=%E0%A4%A');
  });
});

describe('kindOfUrl', () => {
  it.each([
    ['https://acme.api-us1.com/api/3/contacts', 'v3'],
    ['https://acme.activehosted.com/api/3/deals/1', 'v3'],
    ['http://127.0.0.1:5174/api/3/users/me', 'v3'],
    ['https://acme.api-us1.com/admin/api.php?api_action=list_list', 'v1'],
    ['https://acme.activehosted.com/app/contacts', 'other'],
    ['https://www.example.com/api/3/contacts', 'other'],
    ['https://api-us1.com.evil.example/api/3/contacts', 'other'],
    ['https://www.example.com/admin/api.php', 'other'],
  ])('%s is %s', (url, kind) => {
    expect(kindOfUrl(new URL(url))).toBe(kind);
  });
});

describe('matchesText', () => {
  it('matches every word against method, title, host, path and status', () => {
    const ex = imported('GET', 'https://www.google-analytics.com/urchin.js');
    expect(matchesText(ex, '')).toBe(true);
    expect(matchesText(ex, 'urchin get')).toBe(true);
    expect(matchesText(ex, 'other host')).toBe(true);
    expect(matchesText(ex, 'failed')).toBe(true);
    expect(matchesText(ex, 'urchin post')).toBe(false);
  });
});

describe('matchCatalogMethod', () => {
  const index = catalog.map((m) => summarize(m, ''));
  const match = (method: string, url: string) => matchCatalogMethod(index, method, new URL(url))?.id;

  it('finds the method by HTTP method and path template, literal segments first', () => {
    expect(match('GET', 'https://acme.api-us1.com/api/3/contacts/12')).toBe('v3.contacts.get');
    expect(match('DELETE', 'https://acme.api-us1.com/api/3/contacts/12')).toBe('v3.contacts.delete');
    expect(match('GET', 'https://acme.api-us1.com/api/3/users/email/a@b.org')).toBe('v3.users.getByEmail');
    expect(match('GET', 'https://acme.api-us1.com/admin/api.php?api_action=contact_view_email')).toBe(
      'v1.contact_view_email',
    );
  });

  it('finds nothing for other hosts or unknown paths', () => {
    expect(match('GET', 'https://www.example.com/api/3/contacts')).toBeUndefined();
    expect(match('GET', 'https://acme.api-us1.com/api/3/nothing-here')).toBeUndefined();
  });
});
