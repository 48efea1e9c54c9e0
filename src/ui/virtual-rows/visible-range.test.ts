import { describe, expect, it } from 'vitest';
import { visibleRange } from './visible-range';

describe('visibleRange', () => {
  it('covers the viewport plus the overscan, clamped to the list', () => {
    expect(visibleRange(0, 100, 20, 1000, 2)).toEqual({ first: 0, last: 6 });
    expect(visibleRange(1000, 100, 20, 1000, 2)).toEqual({ first: 48, last: 56 });
    expect(visibleRange(19_990, 100, 20, 1000, 2)).toEqual({ first: 997, last: 999 });
  });

  it('counts a partly visible row as shown', () => {
    expect(visibleRange(10, 100, 20, 1000, 0)).toEqual({ first: 0, last: 5 });
  });

  it('costs the same for a million rows as for ten, and is empty for none', () => {
    expect(visibleRange(18_000_000, 900, 18, 1_250_000, 20)).toEqual({ first: 999_980, last: 1_000_069 });
    expect(visibleRange(0, 100, 20, 0, 2)).toEqual({ first: 0, last: -1 });
  });
});
