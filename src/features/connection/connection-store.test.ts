import { describe, expect, it } from 'vitest';
import { blankConnection, parseRequestsPerSecond, patchConnection, safetyOf, SANDBOX_SAFETY } from './connection-store';

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

describe('connection edits and the safety facts', () => {
  const saved = {
    ...blankConnection('c1', 'Production'),
    apiUrl: 'https://acme.api-us1.com',
    apiKey: 'key-1',
    keyOwner: 'Jane Doe',
  };

  it('forgets whose key it is when the URL or the key changes, and only then', () => {
    expect(patchConnection(saved, { apiKey: 'key-2' }).keyOwner).toBeUndefined();
    expect(patchConnection(saved, { apiUrl: 'https://other.api-us1.com' }).keyOwner).toBeUndefined();
    expect(patchConnection(saved, { name: 'Live', readOnly: true })).toEqual({
      ...saved,
      name: 'Live',
      readOnly: true,
    });
    expect(patchConnection(saved, { apiKey: 'key-1' }).keyOwner).toBe('Jane Doe');
    expect(patchConnection(saved, { apiKey: 'key-2', keyOwner: 'Sam Lee' }).keyOwner).toBe('Sam Lee');
    expect(saved.keyOwner).toBe('Jane Doe');
  });

  it('gives the rails a saved connection as a real account, read-only only when marked so', () => {
    expect(safetyOf(saved)).toEqual({
      id: 'c1',
      name: 'Production',
      sandbox: false,
      readOnly: false,
      keyOwner: 'Jane Doe',
    });
    expect(safetyOf({ ...blankConnection(), readOnly: true })).toEqual({
      id: 'account',
      name: 'My ActiveCampaign account',
      sandbox: false,
      readOnly: true,
    });
    expect(SANDBOX_SAFETY).toMatchObject({ sandbox: true, readOnly: false });
  });
});
