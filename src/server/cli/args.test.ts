import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../proxy/proxy';
import { readExplorerArgs } from './args';

describe('readExplorerArgs', () => {
  it('binds loopback with the default limits unless told otherwise', () => {
    const args = readExplorerArgs([]);
    expect(args.host).toBe('127.0.0.1');
    expect(args.limits).toEqual(DEFAULT_LIMITS);
  });

  it('reads every proxy limit from its flag', () => {
    const args = readExplorerArgs([
      '--max-request-bytes',
      '2048',
      '--max-response-bytes',
      '4096',
      '--connect-timeout-ms',
      '500',
      '--total-timeout-ms',
      '9000',
    ]);
    expect(args.limits).toEqual({
      maxRequestBytes: 2048,
      maxResponseBytes: 4096,
      connectTimeoutMs: 500,
      totalTimeoutMs: 9000,
    });
  });

  it.each(['0', '-5', '1.5', 'lots'])('refuses %s as a limit, naming the flag', (v) => {
    expect(() => readExplorerArgs([`--total-timeout-ms=${v}`])).toThrow(/--total-timeout-ms must be/);
  });

  it('normalises allowed origins and refuses ones with a path', () => {
    expect(readExplorerArgs(['--allow-origin', 'http://127.0.0.1:9000/']).allowOrigins).toEqual([
      'http://127.0.0.1:9000',
    ]);
    expect(() => readExplorerArgs(['--allow-origin', 'http://127.0.0.1:9000/api/3'])).toThrow(/bare/);
  });

  it('reads --sandbox-seed-contacts and refuses a bad count', () => {
    expect(readExplorerArgs([]).sandboxSeedContacts).toBe(0);
    expect(readExplorerArgs(['--sandbox-seed-contacts', '100000']).sandboxSeedContacts).toBe(100_000);
    expect(() => readExplorerArgs(['--sandbox-seed-contacts', 'many'])).toThrow(/--sandbox-seed-contacts must be/);
  });
});
