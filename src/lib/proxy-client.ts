import type { MethodDef } from '../core/catalog/types';
import type { CapturedResponse, Exchange } from '../core/exchange/types';
import { toProxyCall } from '../core/request/proxy-request';
import { redactHeaders, redactRequest, redactText } from '../core/request/redact';
import type { PreparedRequest } from '../core/request/types';
import { decodeText } from './decode-text';

export interface SendOptions {
  /**
   * Called with the body's bytes as soon as they arrive, before redaction:
   * only for work that stays in this tab (the response parser), never for storage.
   */
  onBody?: (bytes: ArrayBuffer, contentType: string | undefined) => void;
}

/**
 * Sends a prepared request through the explorer's proxy and captures the
 * answer. Everything returned is already redacted, so callers can store,
 * show and export it freely.
 */
export async function sendThroughProxy(
  method: MethodDef,
  prepared: PreparedRequest,
  options: SendOptions = {},
): Promise<Exchange> {
  const call = toProxyCall(prepared);
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
    const res = await fetch(call.url, {
      method: call.method,
      headers: call.headers,
      ...(call.body !== undefined ? { body: call.body } : {}),
      redirect: 'manual',
      credentials: 'omit',
      cache: 'no-store',
    });
    const bytes = await res.arrayBuffer();
    // The parser can start on the bytes while this thread decodes and renders them.
    options.onBody?.(bytes, res.headers.get('content-type') ?? undefined);
    const durationMs = performance.now() - t0;
    const decoded = await decodeText(bytes);
    const response = capture(res, decoded, bytes.byteLength, prepared.secrets);
    // Nothing was redacted: the bytes, decoded the same way (UTF-8), are exactly the body text.
    if (response.bodyText === decoded) bodyBytes.set(response, bytes);
    return { ...base, durationMs, response };
  } catch (e) {
    return {
      ...base,
      durationMs: performance.now() - t0,
      networkError: `Could not reach the explorer's proxy (${e instanceof Error ? e.message : String(e)}). Is npm start still running?`,
    };
  }
}

const bodyBytes = new WeakMap<CapturedResponse, ArrayBuffer>();

/**
 * The response body's bytes, when they are exactly the redacted body text
 * (nothing secret in them). Absent for bodies that needed redaction or were
 * not captured in this tab (history, imports): callers then use `bodyText`.
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
