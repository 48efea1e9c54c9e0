import { useState } from 'react';
import type { MethodLookup } from '../../core/recipes/check-recipe';
import { exportRecipe, recipeFileName } from '../../core/recipes/recipe-file';
import { encodeRecipeLink, RECIPE_PARAM } from '../../core/recipes/recipe-link';
import type { InputValues, Recipe } from '../../core/recipes/types';
import { copyReporting } from '../../lib/clipboard';
import { Dialog } from '../../ui/dialog/Dialog';
import { ImportForm } from './ImportForm';
import { loadRecipeText } from './recipe-methods';

/**
 * Export the recipe (with the user's values) as a file, import one, or copy
 * a link that opens it. The key never goes along: exports and links strip
 * secret parameters and anything that contains or looks like the key.
 */
export function RecipeShare({
  recipe,
  typed,
  lookup,
  secrets,
  linkPath,
  onImported,
}: {
  recipe: Recipe;
  typed: InputValues;
  lookup: MethodLookup;
  /** The connection's key and other secrets: never written out. */
  secrets: readonly string[];
  /** The path the link opens (this tab's). */
  linkPath: string;
  onImported: (recipe: Recipe, inputs: InputValues) => void;
}) {
  const [status, setStatus] = useState('');
  const [importing, setImporting] = useState(false);

  const download = () => {
    const url = URL.createObjectURL(
      new Blob([exportRecipe(recipe, typed, lookup, secrets)], { type: 'application/json' }),
    );
    const a = document.createElement('a');
    a.href = url;
    a.download = recipeFileName(recipe);
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setStatus(`Saved ${recipeFileName(recipe)} (without the API key).`);
  };
  const copyLink = async () => {
    const link = `${window.location.origin}${linkPath}?${RECIPE_PARAM}=${encodeRecipeLink(recipe, typed, lookup, secrets)}`;
    setStatus(await copyReporting(link, 'Link copied: it opens this recipe with your values (never the API key).'));
  };

  return (
    <div className="recipe-share">
      <button type="button" className="small-button" onClick={download}>
        Export
      </button>
      <button type="button" className="small-button" onClick={() => setImporting(true)}>
        Import…
      </button>
      <button type="button" className="small-button" onClick={() => void copyLink()}>
        Copy link
      </button>
      <span role="status" className="muted small">
        {status}
      </span>
      <Dialog open={importing} onClose={() => setImporting(false)} title="Import a recipe">
        <ImportForm
          read={loadRecipeText}
          onImported={(next, inputs) => {
            setImporting(false);
            setStatus(`Imported “${next.title}”.`);
            onImported(next, inputs);
          }}
        />
      </Dialog>
    </div>
  );
}
