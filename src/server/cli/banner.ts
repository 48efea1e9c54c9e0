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

/** Binding beyond loopback exposes the proxy (and any key typed into it) to the network. */
export function warnIfExposed(host: string): void {
  if (!['127.0.0.1', 'localhost', '::1'].includes(host)) {
    console.warn(
      `WARNING: --host ${host} makes the explorer and its proxy reachable from other machines. Only do this on a trusted network.`,
    );
  }
}
