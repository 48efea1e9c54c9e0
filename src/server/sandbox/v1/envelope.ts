import type { V1Output } from '../../../core/request/types';
import type { SandboxResponse } from '../http-types';

/** v1 answers every handled call with HTTP 200; success or failure is in `result_code`. */
export function v1Answer(
  output: V1Output,
  fields: Record<string, unknown>,
  ok: boolean,
  message: string,
): SandboxResponse {
  const payload = { ...fields, result_code: ok ? 1 : 0, result_message: message, result_output: output };
  return output === 'xml'
    ? { status: 200, headers: { 'Content-Type': 'text/xml; charset=utf-8' }, body: toXml(payload) }
    : { status: 200, headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: JSON.stringify(payload) };
}

/** The answer to a missing or wrong `api_key`: XML even when JSON was asked for, as the real API does. */
export function v1NotAuthorized(): SandboxResponse {
  return {
    status: 200,
    headers: { 'Content-Type': 'text/xml; charset=utf-8' },
    body: "<?xml version='1.0' encoding='utf-8'?>\n<root><error>You are not authorized to access this file</error></root>",
  };
}

/** Serialises a v1 payload the way `api_output=xml` does: one element per key under `<root>`. */
function toXml(value: Record<string, unknown>): string {
  return `<?xml version='1.0' encoding='utf-8'?>\n<root>${elements(value)}</root>`;
}

function elements(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return escapeXml(String(value));
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  return entries
    .map(([k, v]) => {
      const tag = /^[A-Za-z_][\w.-]*$/.test(k) ? k : `row`;
      return `<${tag}>${elements(v)}</${tag}>`;
    })
    .join('');
}

function escapeXml(s: string): string {
  return s.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c,
  );
}
