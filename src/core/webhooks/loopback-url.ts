/**
 * The sandbox's hard rule for webhook URLs: it delivers only to this
 * machine's loopback interface, so nothing it sends can leave the computer.
 * The rule is checked on the host name alone, before any connection: a
 * loopback IP literal connects to itself and `localhost` is mapped to
 * 127.0.0.1 without asking DNS (a resolver could answer anything).
 */

/** The addresses the sandbox delivers to, as the refusal message names them. */
const LOOPBACK_RULE = '127.0.0.0/8, ::1 or localhost';

/** A URL the sandbox may deliver to, with the address to connect to. */
export interface LoopbackTarget {
  ok: true;
  url: URL;
  /** The IP to open the socket to: the literal itself, or 127.0.0.1 for `localhost`. */
  connectHost: string;
}

export interface RefusedTarget {
  ok: false;
  /** Why, and what to use instead: shown to the user as is. */
  reason: string;
}

// The URL parser rewrites every IPv4 spelling (127.1, 0x7f.0.0.1, 2130706433) to a dotted quad first.
const IPV4_LOOPBACK = /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

/** Where a webhook URL may be delivered, or why the sandbox refuses it. */
export function loopbackTarget(raw: string): LoopbackTarget | RefusedTarget {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: `"${raw}" is not an absolute URL. ${instead()}` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, reason: `Webhooks are delivered over http or https, not ${url.protocol}. ${instead()}` };
  }
  const host = url.hostname;
  if (host === 'localhost') return { ok: true, url, connectHost: '127.0.0.1' };
  if (IPV4_LOOPBACK.test(host)) return { ok: true, url, connectHost: host };
  if (host === '[::1]') return { ok: true, url, connectHost: '::1' };
  return {
    ok: false,
    reason: `The sandbox delivers webhooks only to this computer’s loopback addresses (${LOOPBACK_RULE}), so nothing it sends leaves the machine; ${host} is not one of them. ${instead()}`,
  };
}

function instead(): string {
  return 'Use a local receiver instead, e.g. http://127.0.0.1:5173/webhooks/inbox/<name> (the explorer’s inbox) or your own server on 127.0.0.1.';
}
