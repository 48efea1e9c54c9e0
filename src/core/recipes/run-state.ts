import type { Exchange } from '../exchange/types';
import type { CheckResult } from './step-check';
import type { Recipe } from './types';
import { valueAt } from './values';

export type StepStatus = 'pending' | 'running' | 'passed' | 'failed' | 'skipped';

/** Where one step stands in the current run. */
export interface StepRun {
  status: StepStatus;
  exchange?: Exchange;
  /** The answer's parsed JSON, which later steps' references read. */
  answer?: unknown;
  check?: CheckResult;
  /** Why the step failed without a checkable answer: a value it could not bind, a network error. */
  error?: string;
  /** The field the error is about (`body.contactTag.tag`). */
  field?: string;
}

/** How the latest run ended; `undefined` while nothing has ended yet. */
type RunOutcome = 'passed' | 'failed' | 'cancelled';

export interface RunState {
  steps: readonly StepRun[];
  running: boolean;
  outcome?: RunOutcome;
  /** The step a cancelled run stopped at. */
  cancelledAt?: number;
  /** Why the last run sent nothing at all (a read-only connection, a no at the safety question). */
  notSent?: string;
}

export type RunAction =
  | { type: 'reset'; count: number }
  /** A run starts (one step or many): `fresh` clears every earlier result first. */
  | { type: 'start'; fresh: boolean; count: number }
  | { type: 'step-started'; index: number }
  | { type: 'step-answered'; index: number; exchange: Exchange; answer: unknown; check: CheckResult }
  | { type: 'step-failed'; index: number; error: string; field?: string; exchange?: Exchange }
  | { type: 'cancelled'; index: number }
  /** The run went through its last step, or the one step it ran. */
  | { type: 'finished' }
  /** The run was stopped before its first call, results untouched. */
  | { type: 'not-sent'; message: string };

/** Every step pending, nothing run. */
export function initialRun(count: number): RunState {
  return { steps: Array.from({ length: count }, () => ({ status: 'pending' })), running: false };
}

/** The run's next state. A failure stops the run: the steps after it that have not run read "skipped". */
export function reduceRun(state: RunState, action: RunAction): RunState {
  switch (action.type) {
    case 'reset':
      return initialRun(action.count);
    case 'start': {
      const base = action.fresh ? initialRun(action.count) : state;
      return { steps: base.steps.map((s) => (s.status === 'skipped' ? { status: 'pending' } : s)), running: true };
    }
    case 'step-started':
      return { ...state, steps: replace(state.steps, action.index, { status: 'running' }) };
    case 'step-answered': {
      const { exchange, answer, check } = action;
      const status = check.passed ? 'passed' : 'failed';
      const steps = replace(state.steps, action.index, { status, exchange, answer, check });
      return check.passed ? { ...state, steps } : stop(steps, action.index);
    }
    case 'step-failed': {
      const failed: StepRun = {
        status: 'failed',
        error: action.error,
        ...(action.field ? { field: action.field } : {}),
        ...(action.exchange ? { exchange: action.exchange } : {}),
      };
      return stop(replace(state.steps, action.index, failed), action.index);
    }
    case 'cancelled': {
      // The request may still have reached the account: the step can be looked at and run again.
      const steps = replace(state.steps, action.index, { status: 'pending' });
      return { steps, running: false, outcome: 'cancelled', cancelledAt: action.index };
    }
    case 'not-sent':
      return { ...state, running: false, notSent: action.message };
    case 'finished': {
      const done = state.steps.every((s) => s.status === 'passed');
      return { ...state, running: false, ...(done ? { outcome: 'passed' as const } : {}) };
    }
  }
}

function replace(steps: readonly StepRun[], index: number, next: StepRun): StepRun[] {
  return steps.map((s, i) => (i === index ? next : s));
}

function stop(steps: readonly StepRun[], at: number): RunState {
  return {
    steps: steps.map((s, i) => (i > at && s.status === 'pending' ? { status: 'skipped' } : s)),
    running: false,
    outcome: 'failed',
  };
}

/** The answers of the steps that passed, by step id: what references read. */
export function answersOf(recipe: Recipe, state: RunState): Map<string, unknown> {
  const answers = new Map<string, unknown>();
  recipe.steps.forEach((step, i) => {
    const run = state.steps[i];
    if (run?.status === 'passed') answers.set(step.id, run.answer);
  });
  return answers;
}

/** The first step that has not passed: what "Run next step" runs. */
export function nextStepIndex(state: RunState): number | undefined {
  const i = state.steps.findIndex((s) => s.status !== 'passed');
  return i < 0 ? undefined : i;
}

export interface RunSummary {
  outcome: RunOutcome;
  passed: number;
  failed: number;
  skipped: number;
  /** What the run left in the account: "Contact" 251, from each passed step's `creates`. */
  created: { label: string; id: string }[];
  /** Calls sent, and their time end to end (waits for the rate budget included). */
  calls: number;
  durationMs: number;
  /** The step the run stopped at (failed or cancelled). */
  stoppedAt?: number;
}

/** The summary of a run that ended, or `undefined` while it runs or before anything ended. */
export function summarizeRun(recipe: Recipe, state: RunState): RunSummary | undefined {
  if (state.running || !state.outcome) return undefined;
  const count = (status: StepRun['status']) => state.steps.filter((s) => s.status === status).length;
  const created = recipe.steps.flatMap((step, i) => {
    const run = state.steps[i];
    if (!step.creates || run?.status !== 'passed') return [];
    const id = valueAt(run.answer, step.creates.path);
    return id === undefined || id === null ? [] : [{ label: step.creates.label, id: String(id) }];
  });
  const sent = state.steps.filter((s) => s.exchange);
  const failedAt = state.steps.findIndex((s) => s.status === 'failed');
  const stoppedAt = state.outcome === 'cancelled' ? state.cancelledAt : failedAt >= 0 ? failedAt : undefined;
  return {
    outcome: state.outcome,
    passed: count('passed'),
    failed: count('failed'),
    skipped: count('skipped'),
    created,
    calls: sent.length,
    durationMs: sent.reduce((sum, s) => sum + (s.exchange?.durationMs ?? 0), 0),
    ...(stoppedAt !== undefined ? { stoppedAt } : {}),
  };
}
