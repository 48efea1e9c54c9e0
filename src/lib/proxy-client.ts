import type { MethodDef } from '../core/catalog/types';
import type { CapturedResponse, Exchange } from '../core/exchange/types';
import { toProxyCall } from '../core/request/proxy-request';
import { redactHeaders, redactRequest, redactText } from '../core/request/redact';
import type { PreparedRequest } from '../core/request/types';

/**
 * Sends a prepared request through the explorer's proxy and captures the
 * answer. Everything returned is already redacted, so callers can store,
 * show and export it freely.
 */
export async function sendThroughProxy(method: MethodDef, prepared: PreparedRequest): Promise<Exchange> {
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
    const bytes = new Uint8Array(await res.arrayBuffer());
    const durationMs = performance.now() - t0;
    return { ...base, durationMs, response: capture(res, bytes, prepared.secrets) };
  } catch (e) {
    return {
      ...base,
      durationMs: performance.now() - t0,
      networkError: `Could not reach the explorer's proxy (${e instanceof Error ? e.message : String(e)}). Is npm start still running?`,
    };
  }
}

function capture(res: Response, bytes: Uint8Array, secrets: readonly string[]): CapturedResponse {
  const headers = redactHeaders(
    [...res.headers.entries()].map(([name, value]) => ({ name, value })),
    secrets,
  );
  const bodyText = redactText(new TextDecoder().decode(bytes), secrets);
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
    bytes: bytes.byteLength,
    ...(serverTiming ? { serverTiming } : {}),
    ...(proxyError ? { proxyError } : {}),
  };
}
