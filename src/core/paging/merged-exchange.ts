import type { Exchange } from '../exchange/types';

/**
 * The merged pages as one exchange, so the response views show it like any
 * answer: the first page's (redacted) request, the whole run's duration, and
 * the merged document as a 200 JSON body.
 */
export function mergedExchange(
  first: Exchange,
  documentText: string,
  byteLength: number,
  durationMs: number,
): Exchange {
  return {
    methodId: first.methodId,
    methodSummary: `${first.methodSummary} (all pages merged)`,
    api: first.api,
    startedAt: first.startedAt,
    durationMs,
    request: first.request,
    response: {
      status: 200,
      statusText: 'OK (merged)',
      headers: [{ name: 'content-type', value: 'application/json; charset=utf-8' }],
      bodyText: documentText,
      bytes: byteLength,
    },
  };
}
