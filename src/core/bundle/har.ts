import type { CapturedResponse, Exchange } from '../exchange/types';
import { redactionNote, type BundleModel } from './bundle-model';
import { decodePairs } from '../request/encode';
import type { Header } from '../request/types';

/** HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/), the subset we write and read. */
interface HarNameValue {
  name: string;
  value: string;
}
interface HarEntry {
  startedDateTime: string;
  time: number;
  request: {
    method: string;
    url: string;
    httpVersion: string;
    cookies: HarNameValue[];
    headers: HarNameValue[];
    queryString: HarNameValue[];
    postData?: { mimeType: string; text: string; params?: HarNameValue[] };
    headersSize: number;
    bodySize: number;
  };
  response: {
    status: number;
    statusText: string;
    httpVersion: string;
    cookies: HarNameValue[];
    headers: HarNameValue[];
    content: { size: number; mimeType: string; text: string };
    redirectURL: string;
    headersSize: number;
    bodySize: number;
    _error?: string;
  };
  cache: Record<string, never>;
  timings: { send: number; wait: number; receive: number };
  /** Our own fields (HAR allows `_`-prefixed extensions) so an import knows the method again. */
  _explorer?: { methodId: string; methodSummary: string; api: 'v3' | 'v1' };
  /** The user's problem description and where the call went, when the entry comes from a support bundle. */
  comment?: string;
}
export interface HarLog {
  log: {
    version: '1.2';
    creator: { name: string; version: string };
    browser?: { name: string; version: string };
    entries: HarEntry[];
    comment?: string;
  };
}

/** A HAR 1.2 log of exchanges (already redacted); bodies are kept whole. */
export function toHar(exchanges: readonly Exchange[], creator: { version: string; browser?: string }): HarLog {
  return {
    log: {
      version: '1.2',
      creator: { name: 'ActiveCampaign API Explorer', version: creator.version || '0' },
      ...(creator.browser ? { browser: { name: creator.browser, version: '' } } : {}),
      entries: exchanges.map(toEntry),
      comment: 'API keys and secret parameters are replaced by [REDACTED].',
    },
  };
}

/** The support bundle's call as a HAR 1.2 log: the same redacted exchange, with the problem and connection as comments. */
export function bundleHar(m: BundleModel, creator: { version: string; browser?: string }): HarLog {
  const har = toHar([m.exchange], creator);
  const [entry] = har.log.entries;
  const comment = [m.problem.text && `Problem: ${m.problem.text}`, `Connection: ${m.connection.label}`]
    .filter(Boolean)
    .join('\n');
  if (entry) entry.comment = comment;
  har.log.comment = redactionNote(m);
  return har;
}

function toEntry(ex: Exchange): HarEntry {
  const req = ex.request;
  const query = req.url.includes('?') ? (req.url.slice(req.url.indexOf('?') + 1).split('#')[0] ?? '') : '';
  const reqType = contentType(req.headers);
  const time = Math.max(0, Math.round(ex.durationMs * 1000) / 1000);
  return {
    startedDateTime: ex.startedAt,
    time,
    request: {
      method: req.method,
      url: req.url,
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: req.headers.map(pair),
      queryString: decodePairs(query).map(([name, value]) => ({ name, value })),
      ...(req.body !== undefined
        ? {
            postData: {
              mimeType: reqType || 'application/octet-stream',
              text: req.body,
              ...(/x-www-form-urlencoded/i.test(reqType)
                ? { params: decodePairs(req.body).map(([name, value]) => ({ name, value })) }
                : {}),
            },
          }
        : {}),
      headersSize: -1,
      bodySize: req.body === undefined ? 0 : utf8Length(req.body),
    },
    response: toResponse(ex.response, ex.networkError),
    cache: {},
    // We only measure the whole round trip: HAR needs send/wait/receive, so it is all "wait".
    timings: { send: 0, wait: time, receive: 0 },
    _explorer: { methodId: ex.methodId, methodSummary: ex.methodSummary, api: ex.api },
  };
}

function toResponse(res: CapturedResponse | undefined, networkError: string | undefined): HarEntry['response'] {
  if (!res) {
    return {
      status: 0,
      statusText: '',
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: [],
      content: { size: 0, mimeType: 'x-unknown', text: '' },
      redirectURL: '',
      headersSize: -1,
      bodySize: -1,
      ...(networkError ? { _error: networkError } : {}),
    };
  }
  return {
    status: res.status,
    statusText: res.statusText,
    httpVersion: 'HTTP/1.1',
    cookies: [],
    headers: res.headers.map(pair),
    content: { size: res.bytes, mimeType: contentType(res.headers) || 'x-unknown', text: res.bodyText },
    redirectURL: res.headers.find((h) => h.name.toLowerCase() === 'location')?.value ?? '',
    headersSize: -1,
    bodySize: res.bytes,
  };
}

function pair(h: Header): HarNameValue {
  return { name: h.name, value: h.value };
}

function contentType(headers: readonly Header[]): string {
  return headers.find((h) => h.name.toLowerCase() === 'content-type')?.value ?? '';
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}
