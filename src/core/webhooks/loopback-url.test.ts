import { describe, expect, it } from 'vitest';
import { loopbackTarget } from './loopback-url';

describe('loopbackTarget', () => {
  it.each([
    ['http://127.0.0.1:5173/webhooks/inbox/a', '127.0.0.1'],
    ['https://127.0.0.1/in', '127.0.0.1'],
    ['http://127.8.9.10/in', '127.8.9.10'],
    ['http://localhost:8080/in', '127.0.0.1'],
    ['http://LOCALHOST/in', '127.0.0.1'],
    ['http://[::1]:9/in', '::1'],
    // The URL parser rewrites other IPv4 spellings to the dotted quad that is then connected to.
    ['http://127.1/in', '127.0.0.1'],
    ['http://2130706433/in', '127.0.0.1'],
    ['http://user:pass@127.0.0.1/in', '127.0.0.1'],
  ])('delivers to %s via %s', (url, host) => {
    expect(loopbackTarget(url)).toMatchObject({ ok: true, connectHost: host });
  });

  it.each([
    ['https://hooks.example.com/x', 'hooks.example.com is not one of them'],
    ['http://10.0.0.1/x', '10.0.0.1 is not one of them'],
    ['http://172.16.5.4/x', '172.16.5.4 is not one of them'],
    ['http://192.168.1.1/x', '192.168.1.1 is not one of them'],
    ['http://169.254.169.254/x', '169.254.169.254 is not one of them'],
    ['http://0.0.0.0/x', '0.0.0.0 is not one of them'],
    ['http://[::ffff:127.0.0.1]/x', 'is not one of them'],
    ['http://[fe80::1]/x', 'is not one of them'],
    ['http://localhost./x', 'localhost. is not one of them'],
    ['http://api.localhost/x', 'api.localhost is not one of them'],
    ['http://127.0.0.1.nip.io/x', '127.0.0.1.nip.io is not one of them'],
    ['file:///etc/passwd', 'not file:'],
    ['127.0.0.1:5173/x', 'is not an absolute URL'],
    ['inbox', 'is not an absolute URL'],
  ])('refuses %s', (url, why) => {
    const target = loopbackTarget(url);
    expect(target.ok).toBe(false);
    if (!target.ok) {
      expect(target.reason).toContain(why);
      expect(target.reason).toContain('http://127.0.0.1:5173/webhooks/inbox/<name>');
    }
  });
});
