import type { TabTarget } from '../../core/workspace/tab-target';
import { findRecipeSummary } from '../../core/recipes/recipe-summaries';
import { findGuide } from '../../features/guides/guide-index';
import { findSummary } from '../../lib/catalog-client';

/** Whether a tab target names something that exists (a known method, guide or recipe). */
export function targetExists(target: TabTarget): boolean {
  switch (target.kind) {
    case 'method':
      return findSummary(target.id) !== undefined;
    case 'guide':
      return findGuide(target.id) !== undefined;
    case 'recipe':
      return findRecipeSummary(target.id) !== undefined;
    case 'webhooks':
      return true;
  }
}

/** The tab's title: the method's summary, the guide's or recipe's title. */
export function targetTitle(target: TabTarget): string {
  switch (target.kind) {
    case 'method':
      return findSummary(target.id)?.summary ?? target.id;
    case 'guide':
      return findGuide(target.id)?.title ?? target.id;
    case 'recipe':
      return findRecipeSummary(target.id)?.title ?? target.id;
    case 'webhooks':
      return 'Webhooks inbox';
  }
}
