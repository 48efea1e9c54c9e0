import { useEffect } from 'react';
import { recipeLinkText, RECIPE_PARAM } from '../../core/recipes/recipe-link';
import { loadRecipeText } from '../../features/recipes/recipe-methods';
import type { RecipeSession } from '../../features/recipes/use-recipe-session';
import { usePathname } from '../../lib/router';

/** A link's recipe (`?recipe=`) replaces the tab's when the tab is shown for it; the query then leaves the URL. */
export function useRecipeLink(active: boolean, session: RecipeSession, onError: (message: string | undefined) => void) {
  const pathname = usePathname();
  const { replace } = session;
  useEffect(() => {
    if (!active) return;
    const encoded = new URLSearchParams(window.location.search).get(RECIPE_PARAM);
    if (!encoded) return;
    window.history.replaceState(null, '', window.location.pathname);
    const link = recipeLinkText(encoded);
    if (!link.ok) {
      onError(link.message);
      return;
    }
    void loadRecipeText(link.text).then((read) => {
      if (read.ok) {
        onError(undefined);
        replace(read.recipe, read.inputs);
      } else onError(`This link’s recipe cannot be opened. ${read.message}`);
    });
    // `replace` is recreated each render; the link is read once per navigation.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active, pathname]);
}
