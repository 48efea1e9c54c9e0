import { describe, expect, it } from 'vitest';
import { nextActive } from './list-keys';

describe('nextActive', () => {
  it('moves within the list and stops at its ends', () => {
    expect(nextActive('ArrowDown', 0, 3)).toBe(1);
    expect(nextActive('ArrowDown', 2, 3)).toBe(2);
    expect(nextActive('ArrowUp', 0, 3)).toBe(0);
    expect(nextActive('End', 0, 3)).toBe(2);
    expect(nextActive('Home', 2, 3)).toBe(0);
    expect(nextActive('PageDown', 1, 30)).toBe(11);
    expect(nextActive('PageUp', 5, 30)).toBe(0);
  });
  it('ignores other keys and empty lists', () => {
    expect(nextActive('a', 0, 3)).toBeUndefined();
    expect(nextActive('ArrowDown', 0, 0)).toBeUndefined();
  });
});
