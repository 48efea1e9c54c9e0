import type http from 'node:http';
import { createProxyHandler, type ProxyOptions } from './proxy/proxy';

/** What the SPA learns at start-up: where the built-in sandbox is and its key. */
export interface ExplorerConfig {
  sandbox: { apiUrl: string; apiKey: string } | null;
  version: string;
}

export type Next = (err?: unknown) => void;

/**
 * The explorer's own server routes, shared by `npm start` (plain node:http)
 * and `npm run dev` (Vite middleware), so both behave the same.
 */
export function createExplorerMiddleware(options: ProxyOptions & { config: () => ExplorerConfig }) {
  const proxy = createProxyHandler(options);
  return function explorerMiddleware(req: http.IncomingMessage, res: http.ServerResponse, next: Next): void {
    const url = req.url ?? '/';
    if (url === '/proxy' || url.startsWith('/proxy/') || url.startsWith('/proxy?')) {
      proxy(req, res);
      return;
    }
    if (url === '/explorer-config.json') {
      const body = JSON.stringify(options.config());
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(body);
      return;
    }
    next();
  };
}
