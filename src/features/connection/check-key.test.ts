import { describe, expect, it } from 'vitest';
import { explainKeyCheck } from './check-key';

describe('explainKeyCheck', () => {
  it('names the user a working key belongs to', () => {
    const body = JSON.stringify({
      user: { username: 'admin', firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com' },
    });
    expect(explainKeyCheck(200, null, body)).toEqual({
      tone: 'ok',
      message: 'The key works. It belongs to Ada Lovelace, user admin, ada@example.com.',
      owner: 'Ada Lovelace, ada@example.com',
    });
  });

  it('explains a 403 as an invalid or reset key, and where to find the current one', () => {
    const r = explainKeyCheck(403, null, '');
    expect(r.tone).toBe('error');
    expect(r.message).toMatch(/invalid or was reset/);
    expect(r.message).toMatch(/denies all access until every app uses the new one/);
    expect(r.message).toMatch(/Settings > Developer/);
  });

  it('passes on the proxy’s own refusal instead of blaming the key', () => {
    const body = JSON.stringify({
      proxyError: { code: 'dns_failed', message: 'Could not resolve x.api-us1.com (ENOTFOUND).' },
    });
    expect(explainKeyCheck(502, 'dns_failed', body).message).toBe(
      'The proxy could not check the key (dns_failed): Could not resolve x.api-us1.com (ENOTFOUND).',
    );
  });

  it('says so when a 200 is not an ActiveCampaign answer', () => {
    expect(explainKeyCheck(200, null, '<html>').message).toMatch(/no "user"/);
  });

  it.each([
    [404, /no \/api\/3\/users\/me/],
    [500, /Unexpected answer HTTP 500/],
  ])('explains HTTP %i', (status, message) => {
    expect(explainKeyCheck(status, null, '').message).toMatch(message);
  });
});
