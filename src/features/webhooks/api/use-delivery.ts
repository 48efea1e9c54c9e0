import { useEffect, useState } from 'react';
import { deliverySchema, INBOX_FEED_PATH, type Delivery } from '../../../core/webhooks/inbox-wire';

/** Deliveries opened lately; they never change (ids are never reused), so each is fetched once. */
const CACHE_SIZE = 20;
const cache = new Map<string, Promise<Delivery>>();

async function fetchDelivery(id: string): Promise<Delivery> {
  const res = await fetch(`${INBOX_FEED_PATH}/deliveries/${encodeURIComponent(id)}`, { cache: 'no-store' });
  if (res.status === 404) throw new Error(`Delivery #${id} is no longer kept: it was cleared or dropped.`);
  if (!res.ok) throw new Error(`The explorer server answered ${res.status} for delivery #${id}.`);
  return deliverySchema.parse(await res.json());
}

function loadDelivery(id: string): Promise<Delivery> {
  let pending = cache.get(id);
  if (!pending) {
    pending = fetchDelivery(id);
    // A failure is not remembered: the next look tries again.
    pending.catch(() => cache.delete(id));
    cache.set(id, pending);
    for (const old of cache.keys()) if (cache.size > CACHE_SIZE) cache.delete(old);
  }
  return pending;
}

export type DeliveryState =
  { status: 'idle' | 'loading' } | { status: 'ready'; delivery: Delivery } | { status: 'failed'; message: string };

/**
 * One delivery with its headers and raw body. Not a TanStack query on
 * purpose: the inbox is a live feed, not a query, and importing the query
 * hooks into this lazy chunk made the bundler move TanStack's core out of the
 * first-load chunk (+1.7 KB gzip first load, measured with `npm run size`).
 */
export function useDelivery(id: string | undefined): DeliveryState {
  const [loaded, setLoaded] = useState<{ id: string; state: DeliveryState }>();
  useEffect(() => {
    if (id === undefined) return;
    let live = true;
    loadDelivery(id).then(
      (delivery) => live && setLoaded({ id, state: { status: 'ready', delivery } }),
      (e: unknown) =>
        live && setLoaded({ id, state: { status: 'failed', message: e instanceof Error ? e.message : String(e) } }),
    );
    return () => {
      live = false;
    };
  }, [id]);
  if (id === undefined) return { status: 'idle' };
  return loaded?.id === id ? loaded.state : { status: 'loading' };
}
