import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limit';

describe('createRateLimiter', () => {
  it('allows 5 requests in a second per key, refuses the 6th with the seconds to wait, then recovers', () => {
    let t = 10_000;
    const limit = createRateLimiter({ perSecond: 5, now: () => t });
    const first = Array.from({ length: 5 }, () => limit('a'));
    expect(first.map((d) => d.allowed)).toEqual([true, true, true, true, true]);
    expect(first.at(-1)).toEqual({ allowed: true, remaining: 0 });
    expect(limit('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    // Another key has its own budget.
    expect(limit('b').allowed).toBe(true);
    t += 999;
    expect(limit('a').allowed).toBe(false);
    t += 1;
    expect(limit('a')).toEqual({ allowed: true, remaining: 4 });
  });

  it('slides: requests spread over the second free up one by one', () => {
    let t = 0;
    const limit = createRateLimiter({ perSecond: 2, now: () => t });
    limit('k');
    t = 600;
    limit('k');
    expect(limit('k').allowed).toBe(false);
    t = 1001;
    expect(limit('k').allowed).toBe(true);
    expect(limit('k').allowed).toBe(false);
  });
});
