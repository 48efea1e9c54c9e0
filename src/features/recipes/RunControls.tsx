import type { RunState } from '../../core/recipes/run-state';

/**
 * Run all (or again), the next step alone, Cancel while running, Reset.
 * "Run the rest" appears once some steps passed step by step.
 */
export function RunControls({
  state,
  ended,
  blocked,
  onRunAll,
  onRunRest,
  onRunNext,
  onCancel,
  onReset,
}: {
  state: RunState;
  /** What a screen reader hears when a run ends (the summary shows it on screen). */
  ended: string | undefined;
  /** Why nothing can run now (a recipe problem, the methods still loading): the run buttons are disabled. */
  blocked: string | undefined;
  onRunAll: () => void;
  onRunRest: () => void;
  onRunNext: () => void;
  onCancel: () => void;
  onReset: () => void;
}) {
  const started = state.steps.some((s) => s.status !== 'pending');
  const allPassed = state.steps.every((s) => s.status === 'passed');
  const partway = started && !allPassed;
  // One live region, always there, so both the start and the end of a run are announced.
  const status = (
    <span className={state.running ? 'muted small' : 'sr-only'} role="status">
      {state.running
        ? `Running step ${state.steps.findIndex((s) => s.status === 'running') + 1} of ${state.steps.length}…`
        : (ended ?? '')}
    </span>
  );
  if (state.running) {
    return (
      <div className="run-controls">
        <button type="button" className="cancel" onClick={onCancel}>
          Cancel
        </button>
        {status}
      </div>
    );
  }
  return (
    <div className="run-controls">
      <button type="button" className={partway ? '' : 'primary'} onClick={onRunAll} disabled={blocked !== undefined}>
        {started ? 'Run all again' : 'Run all'}
      </button>
      {partway && (
        <button type="button" className="primary" onClick={onRunRest} disabled={blocked !== undefined}>
          Run the rest
        </button>
      )}
      <button type="button" onClick={onRunNext} disabled={blocked !== undefined || allPassed}>
        Run next step
      </button>
      <button type="button" onClick={onReset} disabled={!started}>
        Reset
      </button>
      {status}
    </div>
  );
}
