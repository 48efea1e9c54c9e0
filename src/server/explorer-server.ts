import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { createExplorerMiddleware } from './explorer-middleware';
import type { ProxyLimits } from './proxy/proxy';
import type { Sandbox } from './sandbox/sandbox';
import type { InboxStore } from './webhook-inbox/inbox-store';

export interface ExplorerServerOptions {
  distDir: string;
  port: number;
  host: string;
  sandbox?: { url: string; instance: Sandbox };
  allowOrigins: readonly string[];
  limits?: ProxyLimits;
  version: string;
  webhookInbox?: InboxStore;
}

/** Serves the built SPA, the proxy and the config endpoint from one node:http server. */
export async function startExplorerServer(
  options: ExplorerServerOptions,
): Promise<{ server: http.Server; url: string }> {
  if (!fs.existsSync(`${options.distDir}/index.html`)) throw new Error(`No build found in ${options.distDir}.`);
  const selfOrigins: string[] = [];
  const middleware = createExplorerMiddleware({
    selfOrigins: () => selfOrigins,
    ...(options.sandbox ? { sandbox: options.sandbox } : {}),
    allowOrigins: options.allowOrigins,
    ...(options.limits ? { limits: options.limits } : {}),
    version: options.version,
    ...(options.webhookInbox ? { webhookInbox: options.webhookInbox } : {}),
  });
  const statics = sirv(options.distDir, { single: true, etag: true, gzip: false, dev: false });
  const server = http.createServer((req, res) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'DENY');
    middleware(req, res, () =>
      statics(req, res, () => {
        // Deep links like /m/v3.contacts.create contain dots, which sirv takes for missing files.
        if ((req.method === 'GET' || req.method === 'HEAD') && !req.url?.startsWith('/assets/')) {
          req.url = '/index.html';
          statics(req, res);
          return;
        }
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      }),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = options.host.includes(':') ? `[${options.host}]` : options.host;
  selfOrigins.push(`http://${shownHost}:${port}`, `http://localhost:${port}`, `http://127.0.0.1:${port}`);
  return { server, url: `http://${shownHost}:${port}` };
}
