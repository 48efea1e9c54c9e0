/**
 * Loopback-only servers and a raw HTTP client for the proxy's tests. Every
 * listener binds 127.0.0.1; nothing here can send a packet elsewhere.
 */
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { createProxyHandler, type ProxyOptions, type Resolver } from './proxy';

export interface Recorded {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface Running {
  port: number;
  origin: string;
  /** Every TCP connection ever accepted, so a canary can prove it received nothing. */
  connections: () => number;
  close: () => Promise<void>;
}

async function listen(server: net.Server, secureLooking = false): Promise<Running> {
  let count = 0;
  const sockets = new Set<net.Socket>();
  server.on('connection', (s: net.Socket) => {
    count++;
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    origin: `${secureLooking ? 'https' : 'http'}://127.0.0.1:${port}`,
    connections: () => count,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** An HTTP upstream that records what reached it and answers with `handler`. */
export async function startUpstream(
  handler: (req: http.IncomingMessage, res: http.ServerResponse, body: string) => void = (_q, res) => res.end('ok'),
): Promise<Running & { requests: Recorded[] }> {
  const requests: Recorded[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString();
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      handler(req, res, body);
    });
  });
  return { ...(await listen(server)), requests };
}

/** A raw TCP listener (garbage instead of TLS, silence, resets). */
export function startTcp(onSocket: (s: net.Socket) => void): Promise<Running> {
  return listen(net.createServer(onSocket), true);
}

const loopbackOnly: Resolver = () => Promise.resolve({ address: '127.0.0.1', family: 4 });

/** The proxy handler alone on a loopback port, serving itself as the explorer origin. */
export async function startProxy(
  options: Omit<ProxyOptions, 'selfOrigins'>,
): Promise<Running & { request: (r: RawRequest) => Promise<RawResponse> }> {
  const self: string[] = [];
  // Never the system resolver: even if a check regressed, every name would still lead to this machine.
  const handle = createProxyHandler({ resolve: loopbackOnly, ...options, selfOrigins: () => self });
  const server = http.createServer((req, res) => handle(req, res));
  const running = await listen(server);
  self.push(running.origin);
  return { ...running, request: (r) => rawRequest(running.port, r) };
}

export interface RawRequest {
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Send the body in pieces without a Content-Length. */
  chunked?: boolean;
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** The connection was cut before the body was complete. */
  cut: boolean;
}

/** A plain node:http client, because fetch cannot set Host or Sec-Fetch-* headers. */
function rawRequest(port: number, r: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { host: `127.0.0.1:${port}`, ...r.headers };
    if (r.body !== undefined && !r.chunked) headers['content-length'] = String(Buffer.byteLength(r.body));
    const req = http.request({
      host: '127.0.0.1',
      port,
      method: r.method ?? 'GET',
      path: r.path,
      headers,
      agent: false,
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      let cut = false;
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('aborted', () => (cut = true));
      res.on('error', () => (cut = true));
      res.on('close', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString(),
          cut: cut || !res.complete,
        }),
      );
    });
    req.on('error', reject);
    if (r.body !== undefined && r.chunked) {
      const body = Buffer.from(r.body);
      for (let i = 0; i < body.length; i += 16 * 1024) req.write(body.subarray(i, i + 16 * 1024));
    } else if (r.body !== undefined) req.write(r.body);
    req.end();
  });
}

/** A loopback port with nothing listening on it. */
export async function closedPort(): Promise<number> {
  const probe = await listen(net.createServer());
  await probe.close();
  return probe.port;
}

/** Parses a `{"proxyError":{code,message}}` body, or undefined. */
export function proxyErrorOf(res: RawResponse): { code: string; message: string } | undefined {
  try {
    return (JSON.parse(res.body) as { proxyError?: { code: string; message: string } }).proxyError;
  } catch {
    return undefined;
  }
}
