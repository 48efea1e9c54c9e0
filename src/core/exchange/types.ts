import type { Header, RedactedRequest } from '../request/types';

/** The proxy's own refusal or failure, never an ActiveCampaign answer. */
interface ProxyFailure {
  code: string;
  message: string;
}

/** A response as received, already redacted. */
export interface CapturedResponse {
  status: number;
  statusText: string;
  headers: readonly Header[];
  /** The body exactly as received, decoded as UTF-8. */
  bodyText: string;
  /** Size on the wire after decoding, in bytes. */
  bytes: number;
  /** The proxy's `Server-Timing` header, when present. */
  serverTiming?: string;
  proxyError?: ProxyFailure;
}

/** One call: what was sent and what came back, safe to store and share. */
export interface Exchange {
  methodId: string;
  methodSummary: string;
  api: 'v3' | 'v1';
  /** UTC ISO time the request was sent. */
  startedAt: string;
  durationMs: number;
  request: RedactedRequest;
  /** Missing when the browser could not reach the proxy at all. */
  response?: CapturedResponse;
  networkError?: string;
}
