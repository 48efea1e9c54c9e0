import { useSyncExternalStore } from 'react';
import { targetPath } from '../core/workspace/tab-target';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
}

/** The current path; re-renders on back/forward and on `navigate`. */
export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

/** Moves to a path without reloading, as a link click would. */
export function navigate(path: string): void {
  if (window.location.pathname + window.location.search === path) return;
  window.history.pushState(null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

/** The deep-link path of a method. */
export function methodPath(id: string): string {
  return targetPath({ kind: 'method', id });
}
