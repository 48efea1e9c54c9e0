import { openDB } from 'idb';

/**
 * One client-side rate budget per account, shared by every call this browser
 * makes to it (sends from any tab, re-sends, key checks, Fetch all, recipes),
 * so the explorer itself never causes a 429.
 *
 * Why a window of "answer + 1 s" and not a plain token bucket: ActiveCampaign
 * (and the sandbox) count requests in a sliding one-second window by the time
 * they *arrive*. A bucket of N tokens allows up to 2N−1 starts in one second,
 * and a start 1 s after an earlier start can still arrive within 1 s of it when
 * the earlier one was slow on the way. A request has certainly arrived by the
 * time its answer's headers are back, so a slot is held from the start until
 * one window after those headers: at most N arrivals fall in any window,
 * whatever the network does. The cost is one round trip per N calls.
 */

/** ActiveCampaign's documented account limit. */
export const DEFAULT_REQUESTS_PER_SECOND = 5;
const WINDOW_MS = 1000;
/** A slot whose answer never came back (tab closed mid-call) stops counting after this long. */
const PENDING_MAX_MS = 30_000;
/** While another caller's slot is open we re-check this often (its end may be written by another tab). */
const POLL_MS = 50;

export interface BudgetClock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

const systemClock: BudgetClock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(abortError(signal));
      const t = setTimeout(done, ms);
      function done() {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }
      function onAbort() {
        clearTimeout(t);
        reject(abortError(signal));
      }
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};

function abortError(signal: AbortSignal | undefined): Error {
  return signal?.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError');
}

interface Slot {
  id: string;
  start: number;
  /** When the answer's headers arrived (or the call failed). */
  end?: number;
}

interface LedgerState {
  slots: Slot[];
  /** No call starts before this (after a 429's Retry-After, or RateLimit-Remaining: 0). */
  blockedUntil: number;
  /** The limit the server announced in RateLimit-Limit, when lower than ours. */
  serverLimit?: number;
  serverRemaining?: number;
}

/** Exclusive read-modify-write access to the state shared by every caller of one account. */
export interface Ledger {
  update<T>(fn: (state: LedgerState) => T): Promise<T>;
}

function emptyState(): LedgerState {
  return { slots: [], blockedUntil: 0 };
}

/** A ledger in this tab's memory (tests, and browsers without Web Locks). */
export function memoryLedger(): Ledger {
  const state = emptyState();
  let chain: Promise<unknown> = Promise.resolve();
  return {
    update(fn) {
      const next = chain.then(() => fn(state));
      chain = next.catch(() => undefined);
      return next;
    },
  };
}

/**
 * A ledger every tab of this origin shares, in IndexedDB: one readwrite
 * transaction per change, which IndexedDB runs one at a time across tabs, so
 * two tabs cannot both take the last slot. (Local storage under a Web Lock is
 * not enough: Chromium syncs local storage between tab processes lazily, and a
 * tab can read a state another has already changed.) Falls back to memory
 * where IndexedDB is missing or fails to open.
 */
function sharedLedger(name: string): Ledger {
  if (typeof indexedDB === 'undefined') return memoryLedger();
  const fallback = memoryLedger();
  const db = openDB(LEDGER_DB, 1, {
    upgrade: (d) => {
      d.createObjectStore(LEDGER_STORE);
    },
  }).catch(() => undefined);
  return {
    async update(fn) {
      const opened = await db;
      if (!opened) return fallback.update(fn);
      const tx = opened.transaction(LEDGER_STORE, 'readwrite');
      const state = toState(await tx.store.get(name));
      const result = fn(state);
      await tx.store.put(state, name);
      await tx.done;
      return result;
    },
  };
}

const LEDGER_DB = 'explorer-rate-budget';
const LEDGER_STORE = 'ledgers';

function toState(stored: unknown): LedgerState {
  if (typeof stored !== 'object' || stored === null) return emptyState();
  const parsed = stored as Partial<LedgerState>;
  const slots = Array.isArray(parsed.slots)
    ? parsed.slots.filter((s): s is Slot => typeof s === 'object' && s !== null && typeof s.start === 'number')
    : [];
  return {
    slots,
    blockedUntil: typeof parsed.blockedUntil === 'number' ? parsed.blockedUntil : 0,
    ...(typeof parsed.serverLimit === 'number' ? { serverLimit: parsed.serverLimit } : {}),
  };
}

/** What the gauge shows. */
export interface BudgetSnapshot {
  /** Calls per second this budget allows. */
  limit: number;
  /** Slots taken in the current window (calls running or finished less than a second ago). */
  inUse: number;
  /** Calls in this tab waiting for a slot. */
  waiting: number;
  /** The server's last RateLimit-Remaining, when it sent one. */
  serverRemaining?: number;
  /** Set while a 429's Retry-After holds every call back. */
  blockedUntil?: number;
}

/** What the budget learns from an answer. */
interface AnswerInfo {
  status?: number;
  /** Response header lookup (case-insensitive). */
  header?: (name: string) => string | null | undefined;
}

interface Ticket {
  /** Marks the call's answer as arrived; pass what came back so 429s and RateLimit headers are honoured. */
  finish(answer?: AnswerInfo): Promise<void>;
}

export interface RateBudget {
  /** Waits for a slot (queued calls count as waiting), then holds it until `finish` + one window. */
  acquire(signal?: AbortSignal): Promise<Ticket>;
  snapshot(): BudgetSnapshot;
  subscribe(listener: () => void): () => void;
  setRequestsPerSecond(perSecond: number): void;
}

export interface RateBudgetOptions {
  perSecond?: number;
  clock?: BudgetClock;
  ledger?: Ledger;
}

/** Until when a slot counts against the budget: one window after its answer (or after the pending bound). */
function freeAt(slot: Slot): number {
  return (slot.end ?? slot.start + PENDING_MAX_MS) + WINDOW_MS;
}

/** Parses Retry-After (seconds or an HTTP date) into milliseconds from `now`. */
export function retryAfterMs(value: string | null | undefined, now: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function positiveInt(value: string | null | undefined): number | undefined {
  if (value === null || value === undefined || !/^\s*\d+\s*$/.test(value)) return undefined;
  return Number(value);
}

/** A rate budget: at most `perSecond` calls arrive at the server in any one-second window. */
export function createRateBudget(options: RateBudgetOptions = {}): RateBudget {
  const clock = options.clock ?? systemClock;
  const ledger = options.ledger ?? memoryLedger();
  let perSecond = options.perSecond ?? DEFAULT_REQUESTS_PER_SECOND;
  let waiting = 0;
  let seen: LedgerState = emptyState();
  const listeners = new Set<() => void>();
  // Woken when a call of this tab finishes, so a waiter need not sleep out a pending slot's bound.
  let wake: () => void = () => undefined;
  let woken = new Promise<void>((r) => (wake = r));

  const notify = () => {
    for (const l of listeners) l();
  };
  const limitOf = (state: LedgerState) => Math.max(1, Math.min(perSecond, state.serverLimit ?? Infinity));
  const remember = (state: LedgerState) => {
    seen = { ...state, slots: state.slots.map((s) => ({ ...s })) };
  };

  async function tryTake(): Promise<{ id: string } | { waitMs: number }> {
    return ledger.update((state) => {
      const now = clock.now();
      state.slots = state.slots.filter((s) => freeAt(s) > now);
      let result: { id: string } | { waitMs: number };
      if (state.blockedUntil > now) {
        result = { waitMs: state.blockedUntil - now };
      } else if (state.slots.length < limitOf(state)) {
        const id = `${now.toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
        state.slots.push({ id, start: now });
        result = { id };
      } else {
        const soonest = Math.min(...state.slots.map(freeAt)) - now;
        const anyOpen = state.slots.some((s) => s.end === undefined);
        result = { waitMs: anyOpen ? Math.min(soonest, POLL_MS) : soonest };
      }
      remember(state);
      return result;
    });
  }

  return {
    async acquire(signal) {
      waiting++;
      notify();
      try {
        for (;;) {
          if (signal?.aborted) throw abortError(signal);
          const taken = await tryTake();
          if ('id' in taken) return ticket(taken.id);
          const sleep = clock.sleep(Math.max(1, taken.waitMs), signal);
          await Promise.race([sleep, woken]);
          notify();
        }
      } finally {
        waiting--;
        notify();
      }
    },
    snapshot() {
      const now = clock.now();
      return {
        limit: limitOf(seen),
        inUse: seen.slots.filter((s) => freeAt(s) > now).length,
        waiting,
        ...(seen.serverRemaining !== undefined ? { serverRemaining: seen.serverRemaining } : {}),
        ...(seen.blockedUntil > now ? { blockedUntil: seen.blockedUntil } : {}),
      };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setRequestsPerSecond(next) {
      if (Number.isFinite(next) && next > 0) perSecond = next;
      notify();
    },
  };

  function ticket(id: string): Ticket {
    let finished = false;
    return {
      async finish(answer = {}) {
        if (finished) return;
        finished = true;
        // The answer's time is now, not when the lock is granted (a busy main thread would make the slot late).
        const now = clock.now();
        await ledger.update((state) => {
          const slot = state.slots.find((s) => s.id === id);
          if (slot) slot.end = now;
          const header = answer.header ?? (() => undefined);
          const limit = positiveInt(header('ratelimit-limit'));
          if (limit !== undefined && limit > 0) state.serverLimit = limit;
          const remaining = positiveInt(header('ratelimit-remaining'));
          if (remaining !== undefined) {
            state.serverRemaining = remaining;
            // Our own slots already cover our calls; a 0 while fewer of ours can be in the server's window
            // (answered after this call's start minus one window) means another client spends the budget.
            const since = (slot?.start ?? now) - WINDOW_MS;
            const ours = state.slots.filter((s) => (s.end ?? Infinity) > since).length;
            if (remaining === 0 && ours < limitOf(state)) {
              state.blockedUntil = Math.max(state.blockedUntil, now + WINDOW_MS);
            }
          }
          if (answer.status === 429) {
            const wait = retryAfterMs(header('retry-after'), now) ?? WINDOW_MS;
            state.blockedUntil = Math.max(state.blockedUntil, now + wait);
          }
          remember(state);
        });
        wake();
        woken = new Promise<void>((r) => (wake = r));
        notify();
      },
    };
  }
}

const budgets = new Map<string, RateBudget>();

/**
 * The budget for one account, by its origin (the limit is per account). Every
 * tab of the explorer shares it through IndexedDB; no key is stored.
 */
export function budgetFor(origin: string): RateBudget {
  let budget = budgets.get(origin);
  if (!budget) {
    budget = createRateBudget({ ledger: sharedLedger(origin) });
    budgets.set(origin, budget);
  }
  return budget;
}
