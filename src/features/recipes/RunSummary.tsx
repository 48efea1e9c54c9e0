import type { RunSummary as Summary } from '../../core/recipes/run-state';
import type { NextStep, Recipe } from '../../core/recipes/types';
import { findSummary } from '../../lib/catalog-client';

/** How the run ended: counts, what it created, how long its calls took, and what to try next. */
export function RunSummary({
  recipe,
  summary,
  onNext,
  onShowStep,
}: {
  recipe: Recipe;
  summary: Summary;
  onNext: (next: NextStep) => void;
  onShowStep: (index: number) => void;
}) {
  const stopped = summary.stoppedAt;
  const headline = runHeadline(recipe, summary);
  const seconds = (summary.durationMs / 1000).toFixed(summary.durationMs < 10_000 ? 2 : 1);
  return (
    <section className={`run-summary outcome-${summary.outcome}`} aria-label="Run summary">
      <h3>{headline}</h3>
      <p className="run-counts">
        {summary.passed} passed · {summary.failed} failed · {summary.skipped} skipped · {summary.calls} call
        {summary.calls === 1 ? '' : 's'} in {seconds} s
      </p>
      {summary.created.length > 0 && (
        <p className="run-created">
          Created:{' '}
          {summary.created.map((c, i) => (
            <span key={`${c.label}-${c.id}`}>
              {i > 0 && ', '}
              {c.label} <code>{c.id}</code>
            </span>
          ))}
        </p>
      )}
      {summary.outcome === 'passed' ? (
        (recipe.next ?? []).length > 0 && (
          <div className="run-next">
            <span className="muted small">What to try next</span>
            <ul>
              {(recipe.next ?? []).map((next) => (
                <li key={next.label}>
                  <button type="button" className="link-button" onClick={() => onNext(next)}>
                    {'methodId' in next ? (
                      <MethodBadge id={next.methodId} />
                    ) : (
                      <span className="method-tag learn-tag learn-guide">Guide</span>
                    )}
                    {next.label}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )
      ) : (
        <p className="run-next-fix">
          {summary.outcome === 'cancelled'
            ? 'Its request may still have reached the account. '
            : 'Its answer is in view; fix the step’s values in the request editor if they caused it, then '}
          {summary.outcome === 'cancelled' ? 'Run next step goes on from there.' : 'run it again with Run next step.'}{' '}
          {stopped !== undefined && (
            <button type="button" className="small-button" onClick={() => onShowStep(stopped)}>
              Show step {stopped + 1}
            </button>
          )}
        </p>
      )}
    </section>
  );
}

/** One line for how a run ended: "All 7 steps passed", "Stopped at step 3 (Add a tag to a contact)". */
export function runHeadline(recipe: Recipe, summary: Summary): string {
  const step = recipe.steps[summary.stoppedAt ?? 0];
  const name = `step ${(summary.stoppedAt ?? 0) + 1} (${(step && findSummary(step.methodId)?.summary) ?? step?.methodId ?? '?'})`;
  if (summary.outcome === 'passed') return `All ${summary.passed} step${summary.passed === 1 ? '' : 's'} passed`;
  return summary.outcome === 'cancelled' ? `Cancelled at ${name}` : `Stopped at ${name}`;
}

function MethodBadge({ id }: { id: string }) {
  const http = findSummary(id)?.http;
  return http ? (
    <span className={`method-tag http-${http.toLowerCase()}`} aria-hidden="true">
      {http === 'DELETE' ? 'DEL' : http}
    </span>
  ) : null;
}
