import type { CapturedResponse, Exchange } from '../exchange/types';
import { REDACTED } from '../request/redact';
import { markPlaceholders, withKind, type MarkedText } from './marked-text';

export interface MarkedHeader {
  name: string;
  value: MarkedText;
}

interface MarkedResponse extends Omit<CapturedResponse, 'headers' | 'bodyText' | 'proxyError'> {
  headers: MarkedHeader[];
  bodyText: MarkedText;
  proxyError?: { code: string; message: MarkedText };
}

/** An exchange whose every text knows where its redactions are. */
export interface MarkedExchange extends Omit<Exchange, 'request' | 'response' | 'networkError'> {
  request: {
    method: Exchange['request']['method'];
    url: MarkedText;
    headers: MarkedHeader[];
    body?: MarkedText;
  };
  response?: MarkedResponse;
  networkError?: MarkedText;
}

/** Where the key itself goes: v3's `Api-Token` header and v1's `api_key` query parameter. */
const KEY_HEADER = 'api-token';
const KEY_IN_URL = /([?&]api_key=)\[REDACTED\]/g;

/**
 * Marks the redactions the capture already made. The proxy client replaces
 * every secret with "[REDACTED]" before anything else sees the exchange, so
 * the placeholder is the record of where a secret was: in the key's own
 * places it is the API key; elsewhere it is a secret (the key echoed back or
 * a secret parameter).
 */
export function markCaptured(ex: Exchange): MarkedExchange {
  const secret = (text: string) => markPlaceholders(text, REDACTED, 'secret');
  const req = ex.request;
  const res = ex.response;
  return {
    methodId: ex.methodId,
    methodSummary: ex.methodSummary,
    api: ex.api,
    startedAt: ex.startedAt,
    durationMs: ex.durationMs,
    request: {
      method: req.method,
      url: markUrl(req.url),
      headers: req.headers.map((h) => {
        const value = secret(h.value);
        return { name: h.name, value: h.name.toLowerCase() === KEY_HEADER ? withKind(value, 'key') : value };
      }),
      ...(req.body !== undefined ? { body: secret(req.body) } : {}),
    },
    ...(res
      ? {
          response: {
            status: res.status,
            statusText: res.statusText,
            headers: res.headers.map((h) => ({ name: h.name, value: secret(h.value) })),
            bodyText: secret(res.bodyText),
            bytes: res.bytes,
            ...(res.serverTiming !== undefined ? { serverTiming: res.serverTiming } : {}),
            ...(res.proxyError
              ? { proxyError: { code: res.proxyError.code, message: secret(res.proxyError.message) } }
              : {}),
          },
        }
      : {}),
    ...(ex.networkError !== undefined ? { networkError: secret(ex.networkError) } : {}),
  };
}

function markUrl(url: string): MarkedText {
  const m = markPlaceholders(url, REDACTED, 'secret');
  const keyAt = new Set([...url.matchAll(KEY_IN_URL)].map((x) => x.index + (x[1] ?? '').length));
  if (keyAt.size === 0) return m;
  return { text: m.text, marks: m.marks.map((x) => (keyAt.has(x.start) ? { ...x, kind: 'key' } : x)) };
}

/** Applies `fn` to every text of the exchange: URL, header values, bodies and error messages. */
export function mapTexts(ex: MarkedExchange, fn: (text: MarkedText) => MarkedText): MarkedExchange {
  const req = ex.request;
  const res = ex.response;
  const headers = (hs: readonly MarkedHeader[]) => hs.map((h) => ({ name: h.name, value: fn(h.value) }));
  return {
    ...ex,
    request: {
      ...req,
      url: fn(req.url),
      headers: headers(req.headers),
      ...(req.body !== undefined ? { body: fn(req.body) } : {}),
    },
    ...(res
      ? {
          response: {
            ...res,
            headers: headers(res.headers),
            bodyText: fn(res.bodyText),
            ...(res.proxyError ? { proxyError: { ...res.proxyError, message: fn(res.proxyError.message) } } : {}),
          },
        }
      : {}),
    ...(ex.networkError !== undefined ? { networkError: fn(ex.networkError) } : {}),
  };
}

/** The plain exchange (for HAR and the JSON download): the same texts without their marks. */
export function plainExchange(ex: MarkedExchange): Exchange {
  const req = ex.request;
  const res = ex.response;
  const headers = (hs: readonly MarkedHeader[]) => hs.map((h) => ({ name: h.name, value: h.value.text }));
  return {
    methodId: ex.methodId,
    methodSummary: ex.methodSummary,
    api: ex.api,
    startedAt: ex.startedAt,
    durationMs: ex.durationMs,
    request: {
      method: req.method,
      url: req.url.text,
      headers: headers(req.headers),
      ...(req.body !== undefined ? { body: req.body.text } : {}),
    },
    ...(res
      ? {
          response: {
            status: res.status,
            statusText: res.statusText,
            headers: headers(res.headers),
            bodyText: res.bodyText.text,
            bytes: res.bytes,
            ...(res.serverTiming !== undefined ? { serverTiming: res.serverTiming } : {}),
            ...(res.proxyError
              ? { proxyError: { code: res.proxyError.code, message: res.proxyError.message.text } }
              : {}),
          },
        }
      : {}),
    ...(ex.networkError !== undefined ? { networkError: ex.networkError.text } : {}),
  };
}
