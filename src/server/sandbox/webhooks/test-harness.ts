/**
 * A sandbox with a recording deliverer, for the webhook tests: calls go in
 * through `handle` exactly as the HTTP server passes them, deliveries are
 * captured (nothing touches the network), and each receiver answer can be
 * chosen per test.
 */
import { WEBHOOK_EVENTS } from '../../../core/catalog/webhook-vocabulary';
import { decodeBracketForm, type FormValue } from '../../../core/webhooks/bracket-form';
import type { SandboxResponse } from '../http-types';
import { createSandbox, type Sandbox } from '../sandbox';
import type { DeliveryReport, WebhookOptions } from './attach-webhooks';
import type { Delivery, DeliveryResult } from './deliverer';

export const TEST_KEY = 'webhook-test-key-0001';
/** A loopback URL nothing listens on: the recording deliverer never connects anywhere. */
export const RECEIVER = 'http://127.0.0.1:9/hooks/test';

export interface Harness {
  sb: Sandbox;
  deliveries: Delivery[];
  reports: DeliveryReport[];
  /** What the receiver answers next (200 by default). */
  answer(result: (d: Delivery) => Promise<DeliveryResult>): void;
  v3(method: string, pathAndQuery: string, body?: unknown, key?: string): SandboxResponse;
  v1(
    action: string,
    params: Record<string, string>,
    options?: { output?: 'json' | 'xml'; method?: string },
  ): SandboxResponse;
  /** JSON body of a v3 or v1-json answer. */
  json(res: SandboxResponse): Record<string, unknown>;
  /** The decoded payloads delivered so far. */
  payloads(): Record<string, FormValue>[];
  types(): string[];
  /** Creates a webhook through the v3 API and returns its id. */
  webhook(fields?: Record<string, unknown>): string;
}

/** `schedule` runs deliveries at once by default, so a test sees them right after the call. */
export function harness(options: Partial<WebhookOptions> = {}): Harness {
  const deliveries: Delivery[] = [];
  const reports: DeliveryReport[] = [];
  let respond: (d: Delivery) => Promise<DeliveryResult> = () => Promise.resolve({ status: 200 });
  const sb = createSandbox({
    apiKey: TEST_KEY,
    baseUrl: 'http://127.0.0.1:1',
    now: () => new Date('2026-02-01T12:00:00Z'),
    webhooks: {
      deliver: (d) => {
        deliveries.push(d);
        return respond(d);
      },
      onDelivery: (r) => reports.push(r),
      schedule: (task) => task(),
      ...options,
    },
  });
  const v3: Harness['v3'] = (method, pathAndQuery, body, key = TEST_KEY) => {
    const url = new URL(pathAndQuery, 'http://x');
    return sb.handle({
      method,
      path: url.pathname,
      query: url.searchParams,
      headers: { 'api-token': key, 'content-type': 'application/json' },
      body: body === undefined ? '' : JSON.stringify(body),
    });
  };
  const v1: Harness['v1'] = (action, params, opts = {}) => {
    const query = new URLSearchParams({ api_action: action, api_key: TEST_KEY, api_output: opts.output ?? 'json' });
    const method = opts.method ?? 'POST';
    const form = new URLSearchParams(params).toString();
    if (method === 'GET') for (const [k, v] of Object.entries(params)) query.set(k, v);
    return sb.handle({
      method,
      path: '/admin/api.php',
      query,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: method === 'GET' ? '' : form,
    });
  };
  const json = (res: SandboxResponse) => JSON.parse(res.body) as Record<string, unknown>;
  const payloads = () => deliveries.map((d) => decodeBracketForm(d.body).value);
  return {
    sb,
    deliveries,
    reports,
    answer: (result) => {
      respond = result;
    },
    v3,
    v1,
    json,
    payloads,
    types: () => payloads().map((p) => String(p.type)),
    webhook: (fields = {}) => {
      const res = v3('POST', '/api/3/webhooks', {
        webhook: { name: 'Test hook', url: RECEIVER, events: [...WEBHOOK_EVENTS], sources: ['api'], ...fields },
      });
      if (res.status !== 201) throw new Error(`webhook not created: ${res.status} ${res.body}`);
      return String((json(res).webhook as { id: string }).id);
    },
  };
}
