import { findRecipeSummary } from '../core/recipes/recipe-summaries';
import type { ConnectionState } from '../features/connection/use-connection';

/** One recipe as a workspace tab. (Placeholder until the recipe runner lands.) */
export function RecipePage({
  recipeId,
  active,
  tabId,
}: {
  recipeId: string;
  active: boolean;
  tabId: string;
  connection: ConnectionState;
  version: string;
  sideBySide: boolean;
}) {
  const recipe = findRecipeSummary(recipeId);
  return (
    <div
      className="pane-scroll page-pad"
      hidden={!active}
      role="tabpanel"
      id={`tabpanel-${tabId}`}
      aria-labelledby={`tab-${tabId}`}
    >
      <h2>{recipe?.title ?? recipeId}</h2>
      <p className="muted">{recipe?.summary}</p>
    </div>
  );
}
