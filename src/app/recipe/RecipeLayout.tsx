import { useRef, type ReactNode } from 'react';
import { Group, Panel, Separator } from 'react-resizable-panels';
import { useSplitSizes } from '../workspace/use-split-sizes';
import { useWideEnough } from './use-width';
import './recipe-page.css';

/** Below this width the recipe and its step take turns (a phone), rather than sit side by side. */
const BESIDE_MIN_WIDTH = 720;

export type RecipeView = 'recipe' | 'step';

/**
 * A recipe tab's two parts: the recipe (steps, run, summary) and the selected
 * step (request and response). Side by side with a remembered splitter when
 * the tab is wide enough; on a narrow screen each gets the whole height and a
 * two-tab switch chooses between them (both stay mounted, so nothing typed is lost).
 */
export function RecipeLayout({
  tabId,
  panel,
  step,
  stepLabel,
  view,
  onView,
}: {
  tabId: string;
  panel: ReactNode;
  step: ReactNode;
  /** The step switch's name, e.g. "Step 5 · Add a tag to a contact". */
  stepLabel: string;
  /** Which part a narrow screen shows. */
  view: RecipeView;
  onView: (view: RecipeView) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const beside = useWideEnough(ref, BESIDE_MIN_WIDTH);
  const panelId = `recipe-steps-${tabId}`;
  const stepId = `recipe-step-${tabId}`;
  const layout = useSplitSizes('recipe-outer', [panelId, stepId]);
  const side = (
    <section className="recipe-side pane-scroll" aria-label="Recipe">
      {panel}
    </section>
  );
  // Both arrangements render the same root <div>, so the width observer keeps watching the same element.
  if (!beside) {
    const tab = (which: RecipeView, label: string) => (
      <button
        type="button"
        role="tab"
        id={`${tabId}-view-${which}`}
        aria-selected={view === which}
        aria-controls={`${tabId}-view-${which}-panel`}
        tabIndex={view === which ? 0 : -1}
        onClick={() => onView(which)}
        onKeyDown={(e) => {
          if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
          const other = which === 'recipe' ? 'step' : 'recipe';
          onView(other);
          document.getElementById(`${tabId}-view-${other}`)?.focus();
        }}
      >
        <span className="recipe-view-label">{label}</span>
      </button>
    );
    return (
      <div className="recipe-layout narrow" ref={ref}>
        <div className="segmented recipe-views" role="tablist" aria-label="Recipe or step">
          {tab('recipe', 'Recipe')}
          {tab('step', stepLabel)}
        </div>
        {(['recipe', 'step'] as const).map((which) => (
          <div
            key={which}
            className="recipe-view"
            role="tabpanel"
            id={`${tabId}-view-${which}-panel`}
            aria-labelledby={`${tabId}-view-${which}`}
            hidden={view !== which}
          >
            {which === 'recipe' ? side : <div className="recipe-step">{step}</div>}
          </div>
        ))}
      </div>
    );
  }
  return (
    <div className="recipe-layout" ref={ref}>
      <Group
        orientation="horizontal"
        className="request-response"
        defaultLayout={layout.defaultLayout}
        onLayoutChanged={layout.onLayoutChanged}
      >
        <Panel id={panelId} defaultSize="30%" minSize="260px" className="pane-fill">
          {side}
        </Panel>
        <Separator className="splitter" aria-label="Resize the recipe and step panes" />
        <Panel id={stepId} defaultSize="70%" minSize="320px" className="pane-fill">
          <div className="recipe-step">{step}</div>
        </Panel>
      </Group>
    </div>
  );
}
