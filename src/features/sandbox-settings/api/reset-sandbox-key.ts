import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { explorerConfigQuery } from '../../../lib/explorer-config';
import { postSandboxAdmin } from './post-sandbox-admin';

/** Issues a new sandbox key; the old one is denied at once, like Settings > Developer > Reset. */
const resetSandboxKeyMutation = mutationOptions({
  mutationKey: ['sandbox', 'reset-key'],
  // The new key is not read here: it reaches the Connection through the refreshed config, never via the UI text.
  mutationFn: () => postSandboxAdmin('/explorer-api/sandbox/reset-key'),
});

/** The mutation, refreshing the explorer config afterwards so the Sandbox connection uses the new key. */
export function useResetSandboxKey() {
  const client = useQueryClient();
  return useMutation({
    ...resetSandboxKeyMutation,
    onSuccess: () => client.invalidateQueries({ queryKey: explorerConfigQuery.queryKey }),
  });
}
