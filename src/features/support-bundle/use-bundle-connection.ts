import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { BundleConnection } from '../../core/bundle/bundle-model';
import type { Exchange } from '../../core/exchange/types';
import { explorerConfigQuery } from '../../lib/explorer-config';

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/**
 * Whether the call went to this explorer's own sandbox, judged by its URL
 * against where the server says the sandbox runs: another loopback server
 * (a test upstream, a local mock) is an account, not the sandbox. Undefined
 * until the config is known; the bundle then judges by the URL alone.
 */
export function useBundleConnection(exchange: Exchange): BundleConnection | undefined {
  const config = useQuery(explorerConfigQuery).data;
  return useMemo(() => {
    if (!config) return undefined;
    const sandboxOrigin = config.sandbox ? originOf(config.sandbox.apiUrl) : undefined;
    return { sandbox: sandboxOrigin !== undefined && originOf(exchange.request.url) === sandboxOrigin };
  }, [config, exchange]);
}
