import { mutationOptions, useMutation } from '@tanstack/react-query';
import { INBOX_FEED_PATH } from '../../../core/webhooks/inbox-wire';

/** Empties the inbox on the server; the stream then tells every open page. */
const clearInboxMutation = mutationOptions({
  mutationKey: ['webhook-inbox', 'clear'],
  mutationFn: async (): Promise<number> => {
    const res = await fetch(`${INBOX_FEED_PATH}/clear`, { method: 'POST', cache: 'no-store' });
    if (!res.ok) throw new Error(`The explorer server answered ${res.status} when clearing the inbox.`);
    const { cleared } = (await res.json()) as { cleared?: unknown };
    return typeof cleared === 'number' ? cleared : 0;
  },
});

export function useClearInbox() {
  return useMutation(clearInboxMutation);
}
