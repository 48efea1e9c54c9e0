import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type net from 'node:net';
import { isForbiddenAddress } from './address-policy';
import { ProxyError, sendProxyError } from './errors';
import { checkTarget } from './target-policy';

/** Named, configurable limits (issue: every limit has a name and a flag). */
export interface ProxyLimits {
  maxRequestBytes: number;
  maxResponseBytes: number;
  connectTimeoutMs: number;
  totalTimeoutMs: number;
}

export const DEFAULT_LIMITS: ProxyLimits = {
  maxRequestBytes: 10 * 1024 * 1024,
  maxResponseBytes: 128 * 1024 * 1024,
  connectTimeoutMs: 10_000,
  totalTimeoutMs: 120_000,
};

export type Resolver = (hostname: string) => Promise<{ address: string; family: number }>;

export interface ProxyOptions {
  /** Origins (scheme://host:port) the explorer is served from; requests from elsewhere are refused. */
  selfOrigins: () => readonly string[];
  /** Exact extra upstream origins: the sandbox and `--allow-origin` ones. Their addresses are not checked. */
  extraOrigins: () => readonly string[];
  limits?: Partial<ProxyLimits>;
  /** Injected in tests to map names to a loopback canary; defaults to the system resolver. */
  resolve?: Resolver;
}

/** Request headers the API needs; everything else (cookies, auth of the explorer, hop-by-hop) stays behind. */
const FORWARD_REQUEST = ['api-token', 'content-type', 'accept'];
/** Response headers never passed back: hop-by-hop ones and cookies. */
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
  'access-control-allow-origin',
  'access-control-allow-credentials',
]);

const systemResolve: Resolver = (hostname) => dns.promises.lookup(hostname, { verbatim: true });

/** Handles `ANY /proxy/<path>?<query>` with the target in `X-Target-Origin`. */
export function createProxyHandler(options: ProxyOptions) {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const resolve = options.resolve ?? systemResolve;
  const agents = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };

  return function handleProxy(req: http.IncomingMessage, res: http.ServerResponse): void {
    const started = process.hrtime.bigint();
    const refusal = checkCaller(req, options.selfOrigins());
    if (refusal) return sendProxyError(res, refusal.code, refusal.message);
    const target = checkTarget(header(req, 'x-target-origin'), { extraOrigins: options.extraOrigins() });
    if (!target.ok) return sendProxyError(res, 'target_not_allowed', target.message);
    const declared = Number(header(req, 'content-length') ?? 0);
    if (declared > limits.maxRequestBytes) {
      return sendProxyError(
        res,
        'request_too_large',
        tooLarge('request', limits.maxRequestBytes, '--max-request-bytes'),
      );
    }
    const upstreamPath = (req.url ?? '/').replace(/^\/proxy(?=\/|\?|$)/, '') || '/';
    if (!upstreamPath.startsWith('/'))
      return sendProxyError(res, 'bad_request', 'The proxied path must start with /proxy/.');

    const { url } = target;
    const secure = url.protocol === 'https:';
    const timing = { dnsMs: 0, connectMs: 0 };
    const lookup = pinnedLookup(resolve, !target.explicit, timing);
    const headers: Record<string, string> = {};
    for (const name of FORWARD_REQUEST) {
      const v = header(req, name);
      if (v !== undefined) headers[name] = v;
    }
    const upstream = (secure ? https : http).request({
      protocol: url.protocol,
      hostname: url.hostname.replace(/^\[|\]$/g, ''),
      port: url.port || (secure ? 443 : 80),
      method: req.method,
      path: upstreamPath,
      headers,
      agent: secure ? agents.https : agents.http,
      lookup,
      servername: secure ? url.hostname : undefined,
    });

    const totalTimer = setTimeout(
      () =>
        fail(new ProxyError('timeout', `No complete answer within ${limits.totalTimeoutMs} ms (--total-timeout-ms).`)),
      limits.totalTimeoutMs,
    );
    let finished = false;
    function fail(err: unknown): void {
      if (finished) return;
      finished = true;
      clearTimeout(totalTimer);
      upstream.destroy();
      const e = classify(err);
      sendProxyError(res, e.code, e.message);
    }

    upstream.on('socket', (socket: net.Socket) => {
      const connectStart = process.hrtime.bigint();
      const connectTimer = setTimeout(
        () =>
          fail(
            new ProxyError('timeout', `Could not connect within ${limits.connectTimeoutMs} ms (--connect-timeout-ms).`),
          ),
        limits.connectTimeoutMs,
      );
      const connected = () => {
        clearTimeout(connectTimer);
        timing.connectMs = ms(connectStart) - timing.dnsMs;
      };
      if (socket.connecting) socket.once(secure ? 'secureConnect' : 'connect', connected);
      else connected();
    });
    upstream.on('error', fail);
    upstream.on('response', (answer) => {
      const ttfb = ms(started);
      const out: Record<string, string | string[]> = {};
      for (const [k, v] of Object.entries(answer.headers)) if (v !== undefined && !DROP_RESPONSE.has(k)) out[k] = v;
      out['content-security-policy'] = 'sandbox';
      out['x-content-type-options'] = 'nosniff';
      out['server-timing'] =
        `dns;dur=${timing.dnsMs.toFixed(1)}, connect;dur=${timing.connectMs.toFixed(1)}, ttfb;dur=${ttfb.toFixed(1)}`;
      res.writeHead(answer.statusCode ?? 502, answer.statusMessage, out);
      let size = 0;
      answer.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > limits.maxResponseBytes) {
          finished = true;
          clearTimeout(totalTimer);
          answer.destroy();
          res.destroy(); // headers are gone; cutting the stream is the only honest signal left
          return;
        }
        if (!res.write(chunk)) {
          answer.pause();
          res.once('drain', () => answer.resume());
        }
      });
      answer.on('end', () => {
        finished = true;
        clearTimeout(totalTimer);
        res.end();
      });
      answer.on('aborted', () =>
        fail(new ProxyError('upstream_reset', 'The upstream closed the connection mid-body.')),
      );
      answer.on('error', () => fail(new ProxyError('upstream_reset', 'The upstream closed the connection mid-body.')));
    });

    let sent = 0;
    req.on('data', (chunk: Buffer) => {
      sent += chunk.length;
      if (sent > limits.maxRequestBytes) {
        fail(new ProxyError('request_too_large', tooLarge('request', limits.maxRequestBytes, '--max-request-bytes')));
        req.destroy();
        return;
      }
      upstream.write(chunk);
    });
    req.on('end', () => upstream.end());
    res.on('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
  };
}

/** Refuses callers that are not the explorer itself (other websites, DNS rebinding). */
export function checkCaller(req: http.IncomingMessage, selfOrigins: readonly string[]): ProxyError | undefined {
  const host = header(req, 'host');
  const hosts = selfOrigins.map((o) => new URL(o).host);
  if (!host || !hosts.includes(host)) {
    return new ProxyError(
      'bad_host',
      `Host ${host ?? '(none)'} is not this explorer's; open it at ${selfOrigins[0] ?? ''}.`,
    );
  }
  if (header(req, 'sec-fetch-site') === 'cross-site') {
    return new ProxyError('cross_origin', 'Requests from other websites are refused.');
  }
  const origin = header(req, 'origin');
  if (origin !== undefined && !selfOrigins.includes(origin)) {
    return new ProxyError(
      'cross_origin',
      `Requests from ${origin} are refused; only the explorer's own pages may use the proxy.`,
    );
  }
  return undefined;
}

/**
 * A `lookup` for `http.request` that resolves once, refuses forbidden
 * addresses, and hands the checked address to the socket, so nothing can
 * re-resolve between the check and the connection.
 */
function pinnedLookup(resolve: Resolver, checkAddress: boolean, timing: { dnsMs: number }): net.LookupFunction {
  return (hostname, _options, callback) => {
    const start = process.hrtime.bigint();
    resolve(hostname).then(
      ({ address, family }) => {
        timing.dnsMs = ms(start);
        if (checkAddress && isForbiddenAddress(address)) {
          const err = new ProxyError(
            'address_not_allowed',
            `${hostname} resolves to ${address}, a private or local address; refused.`,
          );
          callback(err as NodeJS.ErrnoException, '', 0);
          return;
        }
        callback(null, address, family);
      },
      (err: NodeJS.ErrnoException) => {
        callback(
          new ProxyError(
            'dns_failed',
            `Could not resolve ${hostname} (${err.code ?? 'DNS error'}).`,
          ) as NodeJS.ErrnoException,
          '',
          0,
        );
      },
    );
  };
}

function classify(err: unknown): ProxyError {
  if (err instanceof ProxyError) return err;
  const e = err as NodeJS.ErrnoException;
  const code = e.code ?? '';
  if (code === 'ECONNREFUSED' || code === 'EHOSTUNREACH' || code === 'ENETUNREACH') {
    return new ProxyError('connect_failed', `Could not connect to the API host (${code}).`);
  }
  if (code === 'ECONNRESET' || code === 'EPIPE')
    return new ProxyError('upstream_reset', `The upstream reset the connection (${code}).`);
  if (code.startsWith('ERR_TLS') || code.includes('CERT') || code.startsWith('ERR_SSL')) {
    return new ProxyError('tls_failed', `TLS handshake with the API host failed (${code}).`);
  }
  return new ProxyError('connect_failed', `The request to the API host failed (${code || e.message}).`);
}

function header(req: http.IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function tooLarge(what: string, limit: number, flag: string): string {
  return `The ${what} is larger than the proxy's limit of ${limit} bytes; raise it with ${flag}.`;
}
