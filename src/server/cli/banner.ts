import { isIPv4 } from 'node:net';

/** Prints where everything is; the sandbox key is printed because it is a local, fake account's key. */
export function printBanner(info: { explorerUrl: string; sandboxUrl: string; sandboxKey: string }): void {
  console.log(`
  ActiveCampaign API Explorer
    Explorer:        ${info.explorerUrl}/
    Sandbox API URL: ${info.sandboxUrl}
    Sandbox API key: ${info.sandboxKey}
  Press Ctrl+C to stop.
`);
}

/** Whether a bind address is loopback only: localhost, any 127.0.0.0/8 address, or ::1 (also IPv4-mapped). */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  if (h === 'localhost' || h === '::1' || h === '0:0:0:0:0:0:0:1') return true;
  const v4 = h.startsWith('::ffff:') ? h.slice(7) : h;
  return isIPv4(v4) && v4.startsWith('127.');
}

/** Binding beyond loopback exposes the proxy (and any key typed into it) to the network. */
export function warnIfExposed(host: string): void {
  if (!isLoopbackHost(host)) {
    console.warn(
      `WARNING: --host ${host} makes the explorer and its proxy reachable from other machines. Only do this on a trusted network.`,
    );
  }
}
