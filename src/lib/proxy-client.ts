import type { MethodDef } from '../core/catalog/types';
import type { CapturedResponse, Exchange } from '../core/exchange/types';
import { toProxyCall } from '../core/request/proxy-request';
import { redactHeaders, redactRequest, redactText } from '../core/request/redact';
import type { PreparedRequest } from '../core/request/types';
import type { GuardedConnection } from '../core/safety/decide';
import { budgetFor } from './rate-budget';
import { readBody } from './read-body';
import { passSafetyRails, type Approval } from './safety-gate';

export interface SendOptions {
  /**
   * Called with the body's bytes before the exchange is returned, when they are
   * exactly its (redacted) body text, so the response parser can start on them
   * while the page renders. The callee may take them over (transfer them to a
   * worker); `bodyBytesOf` then still identifies them.
   */
  onBody?: (bytes: ArrayBuffer, contentType: string | undefined) => void;
  /** Cancels the call, also while it waits for the rate budget; the exchange then says it was cancelled. */
  signal?: AbortSignal;
  /** A yes given once for several calls (`approveCalls`, for recipes): covered calls do not ask again. */
  approval?: Approval;
}

/**
 * Sends a prepared request through the explorer's proxy and captures the
 * answer. Everything returned is already redacted, so callers can store,
 * show and export it freely. `connection` is the one `prepared` was built
 * for: the safety rails decide on it first, and reject with `NotSentError`
 * (nothing sent, nothing to record) when a call is refused or not confirmed.
 */
export async function sendThroughProxy(
  method: MethodDef,
  prepared: PreparedRequest,
  connection: GuardedConnection,
  options: SendOptions = {},
): Promise<Exchange> {
  await passSafetyRails(method, prepared, connection, options);
  const startedAt = new Date().toISOString();
  const t0 = performance.now();
  const base = {
    methodId: method.id,
    methodSummary: method.summary,
    api: method.api,
    startedAt,
    request: redactRequest(prepared),
  };
  try {
    const res = await proxyFetch(prepared, options.signal);
    const bytes = await readBody(res);
    const durationMs = performance.now() - t0;
    // One allocation for the text: decoding in slices and joining them cost twice the memory and time.
    const decoded = new TextDecoder().decode(bytes);
    const response = capture(res, decoded, bytes.byteLength, prepared.secrets);
    if (response.bodyText === decoded) {
      // Nothing was redacted: the bytes, decoded the same way (UTF-8), are exactly the body text.
      bodyBytes.set(response, bytes);
      options.onBody?.(bytes, res.headers.get('content-type') ?? undefined);
    }
    return { ...base, durationMs, response };
  } catch (e) {
    if (options.signal?.aborted) {
      return {
        ...base,
        durationMs: performance.now() - t0,
        networkError: 'Cancelled before the answer arrived. The request may still have reached ActiveCampaign.',
      };
    }
    return {
      ...base,
      durationMs: performance.now() - t0,
      networkError: `Could not reach the explorer's proxy (${e instanceof Error ? e.message : String(e)}). Is npm start still running?`,
    };
  }
}

/**
 * The one place a call leaves the browser: it waits its turn in the account's
 * rate budget (one per origin, shared by every tab), then goes to the proxy.
 * Rejects when the proxy cannot be reached or `signal` aborts.
 */
async function proxyFetch(prepared: PreparedRequest, signal?: AbortSignal): Promise<Response> {
  const call = toProxyCall(prepared);
  const ticket = await budgetFor(new URL(prepared.url).origin).acquire(signal);
  try {
    const res = await fetch(call.url, {
      method: call.method,
      headers: call.headers,
      ...(call.body !== undefined ? { body: call.body } : {}),
      redirect: 'manual',
      credentials: 'omit',
      cache: 'no-store',
      ...(signal ? { signal } : {}),
    });
    // The call has reached the server once its headers are back: its slot runs out one window after this.
    void ticket.finish({ status: res.status, header: (name) => res.headers.get(name) });
    return res;
  } catch (e) {
    void ticket.finish();
    throw e;
  }
}

const bodyBytes = new WeakMap<CapturedResponse, ArrayBuffer>();

/**
 * The response body's bytes, when they are exactly the redacted body text
 * (nothing secret in them). Absent for bodies that needed redaction or were
 * not captured in this tab (history, imports): callers then use `bodyText`.
 * The buffer may have been handed to the parser worker (then it is empty
 * here): it still names the body for `openLargeBody` and `bodyBlob`.
 */
export function bodyBytesOf(response: CapturedResponse): ArrayBuffer | undefined {
  return bodyBytes.get(response);
}

function capture(res: Response, decoded: string, byteLength: number, secrets: readonly string[]): CapturedResponse {
  const headers = redactHeaders(
    [...res.headers.entries()].map(([name, value]) => ({ name, value })),
    secrets,
  );
  const bodyText = redactText(decoded, secrets);
  const proxyCode = res.headers.get('x-proxy-error');
  let proxyError: CapturedResponse['proxyError'];
  if (proxyCode) {
    try {
      const parsed = JSON.parse(bodyText) as { proxyError?: { message?: string } };
      proxyError = { code: proxyCode, message: parsed.proxyError?.message ?? '' };
    } catch {
      proxyError = { code: proxyCode, message: bodyText };
    }
  }
  const serverTiming = res.headers.get('server-timing');
  return {
    status: res.status,
    statusText: res.statusText,
    headers,
    bodyText,
    bytes: byteLength,
    ...(serverTiming ? { serverTiming } : {}),
    ...(proxyError ? { proxyError } : {}),
  };
}
