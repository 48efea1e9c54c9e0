import type http from 'node:http';
import type { ProxyErrorCode } from '../../core/proxy-errors';

/** The HTTP status of each proxy refusal (the code list itself lives in core, shared with the UI). */
const STATUS: Record<ProxyErrorCode, number> = {
  target_not_allowed: 403,
  cross_origin: 403,
  bad_host: 421,
  bad_request: 400,
  dns_failed: 502,
  address_not_allowed: 403,
  connect_failed: 502,
  tls_failed: 502,
  timeout: 504,
  upstream_reset: 502,
  response_too_large: 502,
  request_too_large: 413,
};

export class ProxyError extends Error {
  constructor(
    readonly code: ProxyErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Writes `{"proxyError":{code,message}}` with `X-Proxy-Error`, so it is never mistaken for an ActiveCampaign answer. */
export function sendProxyError(
  res: http.ServerResponse,
  code: ProxyErrorCode,
  message: string,
  { close = false }: { close?: boolean } = {},
): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  // `close` when the request body was not read to its end: the connection cannot carry another request.
  if (close) res.shouldKeepAlive = false;
  const body = JSON.stringify({ proxyError: { code, message } });
  res.writeHead(STATUS[code], {
    'Content-Type': 'application/json; charset=utf-8',
    'X-Proxy-Error': code,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(body);
}
