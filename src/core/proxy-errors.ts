/**
 * Every refusal or failure the explorer's proxy itself produces, sent as
 * `X-Proxy-Error: <code>`. The server answers with them, the UI explains
 * each (src/core/response/explain.ts) and the tests walk this list, so a new
 * code is a type error until it has a status and an explanation.
 */
export const PROXY_ERROR_CODES = [
  'target_not_allowed',
  'cross_origin',
  'bad_host',
  'bad_request',
  'dns_failed',
  'address_not_allowed',
  'connect_failed',
  'tls_failed',
  'timeout',
  'upstream_reset',
  'response_too_large',
  'request_too_large',
] as const;

export type ProxyErrorCode = (typeof PROXY_ERROR_CODES)[number];

const known = new Set<string>(PROXY_ERROR_CODES);

/** Whether a header value is one of our codes (an older or newer proxy may send another). */
export function isProxyErrorCode(code: string): code is ProxyErrorCode {
  return known.has(code);
}
