import { useSyncExternalStore } from 'react';
import { INBOX_FEED_PATH, inboxEventSchema, type InboxSnapshot } from '../../../core/webhooks/inbox-wire';
import { applyInboxEvent } from '../inbox-view';

export interface InboxFeed {
  /** `live` once the stream is open; `retrying` while EventSource reconnects; `stopped` when the server refused it. */
  status: 'connecting' | 'live' | 'retrying' | 'stopped';
  /** Undefined until the stream's first snapshot. */
  snapshot: InboxSnapshot | undefined;
  /** A message the stream sent that did not match the wire format (it is skipped). */
  problem?: string;
}

let feed: InboxFeed = { status: 'connecting', snapshot: undefined };
const listeners = new Set<() => void>();
let source: EventSource | undefined;

function set(next: Partial<InboxFeed>): void {
  feed = { ...feed, ...next };
  for (const l of listeners) l();
}

function connect(): void {
  source?.close();
  const es = new EventSource(`${INBOX_FEED_PATH}/stream`);
  source = es;
  set({ status: 'connecting' });
  es.onopen = () => set({ status: 'live' });
  es.onmessage = (message: MessageEvent<string>) => {
    let parsed: ReturnType<typeof inboxEventSchema.safeParse>;
    try {
      parsed = inboxEventSchema.safeParse(JSON.parse(message.data));
    } catch {
      set({ problem: 'The inbox stream sent a message that is not JSON; it was skipped.' });
      return;
    }
    if (parsed.success) set({ snapshot: applyInboxEvent(feed.snapshot, parsed.data) });
    else set({ problem: 'The inbox stream sent a message in an unknown shape; it was skipped.' });
  };
  // EventSource retries by itself after a dropped connection; a refused one (not 200) it gives up on.
  es.onerror = () => set({ status: es.readyState === EventSource.CLOSED ? 'stopped' : 'retrying' });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!source) connect();
  return () => {
    listeners.delete(listener);
    // One stream for every view of the inbox; it closes when the last one goes.
    if (listeners.size === 0) {
      source?.close();
      source = undefined;
    }
  };
}

/** The inbox as its live stream tells it, shared by the sidebar view and the webhooks tab. */
export function useInboxFeed(): InboxFeed {
  return useSyncExternalStore(subscribe, () => feed);
}

/** Opens the stream again after the server refused it (the user's "Retry"). */
export function reconnectInboxFeed(): void {
  if (listeners.size > 0) connect();
}
