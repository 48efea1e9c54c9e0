import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { MethodDef } from '../../core/catalog/types';
import { bindValues, type RunContext } from '../../core/recipes/bind';
import type { MethodLookup } from '../../core/recipes/check-recipe';
import { answersOf, initialRun, reduceRun, type RunState } from '../../core/recipes/run-state';
import { evaluateCheck, parseAnswer } from '../../core/recipes/step-check';
import type { InputValues, Recipe, StepValues } from '../../core/recipes/types';
import { sendCall, type SendCallHooks, type SendCallVariables } from '../../lib/send-call';

/**
 * Asked once before a run that would send these steps' methods, e.g. to
 * confirm destructive or message-sending calls on a real account; resolves
 * `false` to send nothing. The sandbox and read-only recipes need not ask.
 */
export type ConfirmRun = (methods: readonly MethodDef[]) => Promise<boolean>;

export interface RecipeRunner {
  state: RunState;
  /**
   * Runs these steps in order with these inputs; `fresh` forgets every earlier result first, `values`
   * gives one step's values as the editor holds them right now.
   */
  run: (indices: readonly number[], inputs: InputValues, options?: RunOptions) => void;
  cancel: () => void;
  reset: () => void;
}

interface RunOptions {
  fresh?: boolean;
  values?: { index: number; values: StepValues };
}

interface Options {
  /** The recipe as the user edited it; read afresh for each step, so edits to a later step still count. */
  recipe: Recipe;
  lookup: MethodLookup;
  connection: SendCallVariables['connection'];
  hooks?: SendCallHooks;
  confirmRun?: ConfirmRun;
  /** Called as each step starts, so the page can show it. */
  onStep?: (index: number) => void;
}

/**
 * Runs a recipe's steps one after the other through the one call pipeline
 * (`sendCall`: built by `buildRequest`, one rate budget, recorded in history).
 * Each step's values are bound just before it is sent; a value that cannot be
 * bound, a failed check or a network failure stops the run there; Cancel
 * aborts the call in flight.
 */
export function useRecipeRun(options: Options): RecipeRunner {
  const [state, dispatch] = useReducer(reduceRun, options.recipe.steps.length, initialRun);
  const latest = useRef(options);
  const stateRef = useRef(state);
  useEffect(() => {
    latest.current = options;
    stateRef.current = state;
  });
  const abort = useRef<AbortController | undefined>(undefined);

  const run = useCallback((indices: readonly number[], inputs: InputValues, runOptions: RunOptions = {}) => {
    // One run at a time, as one send at a time on a method page.
    if (abort.current) return;
    const controller = new AbortController();
    abort.current = controller;
    void (async () => {
      try {
        const { recipe, lookup, confirmRun } = latest.current;
        const methods = indices.flatMap((i) => {
          const m = lookup(recipe.steps[i]?.methodId ?? '');
          return m ? [m] : [];
        });
        if (confirmRun && !(await confirmRun(methods))) return;
        const fresh = runOptions.fresh ?? false;
        const count = recipe.steps.length;
        dispatch({ type: 'start', fresh, count });
        const answers = fresh ? new Map<string, unknown>() : answersOf(recipe, stateRef.current);
        for (const index of indices) {
          const given = runOptions.values?.index === index ? runOptions.values.values : undefined;
          const passed = await runOne(index, inputs, answers, controller.signal, given);
          if (!passed) return;
        }
        dispatch({ type: 'finished' });
      } finally {
        abort.current = undefined;
      }
    })();
  }, []);

  /** Sends one step; true when it passed (its answer is then in `answers`). */
  async function runOne(
    index: number,
    inputs: InputValues,
    answers: Map<string, unknown>,
    signal: AbortSignal,
    given: StepValues | undefined,
  ) {
    const { recipe, lookup, connection, hooks, onStep } = latest.current;
    const step = recipe.steps[index];
    const method = step && lookup(step.methodId);
    if (!step || !method) {
      dispatch({ type: 'step-failed', index, error: `No catalog method has the id “${step?.methodId ?? '?'}”.` });
      return false;
    }
    onStep?.(index);
    dispatch({ type: 'step-started', index });
    const ctx: RunContext = { recipe, inputs, answers };
    const bound = bindValues(given ?? step.values, method, ctx);
    if (!bound.ok) {
      dispatch({ type: 'step-failed', index, error: bound.message, ...(bound.field ? { field: bound.field } : {}) });
      return false;
    }
    let exchange;
    try {
      exchange = await sendCall({ method, values: bound.values, connection, signal }, hooks);
    } catch (e) {
      dispatch({ type: 'step-failed', index, error: `Not sent: ${e instanceof Error ? e.message : String(e)}` });
      return false;
    }
    if (signal.aborted) {
      dispatch({ type: 'cancelled', index });
      return false;
    }
    if (!exchange.response) {
      dispatch({ type: 'step-failed', index, error: exchange.networkError ?? 'No answer.', exchange });
      return false;
    }
    const answer = parseAnswer(exchange.response.bodyText);
    const check = evaluateCheck(step.check, exchange.response.status, answer, ctx);
    dispatch({ type: 'step-answered', index, exchange, answer, check });
    if (check.passed) answers.set(step.id, answer);
    return check.passed;
  }

  const cancel = useCallback(() => abort.current?.abort(), []);
  const reset = useCallback(() => {
    abort.current?.abort();
    dispatch({ type: 'reset', count: latest.current.recipe.steps.length });
  }, []);
  return { state, run, cancel, reset };
}
