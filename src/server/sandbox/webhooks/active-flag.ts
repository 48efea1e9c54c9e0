import { obj, str, type Json } from '../../../core/webhooks/account-reader';
import type { SandboxResponse } from '../http-types';

/** The webhook answers that show whether each webhook still delivers. */
const V3_ANSWERS = new Set(['v3.webhooks.list', 'v3.webhooks.get', 'v3.webhooks.create', 'v3.webhooks.update']);
const V1_ANSWERS = new Set(['v1.webhook_view', 'v1.webhook_list']);

/**
 * Adds `active` ("1", or "0" once a receiver answered 410 Gone) to every
 * webhook in an answer. ActiveCampaign keeps a deactivated webhook listed
 * but silent and documents no field for it; a "0"/"1" string flag is how its
 * JSON shows other switches (`deleted`, `anonymized`), so the sandbox shows
 * it that way, in v3 and v1 alike.
 */
export function withActiveFlag(
  methodId: string,
  res: SandboxResponse,
  isActive: (webhookId: string) => boolean,
): SandboxResponse {
  const flag = (record: Json): Json => ({ ...record, active: isActive(str(record.id) ?? '') ? '1' : '0' });
  if (V3_ANSWERS.has(methodId)) {
    const body = res.status >= 200 && res.status < 300 ? parsed(res.body) : undefined;
    if (!body) return res;
    const one = obj(body.webhook);
    const many = Array.isArray(body.webhooks)
      ? body.webhooks.map((w) => (obj(w) ? flag(obj(w) as Json) : w))
      : undefined;
    return rewrite(res, { ...body, ...(one ? { webhook: flag(one) } : {}), ...(many ? { webhooks: many } : {}) });
  }
  if (V1_ANSWERS.has(methodId)) {
    if (/xml/i.test(res.headers['Content-Type'] ?? '')) return v1Xml(res, isActive);
    const body = parsed(res.body);
    if (!body || str(body.result_code) !== '1') return res;
    if (methodId === 'v1.webhook_view') return rewrite(res, flag(body));
    return rewrite(
      res,
      Object.fromEntries(Object.entries(body).map(([k, v]) => [k, obj(v) ? flag(obj(v) as Json) : v])),
    );
  }
  return res;
}

function parsed(text: string): Json | undefined {
  try {
    return obj(JSON.parse(text));
  } catch {
    return undefined;
  }
}

function rewrite(res: SandboxResponse, body: Json): SandboxResponse {
  return { ...res, body: JSON.stringify(body) };
}

/** v1 XML: each webhook row carries its `<id>`; the flag goes right after it. */
function v1Xml(res: SandboxResponse, isActive: (webhookId: string) => boolean): SandboxResponse {
  if (!res.body.includes('<result_code>1</result_code>')) return res;
  return {
    ...res,
    body: res.body.replace(
      /<id>([^<]*)<\/id>/g,
      (whole, id: string) => `${whole}<active>${isActive(id) ? '1' : '0'}</active>`,
    ),
  };
}
