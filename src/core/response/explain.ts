import type { Failure } from '../catalog/error-fixes';
import type { Exchange } from '../exchange/types';
import { isProxyErrorCode, type ProxyErrorCode } from '../proxy-errors';
import { nextSteps, type NextStep } from './next-steps';
import { parseBody } from './parse-body';

export interface Outcome {
  tone: 'success' | 'warning' | 'error';
  title: string;
  /** What to do next, in one or two sentences. */
  advice?: string;
  /** The catalog's fixes for this failure (src/core/catalog/error-fixes.ts), as actions. */
  steps?: readonly NextStep[];
}

/** The outcome with the catalog's fix for the failure: its steps, and its sharper advice when it has one. */
function withFix(outcome: Outcome, exchange: Exchange, failure: Omit<Failure, 'methodId' | 'api'>): Outcome {
  const fix = nextSteps(exchange, { ...failure, methodId: exchange.methodId, api: exchange.api });
  return {
    ...outcome,
    ...(fix.advice ? { advice: fix.advice } : {}),
    ...(fix.steps.length > 0 ? { steps: fix.steps } : {}),
  };
}

/** Explains what happened and what to do next, never presenting a proxy failure as an API answer. */
export function explainOutcome(exchange: Exchange): Outcome {
  const res = exchange.response;
  if (!res) return { tone: 'error', title: 'The explorer could not reach its proxy', advice: exchange.networkError };
  if (res.proxyError) {
    const code = res.proxyError.code;
    const known = isProxyErrorCode(code) ? PROXY_ADVICE[code] : undefined;
    return {
      tone: 'error',
      title: `The explorer's proxy ${known?.title ?? `failed (${res.proxyError.code})`}, not ActiveCampaign`,
      advice: [res.proxyError.message, known?.advice].filter(Boolean).join(' '),
    };
  }
  const s = res.status;
  if (exchange.api === 'v1' && s === 200) {
    const v1 = v1Result(res.bodyText, res.headers.find((h) => h.name.toLowerCase() === 'content-type')?.value);
    if (v1 === 'not-authorized') {
      const outcome: Outcome = {
        tone: 'error',
        title: 'v1 refused the key',
        advice: 'The api_key is wrong or was reset. Copy the current key from Settings > Developer.',
      };
      return withFix(outcome, exchange, { status: s, codes: [], v1: 'not-authorized' });
    }
    if (v1 && v1.code === 0) {
      const outcome: Outcome = {
        tone: 'warning',
        title: `v1 reported a failure (result_code 0): ${v1.message}`,
        advice: 'v1 answers failures with HTTP 200; check the parameters against the method page.',
      };
      return withFix(outcome, exchange, { status: s, codes: [], v1: 'failed' });
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
  const outcome: Outcome = { tone: 'error', title: `${s} ${res.statusText}`.trim(), ...(advice ? { advice } : {}) };
  return withFix(outcome, exchange, { status: s, codes: errorCodes(res.bodyText) });
}

/** The `code` of each entry in a v3 error body (`{"errors": [{"code": "duplicate", …}]}`). */
function errorCodes(body: string): string[] {
  if (body.length > V1_VERDICT_LIMIT || !body.includes('"errors"')) return [];
  try {
    const parsed: unknown = JSON.parse(body);
    const errors = typeof parsed === 'object' && parsed !== null ? (parsed as { errors?: unknown }).errors : undefined;
    return Array.isArray(errors)
      ? errors.flatMap((e: unknown) =>
          typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string'
            ? [(e as { code: string }).code]
            : [],
        )
      : [];
  } catch {
    return [];
  }
}

/** One entry per proxy error code (src/core/proxy-errors.ts): what happened, then what to do. */
export const PROXY_ADVICE: Record<ProxyErrorCode, { title: string; advice: string }> = {
  target_not_allowed: {
    title: 'refused the API URL',
    advice: 'Use your account API URL (https://<account>.api-us1.com) or start the explorer with --allow-origin.',
  },
  cross_origin: {
    title: 'refused a request from another site',
    advice: 'Send requests from the explorer page itself.',
  },
  bad_host: { title: 'refused an unexpected Host', advice: 'Open the explorer at the URL npm start printed.' },
  bad_request: { title: 'could not read the request', advice: 'Check the API URL and the parameters.' },
  dns_failed: { title: 'could not resolve the API host', advice: 'Check the API URL for typos and your network.' },
  address_not_allowed: {
    title: 'refused a private or loopback address',
    advice: 'The API host must resolve to a public address.',
  },
  connect_failed: { title: 'could not connect to the API host', advice: 'Check the API URL and your network.' },
  tls_failed: { title: 'could not establish a secure connection', advice: 'Check the API URL; it must be https.' },
  timeout: {
    title: 'timed out',
    advice: 'Retry; if it persists, ask for less (a smaller limit) or raise the timeout.',
  },
  upstream_reset: { title: 'lost the connection mid-answer', advice: 'Retry the request.' },
  response_too_large: { title: 'stopped a too-large answer', advice: 'Ask for fewer records or raise the limit.' },
  request_too_large: { title: 'refused a too-large request', advice: 'Send a smaller body or raise the limit.' },
};

/** One `Server-Timing` metric: `ttfb;dur=12.3` → { name: 'ttfb', ms: 12.3 }. */
export interface TimingPart {
  name: string;
  ms: number;
}

/** Parses a `Server-Timing` header into its named durations, skipping metrics without one. */
export function parseServerTiming(header: string | undefined): TimingPart[] {
  if (!header) return [];
  const parts: TimingPart[] = [];
  for (const metric of header.split(',')) {
    const [name, ...params] = metric.split(';').map((p) => p.trim());
    const dur = params.find((p) => p.startsWith('dur='));
    const ms = dur ? Number(dur.slice(4)) : NaN;
    if (name && Number.isFinite(ms)) parts.push({ name, ms });
  }
  return parts;
}

function retryAfter(exchange: Exchange): string {
  const v = exchange.response?.headers.find((h) => h.name.toLowerCase() === 'retry-after')?.value?.trim();
  if (!v) return ' Wait a second and retry.';
  if (/^\d+$/.test(v)) return ` Retry after ${v} second${v === '1' ? '' : 's'}.`;
  const at = Date.parse(v);
  return Number.isNaN(at) ? ` Retry-After says: ${v}.` : ` Retry after ${new Date(at).toISOString()}.`;
}

/** v1 failures and its refusal page are short; a longer body is data, not worth parsing on every render. */
export const V1_VERDICT_LIMIT = 64 * 1024;

function v1Result(
  body: string,
  contentType: string | undefined,
): { code: number; message: string } | 'not-authorized' | undefined {
  if (body.length > V1_VERDICT_LIMIT) return undefined;
  if (body.includes('You are not authorized to access this file')) return 'not-authorized';
  const parsed = parseBody(body, contentType);
  if (parsed.kind !== 'json' || !parsed.envelope) return undefined;
  return { code: Number(parsed.envelope.resultCode), message: parsed.envelope.resultMessage };
}
