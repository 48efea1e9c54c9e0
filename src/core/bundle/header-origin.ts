/** Who put a response header there: the upstream (ActiveCampaign or the sandbox), the explorer's proxy, or the sandbox itself. */
type HeaderOrigin = 'upstream' | 'proxy' | 'sandbox';

/**
 * Headers the explorer's proxy writes on every answer it relays (see
 * src/server/proxy/proxy.ts): it drops the upstream's own CSP and nosniff and
 * sets its own, times the call in Server-Timing, and names its own refusals in
 * X-Proxy-Error. Support must not read them as ActiveCampaign's.
 */
const PROXY_HEADERS = new Set(['server-timing', 'content-security-policy', 'x-content-type-options', 'x-proxy-error']);

/** Headers only the sandbox sends (its rate limiter's budget), which ActiveCampaign does not. */
const SANDBOX_HEADERS = /^(ratelimit-|x-sandbox)/i;

/** Where a response header came from, given whether the call went to the sandbox. */
function headerOrigin(name: string, sandbox: boolean): HeaderOrigin {
  const n = name.toLowerCase();
  if (PROXY_HEADERS.has(n)) return 'proxy';
  if (sandbox && SANDBOX_HEADERS.test(n)) return 'sandbox';
  return 'upstream';
}

export interface SplitHeaders<H> {
  /** Sent by the answering server: ActiveCampaign, or the sandbox standing in for it. */
  upstream: H[];
  /** Added by the explorer's proxy on the way back. */
  proxy: H[];
  /** The sandbox's own additions, which ActiveCampaign would not send. */
  sandbox: H[];
}

/** Sorts response headers by who added them. */
export function splitHeaders<H extends { name: string }>(headers: readonly H[], sandbox: boolean): SplitHeaders<H> {
  const out: SplitHeaders<H> = { upstream: [], proxy: [], sandbox: [] };
  for (const h of headers) out[headerOrigin(h.name, sandbox)].push(h);
  return out;
}
