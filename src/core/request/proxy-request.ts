import type { PreparedRequest } from './types';

/** What the browser sends to the explorer's own proxy for a prepared request. */
export interface ProxyCall {
  /** Same-origin URL: `/proxy/<path>?<query>`. */
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
}

/** Re-targets a prepared request at the local proxy, naming the real origin in `X-Target-Origin`. */
export function toProxyCall(request: PreparedRequest): ProxyCall {
  const target = new URL(request.url);
  // Keep the path exactly as built (URL would normalise `{id}` or `%2F`).
  const afterOrigin = request.url.slice(target.origin.length);
  const headers: Record<string, string> = { 'X-Target-Origin': target.origin };
  for (const h of request.headers) headers[h.name] = h.value;
  return {
    url: `/proxy${afterOrigin.startsWith('/') ? afterOrigin : `/${afterOrigin}`}`,
    method: request.method,
    headers,
    ...(request.body !== undefined ? { body: request.body } : {}),
  };
}
