import type { APIRequestContext } from '@playwright/test';
import { E2E } from './env';

/** The sandbox's key now: a spec may have reset it (as "Reset sandbox key" does), so ask the explorer. */
export async function currentSandboxKey(request: APIRequestContext): Promise<string> {
  const config = (await (await request.get(`${E2E.explorerUrl}/explorer-config.json`)).json()) as {
    sandbox: { apiKey: string };
  };
  return config.sandbox.apiKey;
}
