import { describe, expect, it } from 'vitest';
import { parseRequestsPerSecond } from './connection-store';

describe('requests per second setting', () => {
  it('accepts a whole number in range, and empty for the default', () => {
    expect(parseRequestsPerSecond(' 10 ')).toEqual({ ok: true, value: 10 });
    expect(parseRequestsPerSecond('')).toEqual({ ok: true, value: undefined });
  });

  it('says what is wrong with anything else', () => {
    expect(parseRequestsPerSecond('2.5')).toMatchObject({ ok: false, message: expect.stringMatching(/whole number/) });
    expect(parseRequestsPerSecond('0')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/between 1 and 50/),
    });
    expect(parseRequestsPerSecond('500')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/between 1 and 50/),
    });
  });
});
