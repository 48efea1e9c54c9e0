import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { createCallerCheck } from './caller-policy';
import { ProxyError, sendProxyError } from './errors';
import { checkTarget } from './target-policy';
import { classifyUpstreamError, pinnedLookup, systemResolve, type Resolver } from './upstream-lookup';

export type { Resolver } from './upstream-lookup';

/** Named, configurable limits; each has a CLI flag (see cli/args.ts) that the refusal message names. */
export interface ProxyLimits {
  maxRequestBytes: number;
  maxResponseBytes: number;
  connectTimeoutMs: number;
  totalTimeoutMs: number;
}

export const DEFAULT_LIMITS: ProxyLimits = {
  maxRequestBytes: 10 * 1024 * 1024,
  // At least the response viewer's 100 MB ceiling, so the proxy is never the tighter limit.
  maxResponseBytes: 128 * 1024 * 1024,
  connectTimeoutMs: 10_000,
  totalTimeoutMs: 120_000,
};

export const LIMIT_FLAGS: Record<keyof ProxyLimits, string> = {
  maxRequestBytes: '--max-request-bytes',
  maxResponseBytes: '--max-response-bytes',
  connectTimeoutMs: '--connect-timeout-ms',
  totalTimeoutMs: '--total-timeout-ms',
};

export interface ProxyOptions {
  /** Origins (scheme://host:port) the explorer is served from; requests from elsewhere are refused. */
  selfOrigins: () => readonly string[];
  /** Exact extra upstream origins: the sandbox and `--allow-origin` ones. */
  extraOrigins: () => readonly string[];
  limits?: Partial<ProxyLimits>;
  /** Injected in tests to map names to a loopback canary; defaults to the system resolver. */
  resolve?: Resolver;
}

/** Request headers the API needs; everything else (cookies, the explorer's own headers, hop-by-hop) stays behind. */
const FORWARD_REQUEST = ['api-token', 'content-type', 'accept', 'content-length'] as const;
/** Response headers never passed back: hop-by-hop ones, cookies, and anything that could widen what the page may do. */
const DROP_RESPONSE = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'set-cookie',
  'set-cookie2',
  'content-security-policy',
  'x-content-type-options',
  'access-control-allow-origin',
  'access-control-allow-credentials',
  'access-control-allow-headers',
  'access-control-allow-methods',
  'access-control-expose-headers',
]);
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']);

/** Handles `ANY /proxy/<path>?<query>` with the target in `X-Target-Origin`. */
export function createProxyHandler(options: ProxyOptions) {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const resolve = options.resolve ?? systemResolve;
  const checkCaller = createCallerCheck(options.selfOrigins);
  const agents = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };
  // A session talks to one or two targets; parsing the same origin string on every request is wasted work.
  const targetCache = new Map<string | undefined, ReturnType<typeof checkTarget>>();
  let cachedFor: readonly string[] | undefined;
  const checkTargetCached = (raw: string | undefined) => {
    const extraOrigins = options.extraOrigins();
    if (extraOrigins !== cachedFor || targetCache.size > 64) {
      targetCache.clear();
      cachedFor = extraOrigins;
    }
    let result = targetCache.get(raw);
    if (!result) {
      result = checkTarget(raw, { extraOrigins });
      targetCache.set(raw, result);
    }
    return result;
  };
  const tooLarge = (what: string, limit: keyof ProxyLimits) =>
    `The ${what} is larger than the proxy's limit of ${limits[limit]} bytes; raise it with ${LIMIT_FLAGS[limit]}.`;

  return function handleProxy(req: http.IncomingMessage, res: http.ServerResponse): void {
    const started = performance.now();
    const refusal = checkCaller(req);
    if (refusal) return sendProxyError(res, refusal.code, refusal.message);
    const target = checkTargetCached(one(req.headers['x-target-origin']));
    if (!target.ok) return sendProxyError(res, 'target_not_allowed', target.message);
    const malformed = checkShape(req);
    if (malformed) return sendProxyError(res, 'bad_request', malformed);
    if (Number(req.headers['content-length'] ?? 0) > limits.maxRequestBytes) {
      return sendProxyError(res, 'request_too_large', tooLarge('request body', 'maxRequestBytes'), { close: true });
    }

    const { url } = target;
    const secure = url.protocol === 'https:';
    const hostname = url.hostname.replace(/^\[|\]$/g, '');
    const phase = { secure, connected: false };
    const timing = { dnsMs: 0, connectMs: 0 };
    const headers: Record<string, string> = {};
    for (const name of FORWARD_REQUEST) {
      const v = req.headers[name];
      if (typeof v === 'string') headers[name] = v;
    }
    // Everything after `/proxy` is the path as the browser sent it; the target comes only from X-Target-Origin,
    // so `/proxy//other-host/...` is just an odd path on the same host.
    const path = (req.url ?? '').slice('/proxy'.length) || '/';
    let upstream: http.ClientRequest;
    try {
      upstream = (secure ? https : http).request({
        protocol: url.protocol,
        hostname,
        port: url.port || (secure ? 443 : 80),
        method: req.method,
        path: path.startsWith('/') ? path : `/${path}`,
        headers,
        agent: secure ? agents.https : agents.http,
        lookup: pinnedLookup(resolve, target.checkAddress, timing),
        ...(secure && !net.isIP(hostname) ? { servername: hostname } : {}),
      });
    } catch {
      return sendProxyError(
        res,
        'bad_request',
        'The request could not be forwarded as given (invalid path or header).',
      );
    }

    let finished = false;
    let connectTimer: NodeJS.Timeout | undefined;
    const totalTimer = setTimeout(
      () =>
        fail(
          new ProxyError(
            'timeout',
            `No complete answer within ${limits.totalTimeoutMs} ms; raise it with ${LIMIT_FLAGS.totalTimeoutMs}.`,
          ),
        ),
      limits.totalTimeoutMs,
    );
    const settle = () => {
      finished = true;
      clearTimeout(totalTimer);
      clearTimeout(connectTimer);
    };
    function fail(err: unknown, close = false): void {
      if (finished) return;
      settle();
      upstream.destroy();
      const e = classifyUpstreamError(err, phase);
      // Once the status line is out there is no honest way left to report an error but cutting the stream.
      sendProxyError(res, e.code, e.message, { close });
    }

    upstream.on('socket', (socket: net.Socket) => {
      if (!socket.connecting) {
        phase.connected = true;
        return;
      }
      const connectStart = performance.now();
      connectTimer = setTimeout(
        () =>
          fail(
            new ProxyError(
              'timeout',
              `Could not connect within ${limits.connectTimeoutMs} ms; raise it with ${LIMIT_FLAGS.connectTimeoutMs}.`,
            ),
          ),
        limits.connectTimeoutMs,
      );
      socket.once(secure ? 'secureConnect' : 'connect', () => {
        clearTimeout(connectTimer);
        phase.connected = true;
        timing.connectMs = performance.now() - connectStart - timing.dnsMs;
      });
    });
    upstream.on('error', (err) => fail(err));
    upstream.on('response', (answer) => {
      const declared = Number(answer.headers['content-length'] ?? 0);
      if (declared > limits.maxResponseBytes) {
        fail(new ProxyError('response_too_large', tooLarge('response', 'maxResponseBytes')));
        answer.destroy();
        return;
      }
      const out: Record<string, string | string[]> = {};
      const hopByHop = connectionTokens(answer.headers.connection);
      for (const [k, v] of Object.entries(answer.headers)) {
        if (v !== undefined && !DROP_RESPONSE.has(k) && !hopByHop.has(k)) out[k] = v;
      }
      out['content-security-policy'] = 'sandbox';
      out['x-content-type-options'] = 'nosniff';
      out['cache-control'] ??= 'no-store';
      out['server-timing'] =
        `dns;dur=${timing.dnsMs.toFixed(1)}, connect;dur=${timing.connectMs.toFixed(1)}, ttfb;dur=${(performance.now() - started).toFixed(1)}`;
      // The status line goes out with the first body bytes, so a first chunk over the limit still gets a real error.
      const head = () => {
        if (!res.headersSent) res.writeHead(answer.statusCode ?? 502, out);
      };
      let size = 0;
      answer.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > limits.maxResponseBytes) {
          fail(new ProxyError('response_too_large', tooLarge('response', 'maxResponseBytes')));
          answer.destroy();
          return;
        }
        head();
        if (!res.write(chunk)) {
          answer.pause();
          res.once('drain', () => answer.resume());
        }
      });
      answer.on('end', () => {
        if (finished) return;
        settle();
        head();
        res.end();
      });
      answer.on('aborted', () =>
        fail(new ProxyError('upstream_reset', 'The API host closed the connection in the middle of its answer.')),
      );
      answer.on('error', () =>
        fail(new ProxyError('upstream_reset', 'The API host closed the connection in the middle of its answer.')),
      );
    });

    let sent = 0;
    req.on('data', (chunk: Buffer) => {
      sent += chunk.length;
      if (sent > limits.maxRequestBytes) {
        req.pause();
        fail(new ProxyError('request_too_large', tooLarge('request body', 'maxRequestBytes')), true);
        return;
      }
      if (!upstream.write(chunk)) {
        req.pause();
        upstream.once('drain', () => req.resume());
      }
    });
    req.on('end', () => upstream.end());
    res.on('close', () => {
      if (!res.writableFinished) {
        settle();
        upstream.destroy();
      }
    });
  };
}

/** A request the proxy cannot forward faithfully, whatever the target. */
function checkShape(req: http.IncomingMessage): string | undefined {
  if (!METHODS.has(req.method ?? '')) return `The proxy forwards ${[...METHODS].join(', ')}; not ${req.method}.`;
  const length = req.headers['content-length'];
  if (length !== undefined && !/^\d+$/.test(length)) return 'Content-Length is not a number.';
  return undefined;
}

/** Headers named in `Connection:` are hop-by-hop too (RFC 9110 §7.6.1). */
function connectionTokens(value: string | undefined): Set<string> {
  if (!value) return new Set();
  return new Set(value.split(',').map((t) => t.trim().toLowerCase()));
}

function one(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}
