import type { Exchange } from '../exchange/types';

export interface Outcome {
  tone: 'success' | 'warning' | 'error';
  title: string;
  /** What to do next, in one or two sentences. */
  advice?: string;
}

/** Explains what happened and what to do next, never presenting a proxy failure as an API answer. */
export function explainOutcome(exchange: Exchange): Outcome {
  const res = exchange.response;
  if (!res) return { tone: 'error', title: 'The explorer could not reach its proxy', advice: exchange.networkError };
  if (res.proxyError) {
    return { tone: 'error', title: `Proxy refused or failed: ${res.proxyError.code}`, advice: res.proxyError.message };
  }
  const s = res.status;
  if (exchange.api === 'v1' && s === 200) {
    const v1 = v1Result(res.bodyText);
    if (v1 === 'not-authorized') {
      return {
        tone: 'error',
        title: 'v1 refused the key',
        advice: 'The api_key is wrong or was reset. Copy the current key from Settings > Developer.',
      };
    }
    if (v1 && v1.code === 0) {
      return {
        tone: 'warning',
        title: `v1 reported a failure (result_code 0): ${v1.message}`,
        advice: 'v1 answers failures with HTTP 200; check the parameters against the method page.',
      };
    }
  }
  if (s >= 200 && s < 300) return { tone: 'success', title: `${s} ${res.statusText || 'OK'}` };
  const table: Record<number, string> = {
    400: 'The request was malformed; compare the body with the example.',
    402: 'The ActiveCampaign account has a payment problem.',
    403: 'The API key is invalid, was reset, or this user may not use the resource. A reset key denies all access until apps use the new one: copy the current key from Settings > Developer.',
    404: 'Nothing exists at this path: check the id and the path.',
    422: 'A field is missing or invalid: the messages are shown next to the fields in the form.',
    429: `Over the rate limit of 5 requests per second.${retryAfter(exchange)}`,
  };
  const advice =
    table[s] ??
    (s >= 500
      ? 'ActiveCampaign had a server error; retry later, and include the support bundle if it persists.'
      : undefined);
  return { tone: 'error', title: `${s} ${res.statusText}`.trim(), ...(advice ? { advice } : {}) };
}

function retryAfter(exchange: Exchange): string {
  const v = exchange.response?.headers.find((h) => h.name.toLowerCase() === 'retry-after')?.value;
  return v ? ` Retry after ${v} seconds.` : ' Wait a second and retry.';
}

function v1Result(body: string): { code: number; message: string } | 'not-authorized' | undefined {
  if (body.includes('You are not authorized to access this file')) return 'not-authorized';
  try {
    const v = JSON.parse(body) as { result_code?: unknown; result_message?: unknown };
    if (typeof v.result_code === 'number') return { code: v.result_code, message: String(v.result_message ?? '') };
  } catch {
    // not JSON (e.g. api_output=xml): nothing more to say
  }
  return undefined;
}
