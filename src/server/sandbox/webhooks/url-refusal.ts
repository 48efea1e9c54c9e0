import { obj, str } from '../../../core/webhooks/account-reader';
import type { IdentifiedCall } from '../../../core/webhooks/call-facts';
import { loopbackTarget } from '../../../core/webhooks/loopback-url';
import type { SandboxResponse } from '../http-types';

/**
 * The hard rule at the door: creating or updating a webhook with a URL that
 * is not loopback is refused before the sandbox stores anything, in the
 * shape each API uses for a bad field (v3: 422 with a pointer to the url;
 * v1: HTTP 200 with `result_code` 0), with the reason and what to use instead.
 */
export function refuseNonLoopbackUrl(call: IdentifiedCall, apiOutput: string | null): SandboxResponse | undefined {
  if (call.methodId === 'v3.webhooks.create' || call.methodId === 'v3.webhooks.update') {
    const url = str(obj(obj(call.facts.body)?.webhook)?.url);
    const target = url === undefined ? undefined : loopbackTarget(url);
    return target && !target.ok ? v3Refusal(target.reason) : undefined;
  }
  if (call.methodId === 'v1.webhook_add' || call.methodId === 'v1.webhook_edit') {
    const url = call.facts.param('url');
    const target = url === undefined ? undefined : loopbackTarget(url);
    return target && !target.ok ? v1Refusal(target.reason, apiOutput === 'json' ? 'json' : 'xml') : undefined;
  }
  return undefined;
}

function v3Refusal(reason: string): SandboxResponse {
  return {
    status: 422,
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
    body: JSON.stringify({
      errors: [
        {
          title: 'The sandbox delivers webhooks to loopback URLs only',
          detail: reason,
          code: 'field_invalid',
          source: { pointer: '/data/attributes/url' },
        },
      ],
    }),
  };
}

function v1Refusal(reason: string, output: 'json' | 'xml'): SandboxResponse {
  if (output === 'json') {
    return {
      status: 200,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ result_code: 0, result_message: reason, result_output: 'json' }),
    };
  }
  const text = reason.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return {
    status: 200,
    headers: { 'Content-Type': 'text/xml; charset=utf-8' },
    body: `<?xml version='1.0' encoding='utf-8'?>\n<root><result_code>0</result_code><result_message>${text}</result_message><result_output>xml</result_output></root>`,
  };
}
