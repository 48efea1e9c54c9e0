/**
 * What the explorer's server tells its pages about the webhook inbox, typed
 * once for both sides: the server builds these shapes, the browser checks
 * them with the same schemas (a feed is a boundary like any other).
 *
 * Routes, all on the explorer's own origin and refused to other sites:
 * - `GET  /explorer-api/webhooks`                  → InboxSnapshot (summaries, newest first)
 * - `GET  /explorer-api/webhooks/stream`           → Server-Sent Events, one InboxEvent per message
 * - `GET  /explorer-api/webhooks/deliveries/<id>`  → Delivery (headers and raw body)
 * - `POST /explorer-api/webhooks/clear[?inbox=n]`  → { cleared: number }
 */
import * as z from 'zod/mini';

/** Where the feed lives on the explorer's server. */
export const INBOX_FEED_PATH = '/explorer-api/webhooks';

const header = z.object({ name: z.string(), value: z.string() });

const inboxLimitsSchema = z.object({
  /** Largest body kept per delivery, in bytes; a longer one is kept cut and flagged. */
  maxBodyBytes: z.number(),
  /** Deliveries kept in all, across inboxes; the oldest are dropped past it. */
  maxDeliveries: z.number(),
  /** Inbox names that may hold deliveries at once; a new name past it is refused. */
  maxInboxes: z.number(),
});
export type InboxLimits = z.infer<typeof inboxLimitsSchema>;

/** One delivery as the list shows it (no body: the body is fetched when the delivery is opened). */
const deliverySummarySchema = z.object({
  /** Increasing per server (`"1"`, `"2"`, …); kept across restarts only with a persisted inbox. */
  id: z.string(),
  inbox: z.string(),
  /** When the explorer's server received it (ISO 8601). */
  receivedAt: z.string(),
  /** The body's top-level `type` field (ActiveCampaign's event name), when it has one. */
  eventType: z.optional(z.string()),
  /** Bytes of body kept (at most `maxBodyBytes`). */
  bytes: z.number(),
  /** The body was longer than `maxBodyBytes`: only its start was kept. */
  truncated: z.boolean(),
  /** The id of an earlier kept delivery to the same inbox with the very same body (AC delivers at least once). */
  duplicateOf: z.optional(z.string()),
});
export type DeliverySummary = z.infer<typeof deliverySummarySchema>;

export const deliverySchema = z.object({
  ...deliverySummarySchema.shape,
  /** Path and query as requested (`/webhooks/inbox/sandbox?src=ac`). */
  target: z.string(),
  /** Headers in the order received; credentials masked. */
  headers: z.array(header),
  /** The raw form body, as text, cut at `maxBodyBytes`. */
  body: z.string(),
});
export type Delivery = z.infer<typeof deliverySchema>;

const inboxSnapshotSchema = z.object({
  deliveries: z.array(deliverySummarySchema),
  limits: inboxLimitsSchema,
  /** Deliveries are kept in a file across restarts (`--webhook-inbox-file`); otherwise memory only. */
  persisted: z.boolean(),
});
export type InboxSnapshot = z.infer<typeof inboxSnapshotSchema>;

/** One message of the live stream. The first after every (re)connection is a snapshot. */
export const inboxEventSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('snapshot'), snapshot: inboxSnapshotSchema }),
  z.object({
    kind: z.literal('delivery'),
    delivery: deliverySummarySchema,
    /** Ids dropped to stay within `maxDeliveries`. */
    dropped: z.array(z.string()),
  }),
  z.object({ kind: z.literal('cleared'), inbox: z.optional(z.string()) }),
]);
export type InboxEvent = z.infer<typeof inboxEventSchema>;
