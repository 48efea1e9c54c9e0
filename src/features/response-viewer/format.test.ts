import { describe, expect, it } from 'vitest';
import { formatBytes, groupDigits } from './format';

describe('groupDigits', () => {
  it('groups thousands exactly as en-US does', () => {
    for (const n of [0, 7, 999, 1000, 12_345, 999_999, 1_000_000, 20_666_725, 104_857_600, -1234]) {
      expect(groupDigits(n)).toBe(n.toLocaleString('en-US'));
    }
  });
});

describe('formatBytes', () => {
  it('gives the rounded size, then the exact count when asked', () => {
    expect(formatBytes(512, true)).toBe('512 B');
    expect(formatBytes(20_666_725)).toBe('19.7 MB');
    expect(formatBytes(20_666_725, true)).toBe('19.7 MB (20,666,725 bytes)');
  });
});
