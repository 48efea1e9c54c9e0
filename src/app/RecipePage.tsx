import { useState, type ReactNode } from 'react';
import { findShippedRecipe } from '../core/recipes/shipped-recipes';
import type { Recipe } from '../core/recipes/types';
import type { ConnectionState } from '../features/connection/use-connection';
import type { GuideActions } from '../features/guides/GuidePage';
import { useRecipeSession } from '../features/recipes/use-recipe-session';
import { RecipeRun } from './recipe/RecipeRun';
import { useRecipeLink } from './recipe/use-recipe-link';

/** What a recipe tab needs from the workspace (the same actions a guide gets). */
interface Props {
  recipeId: string;
  active: boolean;
  tabId: string;
  connection: ConnectionState;
  version: string;
  sideBySide: boolean;
  actions: GuideActions;
}

/** One recipe as a workspace tab: the recipe and its steps beside the selected step's request and answer. */
export function RecipePage(props: Props) {
  const shipped = findShippedRecipe(props.recipeId);
  const frame = (children: ReactNode) => (
    <div
      className="recipe-page"
      hidden={!props.active}
      role="tabpanel"
      id={`tabpanel-${props.tabId}`}
      aria-labelledby={`tab-${props.tabId}`}
    >
      {children}
    </div>
  );
  if (!shipped)
    return frame(
      <p role="alert" className="page-pad">
        No recipe is called “{props.recipeId}”.
      </p>,
    );
  return frame(<RecipeTab shipped={shipped} {...props} />);
}

function RecipeTab({ shipped, ...props }: Props & { shipped: Recipe }) {
  const session = useRecipeSession(shipped, window.location.origin);
  const [linkError, setLinkError] = useState<string>();
  useRecipeLink(props.active, session, setLinkError);
  const note =
    session.recipe.id !== shipped.id
      ? `Imported “${session.recipe.id}”: it opened in this tab.`
      : session.changed
        ? 'With your values.'
        : undefined;
  return (
    <>
      {linkError && (
        <p className="recipe-link-error field-error" role="alert">
          {linkError}
        </p>
      )}
      <RecipeRun key={session.version} session={session} note={note} {...props} />
    </>
  );
}
