import { describe, expect, it } from 'vitest';
import { checkApiUrl } from './api-url';

describe('checkApiUrl', () => {
  it.each([
    ['https://acct.api-us1.com', 'https://acct.api-us1.com'],
    ['  https://acct.api-us1.com  ', 'https://acct.api-us1.com'],
    ['https://123456demo.activehosted.com', 'https://123456demo.activehosted.com'],
    ['http://127.0.0.1:5174', 'http://127.0.0.1:5174'],
    ['http://localhost:5174', 'http://localhost:5174'],
  ])('accepts %s as %s without a note', (input, origin) => {
    expect(checkApiUrl(input)).toEqual({ ok: true, origin });
  });

  it.each([
    ['https://acct.api-us1.com/', /trailing \/ is dropped/],
    ['https://acct.api-us1.com///', /trailing \/ is dropped/],
    ['acct.api-us1.com', /https:\/\/ was added/],
    ['https://api.example.test', /not an ActiveCampaign API host.*--allow-origin https:\/\/api\.example\.test/],
  ])('accepts %s with a note saying what it did or what to know', (input, note) => {
    const r = checkApiUrl(input);
    expect(r.ok).toBe(true);
    expect(r.ok && r.note).toMatch(note);
  });

  it.each([
    ['', /Enter the API URL from Settings > Developer/],
    ['https://acct.api-us1.com/api/3', /Leave out \/api\/3/],
    ['https://acct.api-us1.com/api/3/', /Leave out \/api\/3/],
    ['https://acct.api-us1.com/api/3/contacts', /Leave out \/api\/3\/contacts/],
    ['https://acct.api-us1.com/admin/api.php', /Leave out \/admin\/api.php/],
    ['https://acct.activehosted.com/app/contacts', /web app, not the API URL/],
    ['https://acct.activehosted.com/admin/main.php', /web app, not the API URL/],
    ['https://www.activecampaign.com', /website, not your API URL/],
    ['http://acct.api-us1.com', /Use https:\/\//],
    ['ftp://acct.api-us1.com', /Use https:\/\//],
    ['https://me:pw@acct.api-us1.com', /Remove the user name or password/],
    ['"https://acct.api-us1.com"', /Remove the quotes/],
    ['https://acct.api-us1.com abc', /contains a space/],
    ['https://acct.api-us1.com?x=1', /Enter only the origin/],
    ['https://acct.api-us1.com/v3', /Enter only the origin/],
    ['https://', /not a URL/],
  ])('refuses %s with a specific message', (input, message) => {
    const r = checkApiUrl(input);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(message);
  });
});
