import type { MethodValues } from '../../core/request/types';
import { findGuide } from './guide-index';

/** What a guide can do in the workspace: open a method prefilled ("Try it"), another guide, a recipe, the inbox. */
export interface GuideActions {
  tryMethod: (methodId: string, values?: MethodValues) => void;
  openGuide: (id: string) => void;
  openRecipe: (id: string) => void;
  openWebhooks: () => void;
}

/** One guide as a workspace tab. (Placeholder until the guides land.) */
export function GuidePage({
  guideId,
  active,
  tabId,
}: {
  guideId: string;
  active: boolean;
  tabId: string;
  actions: GuideActions;
}) {
  const guide = findGuide(guideId);
  return (
    <div
      className="pane-scroll page-pad"
      hidden={!active}
      role="tabpanel"
      id={`tabpanel-${tabId}`}
      aria-labelledby={`tab-${tabId}`}
    >
      <h2>{guide?.title ?? guideId}</h2>
      <p className="muted">{guide?.summary}</p>
    </div>
  );
}
