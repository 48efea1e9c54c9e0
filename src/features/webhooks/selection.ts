import { useSyncExternalStore } from 'react';

/**
 * What the webhooks tab shows: one delivery, or the paste box. The sidebar's
 * list and the tab load separately; this is the one fact they share.
 */
export interface TabShows {
  view: 'delivery' | 'paste';
  /** The delivery picked last; kept while the paste box is up, so going back is one click. */
  id: string | undefined;
}

let shown: TabShows = { view: 'delivery', id: undefined };
const listeners = new Set<() => void>();

function set(next: TabShows): void {
  shown = next;
  for (const l of listeners) l();
}

/** Shows a delivery in the webhooks tab. */
export function showDelivery(id: string): void {
  set({ view: 'delivery', id });
}

/** Switches the webhooks tab between the picked delivery and the paste box. */
export function showView(view: TabShows['view']): void {
  if (shown.view !== view) set({ ...shown, view });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useTabShows(): TabShows {
  return useSyncExternalStore(subscribe, () => shown);
}
