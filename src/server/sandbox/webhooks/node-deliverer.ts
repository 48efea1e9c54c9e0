import http from 'node:http';
import https from 'node:https';
import { loopbackTarget } from '../../../core/webhooks/loopback-url';
import type { Deliverer, DeliveryResult } from './deliverer';

/** How long one delivery may take, connection to answer, before it counts as failed (and is not retried). */
const WEBHOOK_DELIVERY_TIMEOUT_MS = 10_000;

type RequestFn = (options: https.RequestOptions, onResponse: (res: http.IncomingMessage) => void) => http.ClientRequest;

export interface NodeDelivererOptions {
  timeoutMs?: number;
  /** The socket openers, replaceable in tests that must prove no connection is attempted. */
  request?: { http: RequestFn; https: RequestFn };
}

/**
 * Delivers over node:http/https to loopback only. The URL is checked again
 * here, by host name and before any socket exists (the sandbox already
 * refused it at create/update; a restored data file may still hold one),
 * and the socket connects to the checked literal: `localhost` becomes
 * 127.0.0.1 without a DNS lookup.
 */
export function createNodeDeliverer(options: NodeDelivererOptions = {}): Deliverer {
  const timeoutMs = options.timeoutMs ?? WEBHOOK_DELIVERY_TIMEOUT_MS;
  const openers = options.request ?? { http: http.request, https: https.request };
  return (delivery) =>
    new Promise<DeliveryResult>((resolve) => {
      const target = loopbackTarget(delivery.url);
      if (!target.ok) {
        resolve({ refused: target.reason });
        return;
      }
      const { url, connectHost } = target;
      const secure = url.protocol === 'https:';
      const open = secure ? openers.https : openers.http;
      const req = open(
        {
          host: connectHost,
          port: url.port || (secure ? 443 : 80),
          method: 'POST',
          path: `${url.pathname}${url.search}`,
          headers: { ...delivery.headers, Host: url.host, 'Content-Length': String(Buffer.byteLength(delivery.body)) },
          // One socket per delivery: a receiver's keep-alive never holds the sandbox's pool.
          agent: false,
          signal: AbortSignal.timeout(timeoutMs),
          ...(url.username ? { auth: `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}` } : {}),
          ...(secure && url.hostname === 'localhost' ? { servername: 'localhost' } : {}),
        },
        (res) => {
          // Only the status matters; the body is read and dropped so the socket can close.
          res.resume();
          resolve({ status: res.statusCode ?? 0 });
        },
      );
      req.on('error', (err: NodeJS.ErrnoException) => {
        const timedOut = err.name === 'AbortError' || err.name === 'TimeoutError';
        resolve({
          error: timedOut
            ? `no answer within ${timeoutMs} ms (WEBHOOK_DELIVERY_TIMEOUT_MS); not retried`
            : `${err.code ?? err.name}: ${err.message}`,
        });
      });
      req.end(delivery.body);
    });
}
