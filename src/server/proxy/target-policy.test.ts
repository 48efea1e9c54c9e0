import { describe, expect, it } from 'vitest';
import { checkTarget, normaliseAllowedOrigin } from './target-policy';

const policy = { extraOrigins: ['http://127.0.0.1:5174', 'https://staging.example.test:8443'] };

describe('checkTarget', () => {
  it.each([
    ['https://acct.api-us1.com', true],
    ['https://123456demo.activehosted.com', true],
    ['https://acct.api-us1.com/', true],
  ])('allows the ActiveCampaign host %s, with its address checked', (raw, checked) => {
    const r = checkTarget(raw, policy);
    expect(r.ok && r.checkAddress).toBe(checked);
  });

  it('allows explicit origins; a literal address is trusted as given, a name is still address-checked', () => {
    const literal = checkTarget('http://127.0.0.1:5174', policy);
    const named = checkTarget('https://staging.example.test:8443', policy);
    expect(literal.ok && literal.checkAddress).toBe(false);
    expect(named.ok && named.checkAddress).toBe(true);
  });

  it.each<[string | undefined, string]>([
    [undefined, 'missing'],
    ['', 'empty'],
    ['not a url', 'not a URL'],
    ['http://acct.api-us1.com', 'plain http'],
    ['https://acct.api-us1.com:444', 'another port'],
    ['https://acct.api-us1.com.', 'trailing dot'],
    ['https://ACCT.API-US1.COM', 'not the canonical spelling'],
    ['https://acct.api-us1.com@evil.test', 'userinfo hiding the real host'],
    ['https://user:pw@acct.api-us1.com', 'credentials'],
    ['https://evil.test#.api-us1.com', 'fragment'],
    ['https://evil.test?.api-us1.com', 'query'],
    ['https://evil.test\\.api-us1.com', 'backslash'],
    ['https://evil.test/.api-us1.com', 'path'],
    ['https://api-us1.com', 'the bare domain'],
    ['https://a.b.api-us1.com', 'a nested name'],
    ['https://acct.api-us1.com.evil.test', 'suffix trick'],
    ['https://acct.activecampaign.com', 'the marketing site'],
    ['https://2130706433', 'decimal IPv4 literal'],
    ['https://0x7f000001', 'hex IPv4 literal'],
    ['https://0177.0.0.1', 'octal IPv4 literal'],
    ['https://127.1', 'short IPv4 literal'],
    ['https://[::ffff:127.0.0.1]', 'IPv4-mapped IPv6 literal'],
    ['https://[::1]', 'IPv6 loopback literal'],
    ['http://127.0.0.1:5175', 'a loopback port nobody allowed'],
    ['http://localhost:5174', 'another spelling of the allowed sandbox'],
    ['file:///etc/passwd', 'another scheme'],
    ['javascript:alert(1)', 'another scheme'],
  ])('refuses %s (%s)', (raw) => {
    expect(checkTarget(raw, policy).ok).toBe(false);
  });
});

describe('normaliseAllowedOrigin', () => {
  it('returns the origin of a bare origin', () => {
    expect(normaliseAllowedOrigin('http://127.0.0.1:8080/')).toBe('http://127.0.0.1:8080');
    expect(normaliseAllowedOrigin('HTTPS://Staging.Example.test')).toBe('https://staging.example.test');
  });
  it.each(['nope', 'ftp://x.test', 'http://x.test/api/3', 'http://u@x.test', 'http://x.test?a=1'])(
    'rejects %s with a message naming the flag',
    (raw) => {
      expect(() => normaliseAllowedOrigin(raw)).toThrow(/--allow-origin/);
    },
  );
});
