import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { MethodDef } from '../../core/catalog/types';
import { bindValues, type RunContext } from '../../core/recipes/bind';
import type { MethodLookup } from '../../core/recipes/check-recipe';
import { answersOf, initialRun, reduceRun, type RunState } from '../../core/recipes/run-state';
import { evaluateCheck, parseAnswer } from '../../core/recipes/step-check';
import type { InputValues, Recipe, StepValues } from '../../core/recipes/types';
import { approveCalls, NotSentError, type Approval } from '../../lib/safety-gate';
import { sendCall, type SendCallHooks, type SendCallVariables } from '../../lib/send-call';

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
  /** Called as each step starts, so the page can show it. */
  onStep?: (index: number) => void;
}

/**
 * Runs a recipe's steps one after the other through the one call pipeline
 * (`sendCall`: built by `buildRequest`, one rate budget, recorded in history).
 * The safety rails are asked once for all the steps of a run (`approveCalls`:
 * a real account asks before destructive or message-sending steps, a
 * read-only one refuses writes) before the first call. Each step's values are
 * bound just before it is sent; a value that cannot be bound, a failed check
 * or a network failure stops the run there; Cancel aborts the call in flight.
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
        const { recipe, lookup, connection } = latest.current;
        const methods = indices.flatMap((i) => {
          const m = lookup(recipe.steps[i]?.methodId ?? '');
          return m ? [m] : [];
        });
        const approval = await approve(methods, connection, controller.signal);
        if (approval === false) return;
        const fresh = runOptions.fresh ?? false;
        const count = recipe.steps.length;
        dispatch({ type: 'start', fresh, count });
        const answers = fresh ? new Map<string, unknown>() : answersOf(recipe, stateRef.current);
        for (const index of indices) {
          const given = runOptions.values?.index === index ? runOptions.values.values : undefined;
          const passed = await runOne(index, inputs, answers, controller.signal, given, approval);
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
    approval: Approval | undefined,
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
      exchange = await sendCall(
        { method, values: bound.values, connection, signal, ...(approval ? { approval } : {}) },
        hooks,
      );
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

  /** One question for the whole run; `false` (and the reason shown) when nothing may be sent. */
  async function approve(
    methods: readonly MethodDef[],
    connection: SendCallVariables['connection'],
    signal: AbortSignal,
  ): Promise<Approval | undefined | false> {
    // Without a connection every step fails with its reason, as a method page's Send does.
    if ('ok' in connection) return undefined;
    try {
      return await approveCalls(methods, connection, signal);
    } catch (e) {
      if (!(e instanceof NotSentError)) throw e;
      dispatch({ type: 'not-sent', message: `Not sent: ${e.message}` });
      return false;
    }
  }

  const cancel = useCallback(() => abort.current?.abort(), []);
  const reset = useCallback(() => {
    abort.current?.abort();
    dispatch({ type: 'reset', count: latest.current.recipe.steps.length });
  }, []);
  return { state, run, cancel, reset };
}
