import { useQueries, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { MethodLookup } from '../../core/recipes/check-recipe';
import type { MethodDef } from '../../core/catalog/types';
import { importRecipe, readRecipeFile, recipeMethodIds, type ImportedRecipe } from '../../core/recipes/recipe-file';
import type { Recipe } from '../../core/recipes/types';
import { findSummary, methodQuery } from '../../lib/catalog-client';

/**
 * The catalog methods a recipe uses, loaded from their lazy chunks (a method
 * page's own query, so they are fetched once). `lookup` answers `undefined`
 * for ids the catalog does not have, which the recipe check then names.
 */
export function useRecipeMethods(recipe: Recipe): { lookup: MethodLookup; ready: boolean; error?: string } {
  const ids = useMemo(() => recipeMethodIds(recipe).filter((id) => findSummary(id)), [recipe]);
  const results = useQueries({ queries: ids.map((id) => methodQuery(id)) });
  const loaded = results.map((r) => r.data);
  const key = loaded.map((m) => m?.id ?? '').join(',');
  const lookup = useMemo(() => {
    const byId = new Map(loaded.filter((m): m is MethodDef => m !== undefined).map((m) => [m.id, m]));
    return (id: string) => byId.get(id);
    // The methods only ever arrive; their ids say when the map must be rebuilt.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  const failed = results.find((r) => r.error)?.error;
  return {
    lookup,
    ready: results.every((r) => r.data !== undefined),
    ...(failed ? { error: failed.message } : {}),
  };
}

/** Reads recipe text from a file or a link, loads the methods it names, and checks that it can run. */
export async function loadRecipeText(text: string, client: QueryClient): Promise<ImportedRecipe> {
  const read = readRecipeFile(text);
  if (!read.ok) return read;
  const ids = recipeMethodIds(read.recipe).filter((id) => findSummary(id));
  const methods = await Promise.all(ids.map((id) => client.fetchQuery(methodQuery(id))));
  const byId = new Map(methods.map((m) => [m.id, m]));
  return importRecipe(text, (id) => byId.get(id));
}
