import { buildRequest } from '../../core/request/build-request';
import type { GuardedConnection } from '../../core/safety/decide';
import { loadMethod } from '../../lib/catalog-client';
import { sendThroughProxy } from '../../lib/proxy-client';

/** `owner` (on success) names whose key it is, for the safety rails' questions. */
export type KeyCheck = { tone: 'ok'; message: string; owner: string } | { tone: 'error'; message: string };

const WHERE_TO_FIND =
  'Copy the current key from Settings > Developer in your ActiveCampaign account (each user has their own key).';

/** Explains the answer to `GET /api/3/users/me`: whose key this is, or what is wrong. Never repeats the key. */
export function explainKeyCheck(status: number, proxyError: string | null, body: string): KeyCheck {
  if (proxyError) {
    const message = readJson(body)?.proxyError?.message ?? '';
    return { tone: 'error', message: `The proxy could not check the key (${proxyError}): ${message}` };
  }
  if (status === 200) {
    const user = readJson(body)?.user;
    if (!user)
      return { tone: 'error', message: 'HTTP 200, but the answer has no "user"; is this an ActiveCampaign API URL?' };
    const name = [user.firstName, user.lastName].filter(Boolean).join(' ');
    const who = [name, user.username && `user ${user.username}`, user.email].filter(Boolean).join(', ');
    const owner = [name || (user.username && `user ${user.username}`), user.email].filter(Boolean).join(', ');
    return {
      tone: 'ok',
      message: `The key works. It belongs to ${who || 'a user without a name'}.`,
      owner: owner || 'a user without a name',
    };
  }
  if (status === 403) {
    return {
      tone: 'error',
      message: `ActiveCampaign refused this key (HTTP 403): it is invalid or was reset. A reset key denies all access until every app uses the new one. ${WHERE_TO_FIND}`,
    };
  }
  if (status === 404)
    return { tone: 'error', message: 'HTTP 404: this API URL has no /api/3/users/me; check the API URL.' };
  return { tone: 'error', message: `Unexpected answer HTTP ${status} while checking the key.` };
}

interface UsersMe {
  user?: { firstName?: string; lastName?: string; username?: string; email?: string };
  proxyError?: { message?: string };
}

function readJson(body: string): UsersMe | undefined {
  try {
    const v: unknown = JSON.parse(body);
    return typeof v === 'object' && v !== null ? (v as UsersMe) : undefined;
  } catch {
    return undefined;
  }
}

/** The catalog method Check key calls: `GET /api/3/users/me`, the user who owns the key. */
export const KEY_CHECK_METHOD_ID = 'v3.users.me';

/** Calls `GET /api/3/users/me` through the one pipeline (buildRequest, then the proxy) with the connection's key. */
export async function checkKey(connection: GuardedConnection): Promise<KeyCheck> {
  if (connection.apiKey === '') return { tone: 'error', message: `Enter the API key first. ${WHERE_TO_FIND}` };
  const method = await loadMethod(KEY_CHECK_METHOD_ID);
  const exchange = await sendThroughProxy(method, buildRequest(method, { params: {} }, connection), connection);
  const response = exchange.response;
  if (!response) return { tone: 'error', message: "Could not reach the explorer's proxy. Is npm start still running?" };
  return explainKeyCheck(response.status, response.proxyError?.code ?? null, response.bodyText);
}
