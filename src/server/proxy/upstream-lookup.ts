import dns from 'node:dns';
import type { LookupAddress } from 'node:dns';
import type net from 'node:net';
import { isForbiddenAddress } from './address-policy';
import { ProxyError } from './errors';

export type Resolver = (hostname: string) => Promise<{ address: string; family: number }>;

export const systemResolve: Resolver = (hostname) => dns.promises.lookup(hostname, { verbatim: true });

/**
 * A `lookup` for `http.request` that resolves once, refuses forbidden
 * addresses, and hands the checked address to the socket, so nothing can
 * re-resolve between the check and the connection (DNS rebinding).
 */
export function pinnedLookup(resolve: Resolver, checkAddress: boolean, timing: { dnsMs: number }): net.LookupFunction {
  return (hostname, options, callback) => {
    const start = performance.now();
    const answer = (err: ProxyError | null, address: string, family: number) => {
      timing.dnsMs = performance.now() - start;
      // Node asks for every address when autoSelectFamily is on; one checked address is all we hand out.
      if (options.all && !err) {
        (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, [{ address, family }]);
      } else callback(err as NodeJS.ErrnoException | null, address, family);
    };
    resolve(hostname).then(
      ({ address, family }) => {
        if (checkAddress && isForbiddenAddress(address)) {
          answer(
            new ProxyError(
              'address_not_allowed',
              `${hostname} resolves to ${address}, a private or local address; refused.`,
            ),
            '',
            0,
          );
        } else answer(null, address, family);
      },
      (err: NodeJS.ErrnoException) =>
        answer(new ProxyError('dns_failed', `Could not resolve ${hostname} (${err.code ?? 'DNS error'}).`), '', 0),
    );
  };
}

/** Maps a socket or TLS error to the proxy's own code, so the UI can say what failed. */
export function classifyUpstreamError(err: unknown, phase: { secure: boolean; connected: boolean }): ProxyError {
  if (err instanceof ProxyError) return err;
  const e = err as NodeJS.ErrnoException;
  const code = e.code ?? '';
  if (code === 'ECONNREFUSED' || code === 'EHOSTUNREACH' || code === 'ENETUNREACH') {
    return new ProxyError('connect_failed', `Could not connect to the API host (${code}).`);
  }
  if (code.startsWith('ERR_TLS') || code.startsWith('ERR_SSL') || code.includes('CERT') || code === 'EPROTO') {
    return new ProxyError('tls_failed', `TLS handshake with the API host failed (${code}).`);
  }
  if (phase.secure && !phase.connected) {
    // A reset before the handshake completed is a TLS failure from the user's point of view.
    return new ProxyError('tls_failed', `The API host closed the connection during the TLS handshake (${code}).`);
  }
  if (code === 'ECONNRESET' || code === 'EPIPE') {
    return new ProxyError('upstream_reset', `The API host reset the connection before answering (${code}).`);
  }
  return new ProxyError('connect_failed', `The request to the API host failed (${code || 'unknown error'}).`);
}
