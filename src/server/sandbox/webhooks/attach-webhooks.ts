/**
 * The sandbox fires webhooks as ActiveCampaign does. This module wraps a
 * sandbox's `handle` from the outside and knows nothing of its storage: it
 * recognises each call as a catalog method, reads what it needs through
 * internal GETs (the public API), and delivers after the answer is built.
 * - The API answer never waits for a delivery: deliveries are scheduled for
 *   later and run concurrently, each bounded by the deliverer's timeout.
 * - Each delivery is sent once: no retry, whatever happens.
 * - A 410 answer deactivates the webhook; answers show it (`active: "0"`).
 * - Loopback only: non-loopback URLs are refused at create/update and again
 *   before any delivery (see loopback-url.ts).
 */
import { obj, type Json, type Reader } from '../../../core/webhooks/account-reader';
import { identifyCall, successfulAnswer, type IdentifiedCall } from '../../../core/webhooks/call-facts';
import { encodeBracketForm } from '../../../core/webhooks/bracket-form';
import { heardOn, webhooksOf, type StoredWebhook } from '../../../core/webhooks/fan-out';
import { loopbackTarget } from '../../../core/webhooks/loopback-url';
import type { WebhookEventName } from '../../../core/webhooks/occurrence';
import { deliveryPayload, payloadBody } from '../../../core/webhooks/payload';
import { triggerFor } from '../../../core/webhooks/triggers';
import { isoWithOffset } from '../clock';
import type { SandboxRequest, SandboxResponse } from '../http-types';
import type { Sandbox } from '../sandbox';
import { withActiveFlag } from './active-flag';
import type { Deliverer, DeliveryResult } from './deliverer';
import { refuseNonLoopbackUrl } from './url-refusal';

/** The initiator of every event the sandbox fires: calls reach it only through its API. */
const SOURCE = 'api';
/** Sent with every delivery; ActiveCampaign publishes no signature header, so there is none. */
const DELIVERY_HEADERS = {
  'Content-Type': 'application/x-www-form-urlencoded',
  'User-Agent': 'ActiveCampaign-Sandbox-Webhooks/1.0',
} as const;
/** GET /webhooks is read in pages of this size (the API's own maximum)… */
const PAGE = 100;
/** …up to this many webhooks, a bound against an answer that ignores `offset`. */
const MAX_WEBHOOKS = 10_000;

/** What became of one delivery, for logs and tests. */
export interface DeliveryReport {
  webhookId: string;
  type: WebhookEventName;
  url: string;
  body: string;
  result: DeliveryResult;
}

export interface WebhookOptions {
  /** Sends deliveries; without one nothing is delivered (the URL rule and the `active` flag still apply). */
  deliver?: Deliverer;
  /** Called once per delivery when it is over. */
  onDelivery?: (report: DeliveryReport) => void;
  /** Runs a delivery later; `setImmediate` by default, so the API answer is written first. */
  schedule?: (task: () => void) => void;
  /** The clock for `date_time`. */
  now?: () => Date;
}

/** Makes `sandbox` fire webhooks (replaces its `handle` and `resetData`). */
export function attachWebhooks(sandbox: Sandbox, options: WebhookOptions = {}): void {
  const inner = sandbox.handle.bind(sandbox);
  const resetInner = sandbox.resetData.bind(sandbox);
  const deactivated = new Set<string>();
  // Deliveries still in flight across a data reset must not switch off the new account's webhook of the same id.
  let generation = 0;
  const isActive = (id: string) => !deactivated.has(id);
  const read = internalReader(inner, () => sandbox.apiKey());
  const schedule = options.schedule ?? ((task: () => void) => void setImmediate(task));
  const now = options.now ?? (() => new Date());

  /** One delivery, once: the URL is checked again first, and a 410 switches the webhook off. */
  async function send(deliver: Deliverer, webhook: StoredWebhook, type: WebhookEventName, body: string): Promise<void> {
    const started = generation;
    const target = loopbackTarget(webhook.url);
    let result: DeliveryResult;
    if (!target.ok) {
      result = { refused: target.reason };
    } else {
      try {
        result = await deliver({ url: webhook.url, headers: DELIVERY_HEADERS, body });
      } catch (err) {
        result = { error: err instanceof Error ? err.message : String(err) };
      }
    }
    if ('status' in result && result.status === 410 && started === generation) deactivated.add(webhook.id);
    options.onDelivery?.({ webhookId: webhook.id, type, url: webhook.url, body, result });
  }

  /** Reads what the call's trigger needs before it runs; returns what fires the events from the answer. */
  function prepare(call: IdentifiedCall): ((answer: Json) => void) | undefined {
    const { deliver } = options;
    const trigger = deliver ? triggerFor(call.methodId) : undefined;
    if (!deliver || !trigger) return undefined;
    const listeners = allWebhooks(read).filter(
      (w) => isActive(w.id) && w.sources.includes(SOURCE) && trigger.events.some((e) => w.events.includes(e)),
    );
    if (listeners.length === 0) return undefined;
    const finish = trigger.start(call.facts, memoized(read));
    return (answer) => {
      // One call's reads of the account after it, shared by its events and payloads.
      const readAfter = memoized(read);
      const header = { dateTime: isoWithOffset(now()), source: SOURCE };
      for (const occ of finish(answer, readAfter)) {
        let body: ReturnType<typeof payloadBody> | undefined;
        for (const webhook of listeners) {
          const list = heardOn(webhook, occ, SOURCE);
          if (list === undefined) continue;
          // Read once per event, at the moment it happened, whatever changes before the delivery runs.
          body ??= payloadBody(occ, readAfter);
          const form = encodeBracketForm(deliveryPayload(occ, list, header, body));
          schedule(() => void send(deliver, webhook, occ.type, form));
        }
      }
    };
  }

  sandbox.handle = (req: SandboxRequest): SandboxResponse => {
    const call = authorized(req, sandbox.apiKey()) ? identifyCall(req) : undefined;
    if (!call) return inner(req);
    const refusal = refuseNonLoopbackUrl(call, req.query.get('api_output'));
    if (refusal) return refusal;
    const fire = prepare(call);
    const res = inner(req);
    const answer = successfulAnswer(call, res);
    if (answer) {
      fire?.(answer);
      for (const id of deletedWebhookIds(call)) deactivated.delete(id);
    }
    return withActiveFlag(call.methodId, res, isActive);
  };

  sandbox.resetData = () => {
    resetInner();
    deactivated.clear();
    generation += 1;
  };
}

/** The same key check the sandbox makes: only calls it will serve are looked at. */
function authorized(req: SandboxRequest, key: string): boolean {
  if (req.path === '/admin/api.php') {
    const form = req.method === 'POST' ? new URLSearchParams(req.body) : undefined;
    return (req.query.get('api_key') ?? form?.get('api_key') ?? '') === key;
  }
  return req.headers['api-token'] === key;
}

function internalReader(handle: (req: SandboxRequest) => SandboxResponse, key: () => string): Reader {
  return (path) => {
    const url = new URL(path, 'http://sandbox.invalid');
    const res = handle({
      method: 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: { 'api-token': key() },
      body: '',
    });
    if (res.status !== 200) return undefined;
    try {
      return obj(JSON.parse(res.body));
    } catch {
      return undefined;
    }
  };
}

/** The same path read twice within one phase of one call gives the same answer: read it once. */
function memoized(read: Reader): Reader {
  const seen = new Map<string, Json | undefined>();
  return (path) => {
    if (!seen.has(path)) seen.set(path, read(path));
    return seen.get(path);
  };
}

function allWebhooks(read: Reader): StoredWebhook[] {
  const out: StoredWebhook[] = [];
  for (let offset = 0; offset < MAX_WEBHOOKS; offset += PAGE) {
    const page = webhooksOf(read(`/api/3/webhooks?limit=${PAGE}&offset=${offset}`));
    out.push(...page);
    if (page.length < PAGE) break;
  }
  return out;
}

/** The webhooks a successful delete removed: their ids may be issued again, active. */
function deletedWebhookIds(call: IdentifiedCall): string[] {
  if (call.methodId === 'v3.webhooks.delete') return [call.facts.params.id ?? ''];
  if (call.methodId === 'v1.webhook_delete') return [call.facts.param('id') ?? ''];
  if (call.methodId === 'v1.webhook_delete_list')
    return (call.facts.param('ids') ?? '').split(',').map((s) => s.trim());
  return [];
}
