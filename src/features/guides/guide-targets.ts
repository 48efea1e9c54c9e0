import { findRecipeSummary } from '../../core/recipes/recipe-summaries';
import { targetFromPath, type TabTarget } from '../../core/workspace/tab-target';
import { findSummary } from '../../lib/catalog-client';
import { findGuide } from './guide-index';

/** The workspace target a link in a guide points at (`/guides/paging`, `/m/v3.users.me`…), or undefined for any other href. */
export function internalTarget(href: string): TabTarget | undefined {
  if (!href.startsWith('/') || href.startsWith('//')) return undefined;
  return targetFromPath(href.replace(/[?#].*$/, ''));
}

/** How a guide names a target in "See also": the guide's or recipe's title, the method's summary. */
export function targetLabel(target: TabTarget): string | undefined {
  switch (target.kind) {
    case 'guide':
      return findGuide(target.id)?.title;
    case 'recipe':
      return findRecipeSummary(target.id)?.title;
    case 'method':
      return findSummary(target.id)?.summary;
    case 'webhooks':
      return 'Webhooks inbox';
  }
}
