import { describe, expect, it } from 'vitest';
import { lastAtMost } from './sorted-search';

describe('lastAtMost', () => {
  it('finds where a position falls among start offsets, within the first `count` entries', () => {
    const starts = [0, 3, 3, 10, 25];
    expect([0, 2, 3, 9, 10, 24, 25, 99].map((v) => lastAtMost(starts, v))).toEqual([0, 0, 2, 2, 3, 3, 4, 4]);
    expect(lastAtMost(starts, 99, 4)).toBe(3);
    expect(lastAtMost(new Float64Array([0, 5]), 4)).toBe(0);
    expect(lastAtMost([], 7)).toBe(0);
  });
});
