import { mutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { explorerConfigQuery } from '../../../lib/explorer-config';
import { postSandboxAdmin } from './post-sandbox-admin';

/** Puts the seeded demo account back (contacts, lists, tags, deals…); the key is kept. */
const resetSandboxDataMutation = mutationOptions({
  mutationKey: ['sandbox', 'reset-data'],
  mutationFn: () => postSandboxAdmin('/explorer-api/sandbox/reset-data'),
});

/** The mutation, refreshing the explorer config afterwards as the key reset does, so both leave the same state. */
export function useResetSandboxData() {
  const client = useQueryClient();
  return useMutation({
    ...resetSandboxDataMutation,
    onSuccess: () => client.invalidateQueries({ queryKey: explorerConfigQuery.queryKey }),
  });
}
