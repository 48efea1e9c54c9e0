import { afterEach, describe, expect, it, vi } from 'vitest';
import { isLoopbackHost, warnIfExposed } from './banner';

afterEach(() => vi.restoreAllMocks());

describe('isLoopbackHost', () => {
  it.each(['127.0.0.1', '127.0.0.2', '127.255.255.254', 'localhost', 'LOCALHOST', '::1', '[::1]', '::ffff:127.0.0.9'])(
    '%s is loopback',
    (host) => expect(isLoopbackHost(host)).toBe(true),
  );

  it.each([
    '0.0.0.0',
    '::',
    '192.168.1.10',
    '10.0.0.1',
    '128.0.0.1',
    '127.example.com',
    'example.com',
    '::ffff:10.0.0.1',
  ])('%s is not', (host) => expect(isLoopbackHost(host)).toBe(false));
});

describe('warnIfExposed', () => {
  it('stays quiet for any loopback address and warns for a wider bind', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    warnIfExposed('127.0.0.2');
    warnIfExposed('::1');
    expect(warn).not.toHaveBeenCalled();
    warnIfExposed('0.0.0.0');
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/--host 0\.0\.0\.0 makes the explorer .* reachable from other machines/),
    );
  });
});
