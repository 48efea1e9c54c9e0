/**
 * A request to the account, recognised as a catalog method (the catalog is
 * the one description of every method, the same matcher HAR import uses),
 * with its parameters and, once answered, whether it succeeded.
 */
import { matchCatalogMethod, type CatalogEntryRef } from '../bundle/call-label';
import { catalog } from '../catalog/registry';
import { parseBody } from '../response/parse-body';
import { obj, str, type Json } from './account-reader';
import { formPairs } from './bracket-form';
import type { CallFacts } from './triggers';

/** A request as a server reads it: path without the query, the query, the raw body. */
export interface PlainRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: string;
}

/** An answer as a server sends it. */
export interface PlainResponse {
  status: number;
  headers: Readonly<Record<string, string>>;
  body: string;
}

export interface IdentifiedCall {
  methodId: string;
  api: 'v3' | 'v1';
  facts: CallFacts;
}

const entries: readonly CatalogEntryRef[] = catalog.map((m) => ({
  id: m.id,
  api: m.api,
  summary: m.summary,
  http: m.http,
  where: m.api === 'v3' ? m.path : m.action,
}));

/** The catalog method a request calls, with its parameters; undefined for anything the catalog does not know. */
export function identifyCall(req: PlainRequest): IdentifiedCall | undefined {
  const query = req.query.toString();
  // Any loopback origin will do: the matcher only needs to see an ActiveCampaign-shaped path.
  const url = new URL(`http://127.0.0.1${req.path}${query ? `?${query}` : ''}`);
  const entry = matchCatalogMethod(entries, req.method.toUpperCase(), url);
  if (!entry) return undefined;
  const form = new Map(req.method.toUpperCase() === 'POST' ? formPairs(req.body) : []);
  return {
    methodId: entry.id,
    api: entry.api,
    facts: {
      params: entry.api === 'v3' ? pathParams(entry.where, url.pathname) : {},
      // As the v1 API does: a parameter is read from the query first, then from the form body.
      param: (name) => req.query.get(name) ?? form.get(name),
      body: entry.api === 'v3' ? jsonBody(req.body) : undefined,
    },
  };
}

function pathParams(template: string, path: string): Record<string, string> {
  const names = template.split('/');
  const values = path.replace(/\/$/, '').split('/');
  const out: Record<string, string> = {};
  names.forEach((name, i) => {
    const m = /^\{(\w+)\}$/.exec(name);
    if (m?.[1]) out[m[1]] = decodeSegment(values[i] ?? '');
  });
  return out;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function jsonBody(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The answer's fields when the call succeeded, undefined when it failed: v3
 * by its 2xx status, v1 by `result_code` 1 (in JSON or XML, both HTTP 200).
 */
export function successfulAnswer(call: IdentifiedCall, res: PlainResponse): Json | undefined {
  const contentType = Object.entries(res.headers).find(([k]) => k.toLowerCase() === 'content-type')?.[1];
  if (call.api === 'v3') {
    if (res.status < 200 || res.status >= 300) return undefined;
    return obj(jsonBody(res.body)) ?? {};
  }
  if (res.status !== 200) return undefined;
  const parsed = parseBody(res.body, contentType);
  if (parsed.kind !== 'json') return undefined;
  const fields = parsed.format === 'xml' ? obj(obj(parsed.value)?.root) : obj(parsed.value);
  return str(fields?.result_code) === '1' ? fields : undefined;
}
