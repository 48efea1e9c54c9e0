import { describe, expect, it } from 'vitest';
import { createRateBudget, memoryLedger, retryAfterMs, type BudgetClock } from './rate-budget';

/** A frozen clock: time moves only when the test advances it; sleeps resolve as it passes them. */
function frozenClock(start = 1_000_000) {
  let t = start;
  const timers: { at: number; resolve: () => void }[] = [];
  const clock: BudgetClock = {
    now: () => t,
    sleep: (ms) => new Promise<void>((resolve) => timers.push({ at: t + ms, resolve })),
  };
  const flush = async () => {
    for (let i = 0; i < 20; i++) await Promise.resolve();
  };
  return {
    clock,
    now: () => t,
    async advance(ms: number, step = 5) {
      for (let passed = 0; passed < ms; passed += step) {
        t += step;
        for (const timer of timers.filter((x) => x.at <= t)) {
          timers.splice(timers.indexOf(timer), 1);
          timer.resolve();
        }
        await flush();
      }
    },
    flush,
  };
}

function maxInAnyWindow(times: readonly number[], windowMs = 1000): number {
  let max = 0;
  for (const start of times) max = Math.max(max, times.filter((x) => x >= start && x < start + windowMs).length);
  return max;
}

describe('rate budget', () => {
  it('never starts more than the budget in any one-second window, with answers that come back at once', async () => {
    const fake = frozenClock();
    const budget = createRateBudget({ perSecond: 5, clock: fake.clock, ledger: memoryLedger() });
    const starts: number[] = [];
    const calls = Array.from({ length: 23 }, async () => {
      const ticket = await budget.acquire();
      starts.push(fake.now());
      await ticket.finish({ status: 200 });
    });
    await fake.flush();
    expect(starts).toHaveLength(5);
    expect(budget.snapshot().waiting).toBe(18);
    await fake.advance(6000);
    await Promise.all(calls);
    expect(starts).toHaveLength(23);
    expect(maxInAnyWindow(starts)).toBe(5);
    // And it does not dawdle: 23 calls need four full windows after the first burst.
    expect((starts.at(-1) ?? 0) - (starts[0] ?? 0)).toBeLessThanOrEqual(4 * 1000 + 50);
  });

  it('holds a slot until one window after its answer, so a slow call cannot let two arrive in one second', async () => {
    const fake = frozenClock();
    const budget = createRateBudget({ perSecond: 2, clock: fake.clock, ledger: memoryLedger() });
    const first = await budget.acquire();
    await budget.acquire();
    let third = false;
    const pending = budget.acquire().then(() => (third = true));
    await fake.advance(1500); // the first call is still out after 1.5 s
    expect(third).toBe(false);
    await first.finish({ status: 200 });
    await fake.advance(990);
    expect(third).toBe(false);
    await fake.advance(20);
    await pending;
    expect(third).toBe(true);
  });

  it('honours Retry-After after a 429: nothing starts before it has passed', async () => {
    const fake = frozenClock();
    const budget = createRateBudget({ perSecond: 5, clock: fake.clock, ledger: memoryLedger() });
    const ticket = await budget.acquire();
    const headers: Record<string, string> = { 'retry-after': '3' };
    await ticket.finish({ status: 429, header: (n) => headers[n] });
    const t429 = fake.now();
    expect(budget.snapshot().blockedUntil).toBe(t429 + 3000);
    let startedAt: number | undefined;
    const next = budget.acquire().then(() => (startedAt = fake.now()));
    await fake.advance(2990);
    expect(startedAt).toBeUndefined();
    await fake.advance(30);
    await next;
    expect(startedAt).toBeGreaterThanOrEqual(t429 + 3000);
  });

  it('adopts a lower RateLimit-Limit from the server and shows its RateLimit-Remaining', async () => {
    const fake = frozenClock();
    const budget = createRateBudget({ perSecond: 5, clock: fake.clock, ledger: memoryLedger() });
    const headers: Record<string, string> = { 'ratelimit-limit': '2', 'ratelimit-remaining': '1' };
    await (await budget.acquire()).finish({ status: 200, header: (n) => headers[n] });
    expect(budget.snapshot()).toMatchObject({ limit: 2, inUse: 1, serverRemaining: 1 });
    await budget.acquire();
    let third = false;
    void budget.acquire().then(() => (third = true));
    await fake.advance(500);
    expect(third).toBe(false);
  });

  it('waits a window when the server reports none left although we used less (another client spends it)', async () => {
    const fake = frozenClock();
    const budget = createRateBudget({ perSecond: 5, clock: fake.clock, ledger: memoryLedger() });
    const headers: Record<string, string> = { 'ratelimit-remaining': '0' };
    await (await budget.acquire()).finish({ status: 200, header: (n) => headers[n] });
    expect(budget.snapshot().blockedUntil).toBe(fake.now() + 1000);
  });

  it("does not hold back when the server's 0 left is explained by our own calls in its window", async () => {
    const fake = frozenClock();
    const budget = createRateBudget({ perSecond: 2, clock: fake.clock, ledger: memoryLedger() });
    const a = await budget.acquire();
    await fake.advance(10);
    await a.finish({ status: 200 });
    await fake.advance(890);
    const b = await budget.acquire();
    await fake.advance(200); // b is slow: a's slot has run out by the time b's answer says 0 left
    const headers: Record<string, string> = { 'ratelimit-remaining': '0' };
    await b.finish({ status: 200, header: (n) => headers[n] });
    expect(budget.snapshot().blockedUntil).toBeUndefined();
  });

  it('stops waiting when the caller aborts, and takes no slot', async () => {
    const fake = frozenClock();
    const budget = createRateBudget({ perSecond: 1, clock: fake.clock, ledger: memoryLedger() });
    await budget.acquire();
    const abort = new AbortController();
    const waiting = budget.acquire(abort.signal);
    await fake.flush();
    abort.abort();
    await fake.advance(100);
    await expect(waiting).rejects.toThrow();
    expect(budget.snapshot()).toMatchObject({ inUse: 1, waiting: 0 });
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterMs('2', 0)).toBe(2000);
    expect(retryAfterMs('Wed, 21 Oct 2015 07:28:05 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(5000);
    expect(retryAfterMs('soon', 0)).toBeUndefined();
  });
});
