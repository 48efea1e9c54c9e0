import type { HttpMethod } from '../catalog/types';

/** Where requests go and with which key. `apiUrl` is the account's API URL from Settings > Developer. */
export interface Connection {
  apiUrl: string;
  apiKey: string;
}

/** Values for one method call, keyed by wire parameter name; `body` is the JSON body (v3). */
export interface MethodValues {
  params: Readonly<Record<string, unknown>>;
  body?: unknown;
}

export interface Header {
  name: string;
  value: string;
}

/** The exact request that reaches the wire: the single source for proxy calls, previews, bundles and snippets. */
export interface PreparedRequest {
  method: HttpMethod;
  /** Absolute URL with the encoded query. */
  url: string;
  headers: readonly Header[];
  body?: string;
  /** Values that must never leave the explorer unredacted (the key, secret params). */
  secrets: readonly string[];
}

/** A prepared request with every secret replaced; safe to show, store and export. */
export type RedactedRequest = Omit<PreparedRequest, 'secrets'>;

/** The v1 response format the user picked. */
export type V1Output = 'json' | 'xml';
