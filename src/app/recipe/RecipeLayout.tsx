import { useRef, type ReactNode } from 'react';
import { Group, Panel, Separator } from 'react-resizable-panels';
import { useSplitSizes } from '../workspace/use-split-sizes';
import { useWideEnough } from './use-width';
import './recipe-page.css';

/** Below this width the recipe sits above its step rather than beside it. */
const BESIDE_MIN_WIDTH = 720;

/**
 * A recipe tab's two parts: the recipe (steps, run, summary) and the selected
 * step (request and response), side by side when the tab is wide enough,
 * stacked when not, with a splitter remembered like the method page's.
 */
export function RecipeLayout({ tabId, panel, step }: { tabId: string; panel: ReactNode; step: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const beside = useWideEnough(ref, BESIDE_MIN_WIDTH);
  const orientation = beside ? 'horizontal' : 'vertical';
  const panelId = `recipe-steps-${tabId}`;
  const stepId = `recipe-step-${tabId}`;
  const layout = useSplitSizes(`recipe-outer-${orientation}`, [panelId, stepId]);
  return (
    <div className="recipe-layout" ref={ref}>
      <Group
        key={orientation}
        orientation={orientation}
        className="request-response"
        defaultLayout={layout.defaultLayout}
        onLayoutChanged={layout.onLayoutChanged}
      >
        <Panel
          id={panelId}
          defaultSize={beside ? '30%' : '42%'}
          minSize={beside ? '260px' : '120px'}
          className="pane-fill"
        >
          <section className="recipe-side pane-scroll" aria-label="Recipe">
            {panel}
          </section>
        </Panel>
        <Separator className="splitter" aria-label="Resize the recipe and step panes" />
        <Panel id={stepId} defaultSize={beside ? '70%' : '58%'} minSize="200px" className="pane-fill">
          <div className="recipe-step">{step}</div>
        </Panel>
      </Group>
    </div>
  );
}
