import type { MethodValues } from '../request/types';
import { isKeyset, isLastPage, modePatch, pageSteps, toCount, withParams, type PageInfo } from './page';
import type { PagingSpec } from './paging-spec';

/**
 * The first call of "Fetch all": the same filters and page size, from the list's start. Without a
 * chosen page size it takes the largest the method allows (fewest calls against the rate limit).
 */
export function fetchAllStart(spec: PagingSpec, values: MethodValues): MethodValues {
  if (spec.style === 'page') return withParams(values, { page: 1 });
  const start = isKeyset(spec, values) ? modePatch('keyset') : { offset: 0 };
  const chosen = toCount(values.params.limit);
  return withParams(values, {
    ...start,
    limit: chosen !== undefined ? Math.min(chosen, spec.maxLimit) : spec.maxLimit,
  });
}

/** The call after `page` in "Fetch all", or undefined when `page` was the last. */
export function fetchAllNext(values: MethodValues, page: PageInfo): MethodValues | undefined {
  if (isLastPage(page)) return undefined;
  const next = pageSteps(page).next;
  return next ? withParams(values, next) : undefined;
}

/** How many pages the whole list takes, when the first page stated a total. */
export function expectedPages(first: PageInfo): number | undefined {
  if (first.total === undefined) return undefined;
  return Math.max(1, Math.ceil(first.total / first.limit));
}

/**
 * Time left, from the pace so far, but never less than the rate limit allows:
 * `pagesLeft` calls at `perSecond` take at least pagesLeft / perSecond seconds.
 */
export function remainingMs(elapsedMs: number, pagesDone: number, pagesLeft: number, perSecond: number): number {
  if (pagesLeft <= 0) return 0;
  const pace = pagesDone > 0 ? elapsedMs / pagesDone : 0;
  return Math.max(pace * pagesLeft, (pagesLeft / perSecond) * 1000);
}
