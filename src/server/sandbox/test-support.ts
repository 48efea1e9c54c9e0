/**
 * A seeded sandbox driven the way the tests need: `v3(method, path, body)`
 * and `v1(action, params, form)` against `handle`, answers parsed. The
 * clock is fixed (and can be moved) so timestamps are predictable.
 */
import { createSandbox, type Sandbox } from './sandbox';

export const TEST_KEY = 'sandbox-test-key';

export interface TestSandbox {
  sb: Sandbox;
  v3(method: string, path: string, body?: unknown): { status: number; body: Record<string, unknown> };
  /** v1 with `api_output=json`; a form makes it a POST. */
  v1(action: string, params?: Record<string, string>, form?: Record<string, string>): Record<string, unknown>;
  /** Moves the sandbox's clock. */
  setNow(at: Date): void;
}

export function testSandbox(seedContacts = 0): TestSandbox {
  let now = new Date('2026-02-01T12:00:00Z');
  const sb = createSandbox({ apiKey: TEST_KEY, baseUrl: 'http://127.0.0.1:1', now: () => now, seedContacts });
  return {
    sb,
    v3(method, path, body) {
      const url = new URL(path, 'http://x');
      const res = sb.handle({
        method,
        path: url.pathname,
        query: url.searchParams,
        headers: { 'api-token': TEST_KEY },
        body: body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body),
      });
      return { status: res.status, body: JSON.parse(res.body) as Record<string, unknown> };
    },
    v1(action, params = {}, form) {
      const res = sb.handle({
        method: form ? 'POST' : 'GET',
        path: '/admin/api.php',
        query: new URLSearchParams({ api_action: action, api_key: TEST_KEY, api_output: 'json', ...params }),
        headers: {},
        body: form ? new URLSearchParams(form).toString() : '',
      });
      return JSON.parse(res.body) as Record<string, unknown>;
    },
    setNow(at) {
      now = at;
    },
  };
}
