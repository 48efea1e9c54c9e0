import { useEffect, useMemo, useState } from 'react';
import type { MethodDef } from '../../core/catalog/types';
import type { MethodLookup } from '../../core/recipes/check-recipe';
import { importRecipe, readRecipeFile, recipeMethodIds, type ImportedRecipe } from '../../core/recipes/recipe-file';
import type { Recipe } from '../../core/recipes/types';
import { findSummary, loadMethod } from '../../lib/catalog-client';

/** The catalog methods these ids name, from their lazy chunks; ids the catalog does not have are left out. */
async function loadMethods(ids: readonly string[]): Promise<Map<string, MethodDef>> {
  const methods = await Promise.all(ids.filter((id) => findSummary(id)).map((id) => loadMethod(id)));
  return new Map(methods.map((m) => [m.id, m]));
}

/**
 * The catalog methods a recipe uses, loaded from their lazy chunks. `lookup`
 * answers `undefined` for ids the catalog does not have, which the recipe
 * check then names. (Plain promises rather than queries: the chunks are
 * cached by the module loader, and the recipe tab then shares no query code
 * with the first load.)
 */
export function useRecipeMethods(recipe: Recipe): { lookup: MethodLookup; ready: boolean; error?: string } {
  const key = recipeMethodIds(recipe).join(',');
  const [loaded, setLoaded] = useState<
    { key: string; methods: Map<string, MethodDef> } | { key: string; error: string }
  >();
  useEffect(() => {
    let live = true;
    loadMethods(key.split(',')).then(
      (methods) => live && setLoaded({ key, methods }),
      (e: unknown) => live && setLoaded({ key, error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [key]);
  const current = loaded?.key === key ? loaded : undefined;
  const methods = current && 'methods' in current ? current.methods : undefined;
  const lookup = useMemo(() => (id: string) => methods?.get(id), [methods]);
  return {
    lookup,
    ready: methods !== undefined,
    ...(current && 'error' in current ? { error: current.error } : {}),
  };
}

/** Reads recipe text from a file or a link, loads the methods it names, and checks that it can run. */
export async function loadRecipeText(text: string): Promise<ImportedRecipe> {
  const read = readRecipeFile(text);
  if (!read.ok) return read;
  const methods = await loadMethods(recipeMethodIds(read.recipe));
  return importRecipe(text, (id) => methods.get(id));
}
