/** ActiveCampaign's documented limit: 5 requests per second. */
export const DEFAULT_REQUESTS_PER_SECOND = 5;

const WINDOW_MS = 1000;
/** Past this many tracked keys, idle ones are swept so a flood of random keys cannot grow memory without bound. */
const SWEEP_AT = 1000;

export interface RateLimitOptions {
  perSecond: number;
  /** Milliseconds clock, injectable for tests. */
  now?: () => number;
}

export type RateDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

/** A sliding one-second window per bucket (the sandbox uses one: the account): the 6th request inside any second is refused. */
export function createRateLimiter(options: RateLimitOptions): (key: string) => RateDecision {
  const now = options.now ?? Date.now;
  const hits = new Map<string, number[]>();
  return (key) => {
    const t = now();
    if (hits.size > SWEEP_AT) {
      for (const [k, times] of hits) if ((times.at(-1) ?? 0) <= t - WINDOW_MS) hits.delete(k);
    }
    const recent = (hits.get(key) ?? []).filter((at) => at > t - WINDOW_MS);
    if (recent.length >= options.perSecond) {
      hits.set(key, recent);
      const oldest = recent[0] ?? t;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + WINDOW_MS - t) / 1000)) };
    }
    recent.push(t);
    hits.set(key, recent);
    return { allowed: true, remaining: options.perSecond - recent.length };
  };
}
