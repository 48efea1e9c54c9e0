import type { KeyboardEvent } from 'react';
import type { MethodKind } from '../../core/catalog/types';
import type { RunState, StepRun, StepStatus } from '../../core/recipes/run-state';
import type { Recipe } from '../../core/recipes/types';
import { findSummary } from '../../lib/catalog-client';

const STATUS_TEXT: Record<StepStatus, string> = {
  pending: 'pending',
  running: 'running',
  passed: 'passed',
  failed: 'failed',
  skipped: 'skipped',
};
const STATUS_ICON: Record<StepStatus, string> = { pending: '○', running: '', passed: '✓', failed: '✕', skipped: '–' };

/**
 * The recipe's steps with their state and check: one tab stop, ↑/↓/Home/End
 * select a step (its request and answer show beside the list), as a listbox.
 */
export function StepList({
  recipe,
  state,
  selected,
  onSelect,
  onOpen,
  kindOf,
  idPrefix,
}: {
  recipe: Recipe;
  state: RunState;
  selected: number;
  onSelect: (index: number) => void;
  /** A step chosen with a click or Enter: the page shows its request and answer. */
  onOpen: (index: number) => void;
  /** A step method's kind, once loaded: risky steps say so (on a real account the run asks first). */
  kindOf: (methodId: string) => MethodKind | undefined;
  idPrefix: string;
}) {
  const optionId = (i: number) => `${idPrefix}-step-${i}`;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      onOpen(selected);
      return;
    }
    const last = recipe.steps.length - 1;
    const to = { ArrowDown: Math.min(last, selected + 1), ArrowUp: Math.max(0, selected - 1), Home: 0, End: last }[
      e.key
    ];
    if (to === undefined) return;
    e.preventDefault();
    onSelect(to);
    document.getElementById(optionId(to))?.scrollIntoView({ block: 'nearest' });
  };
  return (
    <ol
      className="step-list"
      role="listbox"
      aria-label="Steps"
      tabIndex={0}
      aria-activedescendant={optionId(selected)}
      onKeyDown={onKeyDown}
    >
      {recipe.steps.map((step, i) => {
        const run = state.steps[i] ?? { status: 'pending' };
        const summary = findSummary(step.methodId);
        return (
          <li
            key={step.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === selected}
            aria-label={`Step ${i + 1}: ${summary?.summary ?? step.methodId}, ${STATUS_TEXT[run.status]}`}
            aria-describedby={`${optionId(i)}-does`}
            className={`step step-${run.status}`}
            onClick={() => onOpen(i)}
          >
            <span className={`step-icon icon-${run.status}`} aria-hidden="true">
              {run.status === 'running' ? <span className="spinner" /> : STATUS_ICON[run.status]}
            </span>
            <span className="step-main">
              <span className="step-head">
                <span className="step-num">{i + 1}</span>
                {summary && (
                  <span className={`method-tag http-${summary.http.toLowerCase()}`} aria-hidden="true">
                    {summary.http === 'DELETE' ? 'DEL' : summary.http}
                  </span>
                )}
                <span className="step-title" title={summary?.summary}>
                  {summary?.summary ?? step.methodId}
                </span>
                <KindNote kind={kindOf(step.methodId)} />
              </span>
              <span className="step-does" id={`${optionId(i)}-does`}>
                {step.does}
              </span>
              <StepOutcome run={run} />
            </span>
          </li>
        );
      })}
    </ol>
  );
}

function KindNote({ kind }: { kind: MethodKind | undefined }) {
  if (kind !== 'destructive' && kind !== 'sends-messages') return null;
  return (
    <span className="step-kind" data-kind={kind} title="On a real account the run asks before it sends this step.">
      {kind === 'destructive' ? 'destructive' : 'sends messages'}
    </span>
  );
}

/** The check's lines once the step ran, or why it failed without an answer. */
function StepOutcome({ run }: { run: StepRun }) {
  if (run.error) {
    return (
      <span className="step-check">
        <span className="check-line bad">
          {run.field ? <code>{run.field}</code> : null} {run.error}
        </span>
      </span>
    );
  }
  if (!run.check) return null;
  return (
    <span className="step-check">
      {run.check.lines.map((line, i) => (
        <span key={i} className={`check-line ${line.ok ? 'good' : 'bad'}`}>
          <span aria-hidden="true">{line.ok ? '✓' : '✕'}</span> {line.text}
        </span>
      ))}
    </span>
  );
}
