import type http from 'node:http';
import { INBOX_FEED_PATH, type InboxEvent } from '../../core/webhooks/inbox-wire';
import { sendProxyError, type ProxyError } from '../proxy/errors';
import type { InboxStore } from './inbox-store';
import { readCappedBody } from './read-capped-body';
import { decideDelivery, isReceiverPath } from './receiver-rules';

/** A comment line on idle streams, so nothing between the page and the server closes them as dead. */
const HEARTBEAT_MS = 15_000;
/** How soon a dropped stream comes back (EventSource's `retry`): deliveries must show within a second. */
const RECONNECT_MS = 500;

export interface WebhookInboxRoutesOptions {
  store: InboxStore;
  /** The explorer's own origins: a page of the explorer may post, no other site may. */
  selfOrigins: () => readonly string[];
  /** The explorer's caller check (Host, Origin, Sec-Fetch-Site), guarding the feed like the config endpoint. */
  checkCaller: (req: http.IncomingMessage) => ProxyError | undefined;
}

function reply(res: http.ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  const body = JSON.stringify(value);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Content-Length': String(Buffer.byteLength(body)),
    ...headers,
  });
  res.end(body);
}

/** After answering, a body that was not read to its end is not read at all: the connection is closed. */
function closeUnreadBody(req: http.IncomingMessage, res: http.ServerResponse): void {
  res.shouldKeepAlive = false;
  res.once('finish', () => {
    if (!req.complete) req.socket.destroy();
  });
}

/**
 * The inbox's HTTP side: the receiver (`/webhooks/inbox/<name>`, for any
 * sender) and the feed (`/explorer-api/webhooks…`, for the explorer's pages
 * only). Returns false for paths that are neither.
 */
export function createWebhookInboxRoutes(options: WebhookInboxRoutesOptions) {
  const { store } = options;
  const { limits } = store;
  let streams = 0;

  async function receive(req: http.IncomingMessage, res: http.ServerResponse, target: string): Promise<void> {
    const decision = decideDelivery(
      {
        method: req.method ?? '',
        target,
        contentType: req.headers['content-type'],
        origin: req.headers.origin,
        secFetchSite: single(req.headers['sec-fetch-site']),
      },
      options.selfOrigins(),
    );
    if (!decision.ok) {
      closeUnreadBody(req, res);
      reply(res, decision.status, { message: decision.message }, decision.headers);
      return;
    }
    if (!store.hasRoomFor(decision.inbox)) {
      closeUnreadBody(req, res);
      reply(res, 507, {
        message: `The inbox holds deliveries for ${limits.maxInboxes} names already (the limit); clear one in the explorer or post to one of them.`,
      });
      return;
    }
    const body = await readCappedBody(req, limits);
    if (body.kind === 'aborted') return;
    if (body.kind === 'timeout') {
      closeUnreadBody(req, res);
      reply(res, 408, { message: `The body did not arrive within ${limits.bodyTimeoutMs} ms; nothing was kept.` });
      return;
    }
    const summary = store.add({
      inbox: decision.inbox,
      target,
      rawHeaders: req.rawHeaders,
      body: body.bytes,
      truncated: body.truncated,
    });
    // The receipt names the delivery; it echoes nothing the sender wrote.
    const receipt = {
      id: summary.id,
      inbox: summary.inbox,
      bytes: summary.bytes,
      truncated: summary.truncated,
      ...(summary.duplicateOf ? { duplicateOf: summary.duplicateOf } : {}),
    };
    if (body.cutOff) closeUnreadBody(req, res);
    if (body.truncated) {
      reply(res, 413, {
        ...receipt,
        message: `The body is over the inbox's limit of ${limits.maxBodyBytes.toLocaleString('en-US')} bytes: its start was kept, flagged as cut.`,
      });
    } else {
      reply(res, 200, receipt);
    }
  }

  function stream(req: http.IncomingMessage, res: http.ServerResponse): void {
    if (streams >= limits.maxStreams) {
      reply(res, 503, { message: `Too many open inbox streams (${limits.maxStreams}); close some explorer tabs.` });
      return;
    }
    streams++;
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      // Proxies in front of a dev server must not hold events back.
      'X-Accel-Buffering': 'no',
    });
    const send = (event: InboxEvent) => res.write(`data: ${JSON.stringify(event)}\n\n`);
    res.write(`retry: ${RECONNECT_MS}\n\n`);
    send({ kind: 'snapshot', snapshot: store.snapshot() });
    const unsubscribe = store.subscribe(send);
    const heartbeat = setInterval(() => res.write(': still here\n\n'), HEARTBEAT_MS);
    res.once('close', () => {
      streams--;
      clearInterval(heartbeat);
      unsubscribe();
    });
  }

  function feed(req: http.IncomingMessage, res: http.ServerResponse, path: string, query: URLSearchParams): void {
    // Deliveries are the user's data: a DNS-rebound name or another site must not read or clear them.
    const refusal = options.checkCaller(req);
    if (refusal) return sendProxyError(res, refusal.code, refusal.message);
    const rest = path.slice(INBOX_FEED_PATH.length);
    const method = req.method ?? 'GET';
    if (rest === '/clear') {
      if (method !== 'POST') return reply(res, 405, { message: 'Use POST to clear the inbox.' }, { Allow: 'POST' });
      const inbox = query.get('inbox') ?? undefined;
      return reply(res, 200, { cleared: store.clear(inbox) });
    }
    if (method !== 'GET') return reply(res, 405, { message: `Use GET on ${path}.` }, { Allow: 'GET' });
    if (rest === '' || rest === '/') return reply(res, 200, store.snapshot());
    if (rest === '/stream') return stream(req, res);
    const id = /^\/deliveries\/([0-9]{1,12})$/.exec(rest)?.[1];
    const delivery = id === undefined ? undefined : store.get(id);
    if (delivery) return reply(res, 200, delivery);
    return reply(res, 404, {
      message: id === undefined ? `No inbox route ${path}.` : `No delivery ${id}: it was cleared or dropped.`,
    });
  }

  return function handleWebhookInbox(req: http.IncomingMessage, res: http.ServerResponse): boolean {
    const target = req.url ?? '/';
    if (isReceiverPath(target)) {
      receive(req, res, target).catch((err: unknown) => {
        console.error('Webhook inbox:', err instanceof Error ? err.message : String(err));
        if (!res.headersSent) reply(res, 500, { message: 'The inbox could not keep this delivery.' });
        else res.destroy();
      });
      return true;
    }
    const url = new URL(target, 'http://explorer.invalid');
    if (url.pathname === INBOX_FEED_PATH || url.pathname.startsWith(`${INBOX_FEED_PATH}/`)) {
      feed(req, res, url.pathname, url.searchParams);
      return true;
    }
    return false;
  };
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
