import http from 'node:http';
import type { Sandbox } from './sandbox';

/** The largest request body the sandbox reads (ActiveCampaign bodies are small). */
export const SANDBOX_MAX_BODY_BYTES = 10 * 1024 * 1024;

/** Adapts a sandbox to `node:http`; `listen` is left to the caller. */
export function createSandboxServer(sandbox: Sandbox): http.Server {
  return http.createServer((req, res) => {
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
      const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
      const headers: Record<string, string | undefined> = {};
      for (const [k, v] of Object.entries(req.headers)) headers[k] = Array.isArray(v) ? v.join(', ') : v;
      const answer = sandbox.handle({
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      res.writeHead(answer.status, answer.headers).end(answer.body);
    });
  });
}
