import { findMethod } from '../catalog/registry';
import type { MethodDef } from '../catalog/types';
import type { Exchange } from '../exchange/types';
import { buildRequest } from '../request/build-request';
import { redactHeaders, redactRequest, redactText } from '../request/redact';
import type { MethodValues, PreparedRequest } from '../request/types';

/** Test helpers: a catalog method by id, and an exchange captured the way the proxy client captures one. */
export function methodById(id: string): MethodDef {
  const m = findMethod(id);
  if (!m) throw new Error(`missing ${id}`);
  return m;
}

export interface TestCall {
  method: MethodDef;
  values: MethodValues;
  prepared: PreparedRequest;
  exchange: Exchange;
}

export function captureCall(
  id: string,
  values: MethodValues,
  apiKey: string,
  response: { status: number; statusText?: string; body: string; contentType?: string },
): TestCall {
  const method = methodById(id);
  const prepared = buildRequest(method, values, { apiUrl: 'https://acme.api-us1.com', apiKey });
  const secrets = prepared.secrets;
  const exchange: Exchange = {
    methodId: method.id,
    methodSummary: method.summary,
    api: method.api,
    startedAt: '2026-11-26T10:00:00.000Z',
    durationMs: 42.5,
    request: redactRequest(prepared),
    response: {
      status: response.status,
      statusText: response.statusText ?? '',
      headers: redactHeaders([{ name: 'content-type', value: response.contentType ?? 'application/json' }], secrets),
      bodyText: redactText(response.body, secrets),
      bytes: response.body.length,
    },
  };
  return { method, values, prepared, exchange };
}
