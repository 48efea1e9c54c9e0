import { buildRequest } from '../../../core/request/build-request';
import type { GuardedConnection } from '../../../core/safety/decide';
import { loadMethod } from '../../../lib/catalog-client';
import { sendThroughProxy } from '../../../lib/proxy-client';
import { LIST_WEBHOOKS_METHOD, webhookPostingTo, webhooksToValues } from '../send-here';

/**
 * The webhook that already sends to this inbox, if any: `GET /webhooks?filters[url]=…` through the
 * one pipeline. Any failure reads as "none", so the worst case is the old behaviour (a second webhook).
 */
export async function findInboxWebhook(
  connection: GuardedConnection,
  inboxUrl: string,
): Promise<{ id: string; name: string } | undefined> {
  try {
    const method = await loadMethod(LIST_WEBHOOKS_METHOD);
    const request = buildRequest(method, webhooksToValues(inboxUrl), connection);
    const exchange = await sendThroughProxy(method, request, connection);
    const res = exchange.response;
    return res && res.status === 200 && !res.proxyError ? webhookPostingTo(res.bodyText, inboxUrl) : undefined;
  } catch {
    return undefined;
  }
}
