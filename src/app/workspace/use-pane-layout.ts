import { useCallback, useSyncExternalStore } from 'react';
import * as z from 'zod/mini';
import { readLocal, writeLocal } from '../../lib/session-store';

/** How request and response share the work area: `auto` flips at 1200 px, as the leading clients do. */
type PaneArrangement = 'auto' | 'side' | 'stack';

const STORAGE_KEY = 'explorer.layout.arrangement';
const SIDE_BY_SIDE_QUERY = '(min-width: 1200px)';
/** Below this the sidebar becomes a drawer. */
const DRAWER_QUERY = '(max-width: 799px)';
const arrangementSchema = z.enum(['auto', 'side', 'stack']);

const listeners = new Set<() => void>();
function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  const queries = [window.matchMedia(SIDE_BY_SIDE_QUERY), window.matchMedia(DRAWER_QUERY)];
  for (const q of queries) q.addEventListener('change', onChange);
  return () => {
    listeners.delete(onChange);
    for (const q of queries) q.removeEventListener('change', onChange);
  };
}
const readArrangement = (): PaneArrangement => readLocal(STORAGE_KEY, arrangementSchema) ?? 'auto';

export interface PaneLayout {
  arrangement: PaneArrangement;
  /** What is in force: `auto` resolved against the window's width. */
  sideBySide: boolean;
  /** The sidebar is a drawer (narrow screens). */
  drawer: boolean;
  setArrangement: (next: PaneArrangement) => void;
}

/** The workspace's arrangement preference and what it means at the current window width. */
export function usePaneLayout(): PaneLayout {
  const arrangement = useSyncExternalStore(subscribe, readArrangement);
  const wide = useSyncExternalStore(subscribe, () => window.matchMedia(SIDE_BY_SIDE_QUERY).matches);
  const drawer = useSyncExternalStore(subscribe, () => window.matchMedia(DRAWER_QUERY).matches);
  const setArrangement = useCallback((next: PaneArrangement) => {
    writeLocal(STORAGE_KEY, next);
    for (const l of listeners) l();
  }, []);
  // On a phone-sized screen side by side would leave each pane ~190 px: stacked whatever the preference.
  const sideBySide = !drawer && (arrangement === 'side' || (arrangement === 'auto' && wide));
  return { arrangement, sideBySide, drawer, setArrangement };
}
