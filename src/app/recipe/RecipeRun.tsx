import { useCallback, useEffect, useMemo, useState } from 'react';
import { knownValue, type RunContext } from '../../core/recipes/bind';
import { checkRecipe } from '../../core/recipes/check-recipe';
import { answersOf, nextStepIndex } from '../../core/recipes/run-state';
import type { NextStep, RecipeValue, StepValues, ValueRef } from '../../core/recipes/types';
import { findRefs, replaceRefs } from '../../core/recipes/values';
import { targetPath } from '../../core/workspace/tab-target';
import type { ConnectionState } from '../../features/connection/use-connection';
import type { GuideActions } from '../../features/guides/GuidePage';
import { RecipePanel } from '../../features/recipes/RecipePanel';
import { RecipeShare } from '../../features/recipes/RecipeShare';
import { useRecipeMethods } from '../../features/recipes/recipe-methods';
import { useRecipeRun } from '../../features/recipes/use-recipe-run';
import type { RecipeSession } from '../../features/recipes/use-recipe-session';
import { bodyBlob, openEarly, prewarmResponseParser } from '../../features/response-viewer/parse-client';
import { RecipeLayout, type RecipeView } from './RecipeLayout';
import { RecipeStepView } from './RecipeStepView';

const SEND_HOOKS = { onStart: prewarmResponseParser, onBody: openEarly, bodyBlob };

/**
 * A recipe and its run: the panel (inputs, run buttons, summary, steps, share) beside the selected step's
 * request and answer. The page remounts it whenever the recipe is replaced (import, link, restore).
 */
export function RecipeRun({
  session,
  note,
  recipeId,
  tabId,
  active,
  connection,
  sideBySide,
  version,
  actions,
}: {
  session: RecipeSession;
  note: string | undefined;
  recipeId: string;
  tabId: string;
  active: boolean;
  connection: ConnectionState;
  sideBySide: boolean;
  version: string;
  actions: GuideActions;
}) {
  const { recipe, inputs } = session;
  const methods = useRecipeMethods(recipe);
  const [selected, setSelected] = useState(0);
  // On a narrow screen the recipe and the selected step take turns.
  const [view, setView] = useState<RecipeView>('recipe');
  const openStep = useCallback((index: number) => {
    setSelected(index);
    setView('step');
  }, []);
  const resolved = connection.resolved;
  const runner = useRecipeRun({
    recipe,
    lookup: methods.lookup,
    connection: resolved.ok ? resolved.connection : resolved,
    hooks: SEND_HOOKS,
    onStep: setSelected,
  });
  const { state } = runner;
  const problems = useMemo(
    () => (methods.ready ? checkRecipe(recipe, methods.lookup, inputs) : []),
    [methods.ready, methods.lookup, recipe, inputs],
  );
  const loading = methods.error
    ? `Could not load the methods of this recipe: ${methods.error}`
    : methods.ready
      ? undefined
      : 'Loading the methods of this recipe…';

  const answers = useMemo(() => answersOf(recipe, state), [recipe, state]);
  const context = useMemo((): RunContext => ({ recipe, inputs, answers }), [recipe, inputs, answers]);
  const known = useCallback((ref: ValueRef) => knownValue(ref, context), [context]);

  const all = recipe.steps.map((_, i) => i);
  const runAll = () => {
    // A new run gets new unique values, unless nothing has run yet (the shown ones are still unused).
    const started = state.steps.some((s) => s.status !== 'pending');
    runner.run(all, started ? session.renewSuffix() : inputs, { fresh: true });
  };
  const runFrom = (first: number | undefined, only: boolean) => {
    if (first === undefined) return;
    runner.run(only ? [first] : all.slice(first), inputs);
  };
  const openNext = (next: NextStep) => {
    if ('guideId' in next) {
      actions.openGuide(next.guideId);
      return;
    }
    const values = next.values && {
      params: replaceRefs(next.values.params as RecipeValue, known) as Record<string, unknown>,
      ...(next.values.body !== undefined ? { body: replaceRefs(next.values.body, known) } : {}),
    };
    actions.tryMethod(next.methodId, values);
  };

  useSendShortcut(active, tabId);
  const step = recipe.steps[selected];
  const method = step && methods.lookup(step.methodId);
  const panel = (
    <RecipePanel
      recipe={recipe}
      inputs={inputs}
      onInput={session.setInput}
      note={note}
      state={state}
      problems={problems}
      loading={loading}
      selected={selected}
      onSelect={setSelected}
      onOpen={openStep}
      lookup={methods.lookup}
      onRunAll={runAll}
      onRunRest={() => runFrom(nextStepIndex(state), false)}
      onRunNext={() => runFrom(nextStepIndex(state), true)}
      onCancel={runner.cancel}
      onReset={() => {
        runner.reset();
        session.renewSuffix();
        setSelected(0);
      }}
      onNext={openNext}
      idPrefix={tabId}
      share={
        <RecipeShare
          recipe={recipe}
          typed={session.typed}
          lookup={methods.lookup}
          secrets={resolved.ok && resolved.connection.apiKey ? [resolved.connection.apiKey] : []}
          // A link opens this tab, whatever recipe it holds (an imported one opens here too).
          linkPath={targetPath({ kind: 'recipe', id: recipeId })}
          onImported={session.replace}
        />
      }
    />
  );
  // The editor starts afresh when what the step's references stand for changes (an earlier step passed, an
  // input changed), and only then: each remount costs a form's first render.
  const bindingKey = step
    ? JSON.stringify([
        selected,
        ...findRefs(step.values.params as RecipeValue, '').map(({ ref }) => known(ref)),
        ...findRefs(step.values.body, '').map(({ ref }) => known(ref)),
      ])
    : '';
  const stepView =
    step && method ? (
      <RecipeStepView
        key={bindingKey}
        step={step}
        index={selected}
        method={method}
        run={state.steps[selected] ?? { status: 'pending' }}
        busy={state.running}
        known={known}
        connection={resolved.ok ? resolved.connection : undefined}
        sideBySide={sideBySide}
        tabId={tabId}
        version={version}
        onValues={(values: StepValues) => session.setStepValues(selected, values)}
        onSend={(values: StepValues) => {
          session.setStepValues(selected, values);
          // Exactly what the editor holds now, even before the page re-renders with it.
          runner.run([selected], inputs, { values: { index: selected, values } });
        }}
        onCancel={runner.cancel}
      />
    ) : (
      <p className="muted page-pad">{loading ?? 'This step’s method is not in the catalog.'}</p>
    );
  return (
    <RecipeLayout
      tabId={tabId}
      panel={panel}
      step={stepView}
      stepLabel={`Step ${selected + 1}${method ? ` · ${method.summary}` : ''}`}
      view={view}
      onView={setView}
    />
  );
}

/** Ctrl/⌘+Enter anywhere in the tab sends the selected step, as on a method page. */
function useSendShortcut(active: boolean, tabId: string) {
  useEffect(() => {
    if (!active) return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.defaultPrevented || e.key !== 'Enter' || !(e.ctrlKey || e.metaKey)) return;
      if (e.target instanceof Element && e.target.closest('dialog')) return;
      const form = document.getElementById(`tabpanel-${tabId}`)?.querySelector<HTMLFormElement>('.request-pane form');
      if (!form) return;
      e.preventDefault();
      form.requestSubmit();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active, tabId]);
}
