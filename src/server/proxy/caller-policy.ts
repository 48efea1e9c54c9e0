import type http from 'node:http';
import { ProxyError } from './errors';

/** `Sec-Fetch-Site` values a page of the explorer itself (or the user typing a URL) sends. */
const OWN_FETCH_SITES = new Set(['same-origin', 'none']);

/**
 * Builds the check that refuses callers other than the explorer's own pages:
 * another website (by `Origin` or `Sec-Fetch-Site`) or a DNS-rebound name
 * (by `Host`). `same-site` is refused too, because every port on 127.0.0.1
 * is the "same site" as the explorer.
 */
export function createCallerCheck(selfOrigins: () => readonly string[]) {
  let seen: readonly string[] = [];
  let seenLength = -1;
  let hosts = new Set<string>();
  let origins = new Set<string>();
  // The origin list is filled in once the server knows its port; re-derive only when it changes.
  const refresh = (list: readonly string[]) => {
    if (list === seen && list.length === seenLength) return;
    seen = list;
    seenLength = list.length;
    origins = new Set(list);
    hosts = new Set(list.map((o) => new URL(o).host));
  };

  return function checkCaller(req: http.IncomingMessage): ProxyError | undefined {
    const list = selfOrigins();
    refresh(list);
    const host = req.headers.host;
    if (!host || !hosts.has(host.toLowerCase())) {
      return new ProxyError(
        'bad_host',
        `Host ${host ?? '(none)'} is not this explorer's; open it at ${list[0] ?? 'the address npm start printed'}.`,
      );
    }
    const site = req.headers['sec-fetch-site'];
    if (site !== undefined && !OWN_FETCH_SITES.has(site)) {
      return new ProxyError('cross_origin', `Requests from other websites (Sec-Fetch-Site: ${site}) are refused.`);
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !origins.has(origin)) {
      return new ProxyError(
        'cross_origin',
        `Requests from ${origin} are refused; only the explorer's own pages may use the proxy.`,
      );
    }
    return undefined;
  };
}
