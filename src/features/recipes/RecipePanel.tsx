import { useEffect, useRef, type ReactNode } from 'react';
import { formatProblem, type MethodLookup, type RecipeProblem } from '../../core/recipes/check-recipe';
import { summarizeRun, type RunState } from '../../core/recipes/run-state';
import type { InputValues, NextStep, Recipe } from '../../core/recipes/types';
import { RecipeHeader } from './RecipeHeader';
import { RunControls } from './RunControls';
import { runHeadline, RunSummary } from './RunSummary';
import { StepList } from './StepList';
import './recipes.css';

/**
 * The recipe side of a recipe tab: what it does and its inputs, the run
 * buttons, the summary once a run ended, the steps with their state, and
 * export / import / link (passed in as `share`).
 */
export function RecipePanel({
  recipe,
  inputs,
  onInput,
  note,
  state,
  problems,
  loading,
  selected,
  onSelect,
  onOpen,
  lookup,
  onRunAll,
  onRunRest,
  onRunNext,
  onCancel,
  onReset,
  onNext,
  share,
  idPrefix,
}: {
  recipe: Recipe;
  inputs: InputValues;
  onInput: (name: string, value: string) => void;
  note?: string | undefined;
  state: RunState;
  problems: readonly RecipeProblem[];
  /** Why the recipe cannot be checked yet (its methods are loading), if so. */
  loading: string | undefined;
  selected: number;
  onSelect: (index: number) => void;
  onOpen: (index: number) => void;
  lookup: MethodLookup;
  onRunAll: () => void;
  onRunRest: () => void;
  onRunNext: () => void;
  onCancel: () => void;
  onReset: () => void;
  onNext: (next: NextStep) => void;
  share: ReactNode;
  idPrefix: string;
}) {
  const summary = summarizeRun(recipe, state);
  const summaryRef = useRef<HTMLDivElement>(null);
  const ended = summary ? `${summary.outcome}:${summary.calls}:${summary.stoppedAt ?? ''}` : '';
  // The summary appears where the run's buttons are; on a short screen, scroll it into view when a run ends.
  useEffect(() => {
    if (ended) summaryRef.current?.scrollIntoView({ block: 'nearest' });
  }, [ended]);
  const blocked = loading ?? (problems.length > 0 ? 'This recipe cannot run yet.' : undefined);
  return (
    <div className="recipe-panel">
      <RecipeHeader recipe={recipe} inputs={inputs} onInput={onInput} disabled={state.running} note={note} />
      <RunControls
        state={state}
        ended={summary && runHeadline(recipe, summary)}
        blocked={blocked}
        onRunAll={onRunAll}
        onRunRest={onRunRest}
        onRunNext={onRunNext}
        onCancel={onCancel}
        onReset={onReset}
      />
      {loading && <p className="muted small">{loading}</p>}
      {state.notSent && !state.running && (
        <p className="recipe-not-sent field-error" role="alert">
          {state.notSent}
        </p>
      )}
      {problems.length > 0 && (
        <div className="recipe-problems" role="alert">
          <p>This recipe cannot run yet:</p>
          <ul>
            {problems.slice(0, 8).map((p) => (
              <li key={formatProblem(p)}>{formatProblem(p)}</li>
            ))}
          </ul>
        </div>
      )}
      <div ref={summaryRef}>
        {summary && <RunSummary recipe={recipe} summary={summary} onNext={onNext} onShowStep={onOpen} />}
      </div>
      <StepList
        recipe={recipe}
        state={state}
        selected={selected}
        onSelect={onSelect}
        onOpen={onOpen}
        kindOf={(id) => lookup(id)?.kind}
        idPrefix={idPrefix}
      />
      {share}
    </div>
  );
}
