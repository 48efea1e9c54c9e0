import type { Exchange } from '../exchange/types';

/** Which API a stored call went to: ActiveCampaign's v3 or v1, or some other host (a browser HAR's web page). */
export type CallKind = 'v3' | 'v1' | 'other';

/** What a history row shows for one call: enough to tell two calls of one method apart. */
export interface CallLabel {
  kind: CallKind;
  /** The HTTP method, shown once as a badge (never repeated in the text). */
  method: string;
  host: string;
  /**
   * The path with its query, readable: v3 without the `/api/3` prefix, v1 as
   * `api_action?params` without the envelope parameters, percent-escapes decoded.
   */
  target: string;
  /** The catalog method's summary; for another host `Other host: <host>`. */
  title: string;
}

/** ActiveCampaign API hosts, as the proxy accepts them: `<account>.api-us1.com` and `<account>.activehosted.com`. */
const AC_HOST = /^[a-z0-9-]+\.(api-us1\.com|activehosted\.com)$/i;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const V3_PREFIX = '/api/3';
const V1_PATH = '/admin/api.php';
/** v1's envelope parameters: the same on every call, so they only hide what differs. */
const V1_ENVELOPE = new Set(['api_action', 'api_key', 'api_output']);

/** The API a URL belongs to by its shape alone, for calls that carry no catalog method (imported HARs). */
export function kindOfUrl(url: URL): CallKind {
  // The sandbox (and the explorer's tests) live on loopback; everything else must be an ActiveCampaign host.
  const acHost = AC_HOST.test(url.hostname) || LOOPBACK.has(url.hostname);
  if (!acHost) return 'other';
  if (url.pathname === V3_PREFIX || url.pathname.startsWith(`${V3_PREFIX}/`)) return 'v3';
  if (url.pathname === V1_PATH) return 'v1';
  return 'other';
}

/** The label of a stored call: a call the explorer made names its catalog method; an imported one is judged by URL. */
export function labelCall(ex: Exchange): CallLabel {
  const method = ex.request.method;
  const url = URL.canParse(ex.request.url) ? new URL(ex.request.url) : undefined;
  if (!url) return { kind: ex.api, method, host: '', target: ex.request.url, title: ex.methodSummary };
  // A catalog method id means the explorer itself built the call (possibly to an --allow-origin host).
  const kind = ex.methodId !== '' ? ex.api : kindOfUrl(url);
  const host = url.host;
  if (kind === 'other')
    return { kind, method, host, target: readable(url.pathname, url.search), title: `Other host: ${host}` };
  const title = ex.methodId !== '' ? ex.methodSummary : `${kind} ${kind === 'v1' ? 'action' : 'call'}`;
  if (kind === 'v1') {
    const action = url.searchParams.get('api_action') ?? '(no api_action)';
    const rest = new URLSearchParams([...url.searchParams].filter(([k]) => !V1_ENVELOPE.has(k)));
    return { kind, method, host, target: readable(action, [...rest].length ? `?${rest.toString()}` : ''), title };
  }
  const path = url.pathname.slice(V3_PREFIX.length) || '/';
  return { kind, method, host, target: readable(path, url.search), title };
}

/** Decodes percent-escapes (`filters%5Bemail%5D` reads as `filters[email]`), keeping the text as is where one is broken. */
function readable(path: string, search: string): string {
  const decode = (t: string) => {
    try {
      return decodeURIComponent(t);
    } catch {
      return t;
    }
  };
  // `+` means a space only in the query (form encoding); in a path it is itself.
  return decode(path) + decode(search.replace(/\+/g, ' '));
}

/** Whether a call matches a free-text filter: every word must occur in its method, title, host, target or status. */
export function matchesText(ex: Exchange, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const l = labelCall(ex);
  const status = ex.response ? String(ex.response.status) : 'failed';
  const hay = `${l.method} ${l.title} ${l.host} ${l.target} ${status}`.toLowerCase();
  return words.every((w) => hay.includes(w));
}

/** The little a catalog match needs to know of a method (the first-load index's summaries fit). */
export interface CatalogEntryRef {
  id: string;
  api: 'v3' | 'v1';
  summary: string;
  http: string;
  /** Path template (v3, e.g. `/api/3/contacts/{id}`) or `api_action` (v1). */
  where: string;
}

/**
 * The catalog method an ActiveCampaign URL calls, for a call imported without
 * one (another tool's HAR). Literal path segments beat `{params}`, so
 * `/users/email/{email}` wins over `/users/{id}` for `/users/email/a@b.org`.
 */
export function matchCatalogMethod<T extends CatalogEntryRef>(
  catalog: readonly T[],
  method: string,
  url: URL,
): T | undefined {
  const kind = kindOfUrl(url);
  if (kind === 'other') return undefined;
  if (kind === 'v1') {
    const action = url.searchParams.get('api_action');
    return catalog.find((m) => m.api === 'v1' && m.where === action);
  }
  const segments = url.pathname.replace(/\/$/, '').split('/');
  const params = (where: string) => (where.match(/\{/g) ?? []).length;
  return catalog
    .filter((m) => m.api === 'v3' && m.http === method && templateMatches(m.where, segments))
    .sort((a, b) => params(a.where) - params(b.where))[0];
}

function templateMatches(template: string, segments: readonly string[]): boolean {
  const parts = template.split('/');
  return parts.length === segments.length && parts.every((p, i) => p.startsWith('{') || p === segments[i]);
}
