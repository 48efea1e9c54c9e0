import type http from 'node:http';
import { sendProxyError } from './proxy/errors';
import { createCallerCheck } from './proxy/caller-policy';
import { createProxyHandler, type ProxyOptions } from './proxy/proxy';
import type { Sandbox } from './sandbox/sandbox';
import { createInboxStore, type InboxStore } from './webhook-inbox/inbox-store';
import { createWebhookInboxRoutes } from './webhook-inbox/inbox-routes';

/** What the SPA learns at start-up: where the built-in sandbox is and its key. */
export interface ExplorerConfig {
  sandbox: { apiUrl: string; apiKey: string } | null;
  version: string;
}

export type Next = (err?: unknown) => void;

export interface ExplorerMiddlewareOptions extends Omit<ProxyOptions, 'extraOrigins'> {
  /** The sandbox this process started, if any; its origin is always an allowed target. */
  sandbox?: { url: string; instance: Sandbox };
  /** Origins allowed with --allow-origin / EXPLORER_ALLOW_ORIGINS. */
  allowOrigins: readonly string[];
  version: string;
  /** The webhook inbox's deliveries (memory only when left out). */
  webhookInbox?: InboxStore;
}

/**
 * The explorer's own server routes, shared by `npm start` (plain node:http)
 * and `npm run dev` (Vite middleware), so both behave the same.
 */
export function createExplorerMiddleware(options: ExplorerMiddlewareOptions) {
  const { sandbox } = options;
  const extraOrigins = [...(sandbox ? [sandbox.url] : []), ...options.allowOrigins];
  const proxy = createProxyHandler({
    ...options,
    // One array for the life of the server: the proxy caches target checks per list.
    extraOrigins: () => extraOrigins,
  });
  const checkCaller = createCallerCheck(options.selfOrigins);
  const inboxRoutes = createWebhookInboxRoutes({
    store: options.webhookInbox ?? createInboxStore(),
    selfOrigins: options.selfOrigins,
    checkCaller,
  });
  const config = (): ExplorerConfig => ({
    sandbox: sandbox ? { apiUrl: sandbox.url, apiKey: sandbox.instance.apiKey() } : null,
    version: options.version,
  });
  const admin: Record<string, (s: Sandbox) => unknown> = {
    '/explorer-api/sandbox/reset-key': (s) => ({ apiKey: s.resetKey() }),
    '/explorer-api/sandbox/reset-data': (s) => {
      s.resetData();
      return { ok: true };
    },
  };

  return function explorerMiddleware(req: http.IncomingMessage, res: http.ServerResponse, next: Next): void {
    const url = req.url ?? '/';
    if (url === '/proxy' || url.startsWith('/proxy/') || url.startsWith('/proxy?')) {
      proxy(req, res);
      return;
    }
    if (inboxRoutes(req, res)) return;
    if (url === '/explorer-config.json') {
      // It carries the sandbox key: a DNS-rebound name (foreign Host) must not read it.
      const refusal = checkCaller(req);
      if (refusal) return sendProxyError(res, refusal.code, refusal.message);
      sendJson(res, 200, config());
      return;
    }
    const action = admin[url];
    if (action) {
      // Same guards as the proxy: only the explorer's own pages may reset the sandbox.
      const refusal = checkCaller(req);
      if (refusal) return sendProxyError(res, refusal.code, refusal.message);
      if (req.method !== 'POST') return sendJson(res, 405, { message: 'Use POST.' });
      if (!sandbox) return sendJson(res, 404, { message: 'This server runs without a sandbox.' });
      sendJson(res, 200, action(sandbox.instance));
      return;
    }
    next();
  };
}

function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(JSON.stringify(value));
}
