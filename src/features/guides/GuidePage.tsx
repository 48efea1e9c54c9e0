import { Suspense, useEffect, useRef, type MouseEvent } from 'react';
import type { MethodValues } from '../../core/request/types';
import type { TabTarget } from '../../core/workspace/tab-target';
import { findGuide, guideIndex } from './guide-index';
import { internalTarget } from './guide-targets';
import { GuideBody } from './GuideBody';
import './guides.css';

/** What a guide can do in the workspace: open a method prefilled ("Try it"), another guide, a recipe, the inbox. */
export interface GuideActions {
  tryMethod: (methodId: string, values?: MethodValues) => void;
  openGuide: (id: string) => void;
  openRecipe: (id: string) => void;
  openWebhooks: () => void;
}

/** One guide as a workspace tab: a readable article whose links and "Try it" buttons open tabs. */
export function GuidePage({
  guideId,
  active,
  tabId,
  actions,
  focusToken,
}: {
  guideId: string;
  active: boolean;
  tabId: string;
  actions: GuideActions;
  /** Changes when the guide is opened on purpose: focus moves to its title, where reading starts. */
  focusToken: number;
}) {
  const summary = findGuide(guideId);
  const title = useRef<HTMLHeadingElement>(null);
  const position = guideIndex.findIndex((g) => g.id === guideId) + 1;

  useEffect(() => {
    if (active && focusToken > 0) title.current?.focus({ preventScroll: true });
  }, [active, focusToken]);

  const open = (target: TabTarget) => {
    switch (target.kind) {
      case 'guide':
        return actions.openGuide(target.id);
      case 'recipe':
        return actions.openRecipe(target.id);
      case 'webhooks':
        return actions.openWebhooks();
      case 'method':
        return actions.tryMethod(target.id);
    }
  };
  // Links stay real links (new tab, copy address); a plain click opens the target as a workspace tab.
  const onClick = (e: MouseEvent<HTMLElement>) => {
    if (e.defaultPrevented || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    const link = e.target instanceof Element ? e.target.closest('a') : null;
    const target = link ? internalTarget(link.getAttribute('href') ?? '') : undefined;
    if (!target) return;
    e.preventDefault();
    open(target);
  };

  return (
    <div
      className="pane-scroll guide-page"
      hidden={!active}
      role="tabpanel"
      id={`tabpanel-${tabId}`}
      aria-labelledby={`tab-${tabId}`}
    >
      <article className="guide" aria-labelledby={`guide-title-${tabId}`} onClick={onClick}>
        <header className="guide-header">
          {position > 0 && (
            <p className="guide-kicker">
              Guide {position} of {guideIndex.length}
            </p>
          )}
          <h2 id={`guide-title-${tabId}`} ref={title} tabIndex={-1}>
            {summary?.title ?? guideId}
          </h2>
          {summary && <p className="guide-summary">{summary.summary}</p>}
        </header>
        {summary ? (
          <Suspense fallback={<p className="muted">Loading the guide…</p>}>
            <GuideBody guideId={guideId} onTry={actions.tryMethod} />
          </Suspense>
        ) : (
          <p role="alert">No guide has the id “{guideId}”. Pick one in the Guides view of the sidebar.</p>
        )}
      </article>
    </div>
  );
}
