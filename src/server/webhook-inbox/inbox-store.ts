import { createHash } from 'node:crypto';
import { eventTypeOf } from '../../core/webhooks/event-type';
import type { Delivery, DeliverySummary, InboxEvent, InboxSnapshot } from '../../core/webhooks/inbox-wire';
import { DEFAULT_INBOX_LIMITS, type InboxServerLimits } from './limits';

/** Header values never kept: a sender's credentials have no business in an inbox, a file or a screen. */
const MASKED_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'api-token', 'x-api-key']);

/** What the receiver hands over once a body is read. */
export interface ReceivedDelivery {
  inbox: string;
  target: string;
  /** Alternating names and values, as Node's `rawHeaders`. */
  rawHeaders: readonly string[];
  body: Buffer;
  truncated: boolean;
}

/** The inbox's whole state, as a persisted file holds it. */
export interface InboxState {
  nextId: number;
  /** Oldest first. */
  deliveries: Delivery[];
}

interface Kept {
  delivery: Delivery;
  /** Same inbox + same hash = same body: ActiveCampaign delivers at least once. */
  hash: string;
}

function bodyHash(body: string, truncated: boolean): string {
  return createHash('sha256')
    .update(truncated ? 'cut:' : 'whole:')
    .update(body)
    .digest('hex');
}

function summaryOf(d: Delivery): DeliverySummary {
  return {
    id: d.id,
    inbox: d.inbox,
    receivedAt: d.receivedAt,
    ...(d.eventType !== undefined ? { eventType: d.eventType } : {}),
    bytes: d.bytes,
    truncated: d.truncated,
    ...(d.duplicateOf !== undefined ? { duplicateOf: d.duplicateOf } : {}),
  };
}

function headerPairs(raw: readonly string[]): { name: string; value: string }[] {
  const out: { name: string; value: string }[] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i] ?? '';
    out.push({ name, value: MASKED_HEADERS.has(name.toLowerCase()) ? '[REDACTED]' : (raw[i + 1] ?? '') });
  }
  return out;
}

export type InboxStore = ReturnType<typeof createInboxStore>;

/**
 * The deliveries the explorer's inbox keeps, in memory: newest last, at most
 * `maxDeliveries` in all (the oldest go first) in at most `maxInboxes` inbox
 * names. Listeners hear every change as the stream's events.
 */
export function createInboxStore(
  options: {
    limits?: InboxServerLimits;
    initial?: InboxState;
    persisted?: boolean;
    now?: () => Date;
  } = {},
) {
  const limits = options.limits ?? DEFAULT_INBOX_LIMITS;
  const now = options.now ?? (() => new Date());
  const kept: Kept[] = (options.initial?.deliveries ?? [])
    .slice(-limits.maxDeliveries)
    .map((delivery) => ({ delivery, hash: bodyHash(delivery.body, delivery.truncated) }));
  let nextId = Math.max(options.initial?.nextId ?? 1, ...kept.map((k) => Number(k.delivery.id) + 1));
  const listeners = new Set<(event: InboxEvent) => void>();
  const emit = (event: InboxEvent) => {
    for (const listener of listeners) listener(event);
  };
  const inboxes = () => new Set(kept.map((k) => k.delivery.inbox));

  return {
    limits,
    /** Whether a delivery to `inbox` fits the cap on inbox names. */
    hasRoomFor(inbox: string): boolean {
      const names = inboxes();
      return names.has(inbox) || names.size < limits.maxInboxes;
    },

    add(received: ReceivedDelivery): DeliverySummary {
      const body = received.body.toString('utf8');
      const hash = bodyHash(body, received.truncated);
      const earlier = kept.find((k) => k.hash === hash && k.delivery.inbox === received.inbox);
      const eventType = eventTypeOf(body);
      const delivery: Delivery = {
        id: String(nextId++),
        inbox: received.inbox,
        receivedAt: now().toISOString(),
        ...(eventType !== undefined ? { eventType } : {}),
        bytes: received.body.length,
        truncated: received.truncated,
        ...(earlier ? { duplicateOf: earlier.delivery.id } : {}),
        target: received.target,
        headers: headerPairs(received.rawHeaders),
        body,
      };
      kept.push({ delivery, hash });
      const dropped = kept.splice(0, Math.max(0, kept.length - limits.maxDeliveries)).map((k) => k.delivery.id);
      const summary = summaryOf(delivery);
      emit({ kind: 'delivery', delivery: summary, dropped });
      return summary;
    },

    /** Newest first, without bodies. */
    snapshot(): InboxSnapshot {
      return {
        deliveries: kept.map((k) => summaryOf(k.delivery)).reverse(),
        limits: {
          maxBodyBytes: limits.maxBodyBytes,
          maxDeliveries: limits.maxDeliveries,
          maxInboxes: limits.maxInboxes,
        },
        persisted: options.persisted ?? false,
      };
    },

    get(id: string): Delivery | undefined {
      return kept.find((k) => k.delivery.id === id)?.delivery;
    },

    /** Empties one inbox, or all of them; returns how many deliveries went. */
    clear(inbox?: string): number {
      const before = kept.length;
      const stay = kept.filter((k) => inbox !== undefined && k.delivery.inbox !== inbox);
      kept.splice(0, kept.length, ...stay);
      emit(inbox === undefined ? { kind: 'cleared' } : { kind: 'cleared', inbox });
      return before - kept.length;
    },

    subscribe(listener: (event: InboxEvent) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    /** Everything a persisted inbox writes to its file. */
    state(): InboxState {
      return { nextId, deliveries: kept.map((k) => k.delivery) };
    },
  };
}
