import { json, type SandboxRequest, type SandboxResponse } from './http-types';
import { generateApiKey } from './api-key';
import { seedStore } from './seed';
import type { SandboxStore } from './store';
import { handleV1 } from './v1/api-php';
import { v1NotAuthorized } from './v1/envelope';
import { handleV3 } from './engine/routes';
import { attachWebhooks, type WebhookOptions } from './webhooks/attach-webhooks';

export interface SandboxOptions {
  /** The key callers must present (v3 `Api-Token`, v1 `api_key`). */
  apiKey: string;
  /** The origin the sandbox is reached at, used in `links`. */
  baseUrl: string;
  now?: () => Date;
  /** Data to start from (a restored `--data` file); the seeded demo account otherwise. */
  store?: SandboxStore;
  /** Extra deterministic contacts on top of the demo account's 250 (also after "Reset sandbox data"). */
  seedContacts?: number;
  /** Webhook deliveries: nothing is delivered without `webhooks.deliver` (see webhooks/attach-webhooks.ts). */
  webhooks?: WebhookOptions;
}

export interface Sandbox {
  /** The current data; replaced wholesale by `resetData`. */
  readonly store: SandboxStore;
  /** The key currently accepted. */
  apiKey(): string;
  /** Issues a new key; the old one is denied from now on, as after a reset in Settings > Developer. */
  resetKey(newKey?: string): string;
  /** Puts the seeded demo data back. */
  resetData(): void;
  handle(req: SandboxRequest): SandboxResponse;
}

/** Where a script can reset the key of a running sandbox, presenting the current key as `Api-Token`. */
export const RESET_KEY_PATH = '/sandbox-admin/reset-key';

/** Creates an ActiveCampaign-like account in memory; `handle` is transport-free so tests call it directly. */
export function createSandbox(options: SandboxOptions): Sandbox {
  let store = options.store ?? seedStore(options.baseUrl, options.now, options.seedContacts);
  let key = options.apiKey;
  const sandbox: Sandbox = {
    get store() {
      return store;
    },
    apiKey: () => key,
    resetKey(newKey = generateApiKey()) {
      key = newKey;
      return key;
    },
    resetData() {
      store = seedStore(store.baseUrl, options.now, options.seedContacts);
    },
    handle(req) {
      if (req.path === '/admin/api.php') {
        const form = req.method === 'POST' ? new URLSearchParams(req.body) : undefined;
        const given = req.query.get('api_key') ?? form?.get('api_key') ?? '';
        return given === key ? handleV1(store, req) : v1NotAuthorized();
      }
      if (req.path.startsWith('/api/3/') || req.path === '/api/3') {
        // ActiveCampaign refuses a missing or wrong key with 403 (no 401 in v3).
        if (req.headers['api-token'] !== key) return json(403, { message: 'Forbidden' });
        return handleV3(store, req);
      }
      if (req.path === RESET_KEY_PATH) {
        if (req.method !== 'POST') return json(405, { message: 'Use POST.' });
        if (req.headers['api-token'] !== key) return json(403, { message: 'Forbidden' });
        return json(200, { apiKey: sandbox.resetKey() });
      }
      return json(404, {
        message: 'This is the ActiveCampaign API sandbox: v3 lives under /api/3/, v1 at /admin/api.php.',
      });
    },
  };
  // Webhooks wrap `handle` from the outside: they read through the public API and keep their own state.
  attachWebhooks(sandbox, { ...(options.now ? { now: options.now } : {}), ...options.webhooks });
  return sandbox;
}
