import type { MethodLookup } from './check-recipe';
import { exportRecipe, importRecipe, type ImportedRecipe } from './recipe-file';
import type { InputValues, Recipe } from './types';

/** The query parameter of a recipe tab's link that carries the recipe itself. */
export const RECIPE_PARAM = 'recipe';

/**
 * Encodes a recipe, with the user's edited values and typed inputs, for a
 * link (base64url of the same JSON an export writes, so it is stripped of
 * secrets the same way and read back by the same checks).
 */
export function encodeRecipeLink(
  recipe: Recipe,
  typedInputs: InputValues,
  lookup: MethodLookup,
  secrets: readonly string[],
): string {
  const json = JSON.stringify(JSON.parse(exportRecipe(recipe, typedInputs, lookup, secrets)));
  const bytes = new TextEncoder().encode(json);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The recipe file text a link carries, or why it cannot be read (a damaged link gets a message, never a crash). */
export function recipeLinkText(encoded: string): { ok: true; text: string } | { ok: false; message: string } {
  try {
    const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
    const text = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
    return { ok: true, text };
  } catch {
    return { ok: false, message: 'This link’s recipe is damaged (it may have been cut short when copied).' };
  }
}

/** Reads and checks a link's recipe, as an import would. */
export function decodeRecipeLink(encoded: string, lookup: MethodLookup): ImportedRecipe {
  const link = recipeLinkText(encoded);
  if (!link.ok) return link;
  const read = importRecipe(link.text, lookup);
  return read.ok ? read : { ok: false, message: `This link’s recipe cannot be opened. ${read.message}` };
}
