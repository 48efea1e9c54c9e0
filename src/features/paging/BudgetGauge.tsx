import { useEffect, useState, useSyncExternalStore } from 'react';
import { budgetFor, type BudgetSnapshot } from '../../lib/rate-budget';
import './paging.css';

/** How often the gauge re-reads the budget while slots are in use (they free up as time passes). */
const TICK_MS = 250;

/** The account's rate budget: slots in use this second, calls waiting for one, and a 429's hold. */
export function BudgetGauge({ origin }: { origin: string }) {
  const budget = budgetFor(origin);
  const [tick, setTick] = useState(0);
  const version = useSyncExternalStore(
    (onChange) => budget.subscribe(onChange),
    () => versionOf(budget.snapshot()),
  );
  const snap = budget.snapshot();
  const busy = snap.inUse > 0 || snap.waiting > 0 || snap.blockedUntil !== undefined;
  useEffect(() => {
    if (!busy) return;
    const t = setTimeout(() => setTick((n) => n + 1), TICK_MS);
    return () => clearTimeout(t);
  }, [busy, tick, version]);

  const held = snap.blockedUntil !== undefined ? Math.ceil((snap.blockedUntil - Date.now()) / 1000) : 0;
  return (
    <div className="budget-gauge" role="status" aria-label="Rate budget">
      <meter min={0} max={snap.limit} value={snap.inUse} aria-label="Calls in the last second" />
      <span>
        {snap.inUse}/{snap.limit} per second
        {snap.waiting > 0 && ` · ${snap.waiting} waiting`}
        {held > 0 && ` · held ${held} s (Retry-After)`}
        {snap.serverRemaining !== undefined && ` · server: ${snap.serverRemaining} left`}
      </span>
    </div>
  );
}

/** A cheap identity for a snapshot, so useSyncExternalStore sees a stable value between changes. */
function versionOf(s: BudgetSnapshot): string {
  return `${s.limit}:${s.inUse}:${s.waiting}:${s.blockedUntil ?? ''}:${s.serverRemaining ?? ''}`;
}
