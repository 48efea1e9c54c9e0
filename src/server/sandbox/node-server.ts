import http from 'node:http';
import { createRateLimiter, DEFAULT_REQUESTS_PER_SECOND, type RateLimitOptions } from './rate-limit';
import type { Sandbox } from './sandbox';

/** The largest request body the sandbox reads (ActiveCampaign bodies are small). */
const SANDBOX_MAX_BODY_BYTES = 10 * 1024 * 1024;

/** The limiter's bucket: the limit is per account, shared by every key. */
const ACCOUNT = 'account';

export interface SandboxServerOptions {
  /** Per-account request limit; on (5/s, like ActiveCampaign) unless `false`. */
  rateLimit?: RateLimitOptions | false;
}

/** Adapts a sandbox to `node:http`; `listen` is left to the caller. */
export function createSandboxServer(sandbox: Sandbox, options: SandboxServerOptions = {}): http.Server {
  const limit =
    options.rateLimit === false
      ? undefined
      : createRateLimiter(options.rateLimit ?? { perSecond: DEFAULT_REQUESTS_PER_SECOND });
  const perSecond = options.rateLimit ? options.rateLimit.perSecond : DEFAULT_REQUESTS_PER_SECOND;
  return http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
    const headers: Record<string, string | undefined> = {};
    for (const [k, v] of Object.entries(req.headers)) headers[k] = Array.isArray(v) ? v.join(', ') : v;
    const rateHeaders: Record<string, string> = {};
    if (limit) {
      // The sandbox is one account: every request counts against the same budget, whatever key it presents.
      const decision = limit(ACCOUNT);
      if (!decision.allowed) {
        res
          .writeHead(429, {
            'Content-Type': 'application/json; charset=utf-8',
            'Retry-After': String(decision.retryAfterSeconds),
            'RateLimit-Limit': String(perSecond),
            'RateLimit-Remaining': '0',
          })
          .end(JSON.stringify({ message: `Too Many Requests: at most ${perSecond} requests per second per account.` }));
        req.resume();
        return;
      }
      rateHeaders['RateLimit-Limit'] = String(perSecond);
      rateHeaders['RateLimit-Remaining'] = String(decision.remaining);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > SANDBOX_MAX_BODY_BYTES) {
        res.writeHead(413, { 'Content-Type': 'application/json' }).end('{"message":"Request body too large"}');
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (res.writableEnded) return;
      const answer = sandbox.handle({
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      res.writeHead(answer.status, { ...rateHeaders, ...answer.headers }).end(answer.body);
    });
  });
}
