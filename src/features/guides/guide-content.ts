import type { GuideContent } from './guide-format';

// One chunk per guide: a guide's text loads when its tab opens, never in the first load.
const loaders: Readonly<Record<string, () => Promise<{ content: GuideContent }>>> = {
  'getting-started': () => import('./content/getting-started'),
  authentication: () => import('./content/authentication'),
  'rate-limits': () => import('./content/rate-limits'),
  paging: () => import('./content/paging'),
  'errors-and-support': () => import('./content/errors-and-support'),
  'v1-vs-v3': () => import('./content/v1-vs-v3'),
  'custom-fields': () => import('./content/custom-fields'),
  webhooks: () => import('./content/webhooks'),
};

/** Loads one guide's content. */
export async function loadGuide(id: string): Promise<GuideContent> {
  const load = Object.hasOwn(loaders, id) ? loaders[id] : undefined;
  if (!load) throw new Error(`No guide has the id “${id}”.`);
  return (await load()).content;
}

const loaded = new Map<string, Promise<GuideContent>>();

/**
 * The same promise for every read of a guide, for React's `use()`: a guide is static, so it loads once a session.
 * (Not a TanStack query: the page would pull query-core into a chunk of its own, costing first-load bytes.)
 */
export function guideContent(id: string): Promise<GuideContent> {
  let promise = loaded.get(id);
  if (!promise) {
    promise = loadGuide(id);
    loaded.set(id, promise);
  }
  return promise;
}
