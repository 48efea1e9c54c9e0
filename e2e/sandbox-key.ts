import type { APIRequestContext } from '@playwright/test';
import { E2E } from './env';

/** The sandbox's key now: a spec may have reset it (as "Reset sandbox key" does), so ask the explorer. */
export async function currentSandboxKey(request: APIRequestContext): Promise<string> {
  const config = (await (await request.get(`${E2E.explorerUrl}/explorer-config.json`)).json()) as {
    sandbox: { apiKey: string };
  };
  return config.sandbox.apiKey;
}

/**
 * A call straight to the sandbox with its current key, for checks and clean-ups. Its rate limit is per account,
 * shared with the page's own calls, so a 429 is waited out (Retry-After) rather than read as the answer.
 */
export async function askSandbox(
  request: APIRequestContext,
  method: 'GET' | 'DELETE',
  path: string,
): Promise<{ status: number; body: unknown }> {
  const headers = { 'Api-Token': await currentSandboxKey(request) };
  for (let attempt = 0; ; attempt++) {
    const res = await request.fetch(`${E2E.sandboxUrl}${path}`, { method, headers });
    if (res.status() !== 429 || attempt === 5) {
      const text = await res.text();
      return { status: res.status(), body: text === '' ? undefined : (JSON.parse(text) as unknown) };
    }
    await new Promise((resolve) => setTimeout(resolve, Number(res.headers()['retry-after'] ?? '1') * 1000));
  }
}
