import type { InboxLimits } from '../../core/webhooks/inbox-wire';

/** Every limit of the inbox, named: deliveries are untrusted input from anyone who can reach the port. */
export interface InboxServerLimits extends InboxLimits {
  /** Bytes past `maxBodyBytes` read and thrown away so an honest sender still gets its answer; past that, the connection is cut. */
  maxDrainBytes: number;
  /** Time a sender has to finish its body. */
  bodyTimeoutMs: number;
  /** Live streams (open explorer pages) served at once. */
  maxStreams: number;
}

export const DEFAULT_INBOX_LIMITS: InboxServerLimits = {
  // AC's deliveries are a few KB; a quarter of a megabyte leaves room for huge custom fields.
  maxBodyBytes: 256 * 1024,
  maxDeliveries: 200,
  maxInboxes: 20,
  maxDrainBytes: 4 * 1024 * 1024,
  bodyTimeoutMs: 10_000,
  maxStreams: 16,
};
