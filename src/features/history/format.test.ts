import { describe, expect, it } from 'vitest';
import { shortDuration, shortTime, timeParts } from './format';

describe('shortTime', () => {
  const now = new Date('2026-12-02T20:00:00.000Z');
  it('shows the time alone for a call made today, the date as well before', () => {
    expect(shortTime('2026-12-02T09:14:02.118Z', now)).toBe('09:14:02');
    expect(shortTime('2026-11-30T09:14:02.118Z', now)).toBe('Nov 30 09:14');
    expect(shortTime('not a date', now)).toBe('');
  });
  it('splits into a date a narrow row can drop and the clock it keeps', () => {
    expect(timeParts('2026-11-30T09:14:02.118Z', now)).toEqual({ date: 'Nov 30', clock: '09:14' });
    expect(timeParts('2026-12-02T09:14:02.118Z', now)).toEqual({ date: '', clock: '09:14:02' });
  });
});

describe('shortDuration', () => {
  it('uses ms below a second and seconds above', () => {
    expect(shortDuration(35.4)).toBe('35 ms');
    expect(shortDuration(1234)).toBe('1.2 s');
    expect(shortDuration(12_500)).toBe('13 s');
  });
});
