import { useCallback, useMemo, useState } from 'react';
import * as z from 'zod/mini';
import { resolveInputs } from '../../core/recipes/inputs';
import { parseRecipe } from '../../core/recipes/recipe-schema';
import type { InputValues, Recipe, StepValues } from '../../core/recipes/types';
import { readSession, writeSession } from '../../lib/session-store';

/** What a recipe tab holds besides its run: the recipe as edited, the inputs typed, this run's suffix. */
export interface RecipeSession {
  recipe: Recipe;
  /** Inputs the user typed (or that came with an import); the others take their defaults. */
  typed: InputValues;
  /** Every input's value now. */
  inputs: InputValues;
  /** Changes when the recipe is replaced (import, link, reset): the page starts afresh. */
  version: number;
  /** Whether this is not the shipped recipe as it ships (edited, imported, from a link). */
  changed: boolean;
  setStepValues: (index: number, values: StepValues) => void;
  setInput: (name: string, value: string) => void;
  /** A new suffix for unique values (a run again must not reuse an email the sandbox already has). */
  renewSuffix: () => InputValues;
  replace: (recipe: Recipe, typed: InputValues) => void;
  /** Back to the recipe as shipped, inputs untyped. */
  restore: () => void;
}

// The recipe is checked by the recipe schema (lazy code); the first-load storage reader only sees its outline.
const storedSchema = z.object({ recipe: z.unknown(), typed: z.record(z.string(), z.string()) });

/** Where a tab's edited recipe is kept for this browser tab's session, beside the method tabs' form values. */
const storageKey = (tabRecipeId: string) => `explorer.recipe.${tabRecipeId}`;

/** A short random text for unique emails and names. */
function newSuffix(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(4));
  return [...bytes].map((b) => (b % 36).toString(36)).join('') + Date.now().toString(36).slice(-2);
}

/**
 * The recipe a tab shows and the user's changes to it, kept in session
 * storage so a reload keeps them (like a method tab's values).
 */
export function useRecipeSession(shipped: Recipe, origin: string): RecipeSession {
  const key = storageKey(shipped.id);
  const [state, setState] = useState(() => {
    const stored = readSession(key, storedSchema);
    const parsed = stored && parseRecipe(stored.recipe);
    return {
      recipe: parsed?.ok ? parsed.recipe : shipped,
      typed: parsed?.ok && stored ? stored.typed : {},
      suffix: newSuffix(),
      version: 0,
    };
  });
  const save = (recipe: Recipe, typed: InputValues) => writeSession(key, { recipe, typed });

  const setStepValues = useCallback(
    (index: number, values: StepValues) =>
      setState((s) => {
        const recipe = {
          ...s.recipe,
          steps: s.recipe.steps.map((step, i) => (i === index ? { ...step, values } : step)),
        };
        save(recipe, s.typed);
        return { ...s, recipe };
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `save` only closes over the storage key
    [key],
  );
  const setInput = useCallback(
    (name: string, value: string) =>
      setState((s) => {
        const typed = { ...s.typed, [name]: value };
        save(s.recipe, typed);
        return { ...s, typed };
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- as above
    [key],
  );
  const renewSuffix = () => {
    const suffix = newSuffix();
    setState((s) => ({ ...s, suffix }));
    return resolveInputs(state.recipe, { origin, suffix }, state.typed);
  };
  const replace = (recipe: Recipe, typed: InputValues) => {
    save(recipe, typed);
    setState((s) => ({ recipe, typed, suffix: newSuffix(), version: s.version + 1 }));
  };
  const restore = () => {
    writeSession(key, null);
    setState((s) => ({ recipe: shipped, typed: {}, suffix: newSuffix(), version: s.version + 1 }));
  };
  const inputs = useMemo(
    () => resolveInputs(state.recipe, { origin, suffix: state.suffix }, state.typed),
    [state.recipe, state.suffix, state.typed, origin],
  );
  const changed = state.recipe !== shipped || Object.keys(state.typed).length > 0;
  return { ...state, inputs, changed, setStepValues, setInput, renewSuffix, replace, restore };
}
