import { loadInboxFile, persistInbox } from './inbox-file';
import { createInboxStore, type InboxStore } from './inbox-store';

/**
 * The inbox `npm start` and `npm run dev` serve: memory only, unless
 * `--webhook-inbox-file` names a file to keep deliveries in across restarts.
 * `flush` writes a pending change at once (for the process's `exit`).
 */
export function openWebhookInbox(file: string | undefined): { store: InboxStore; flush: () => void } {
  if (file === undefined) return { store: createInboxStore(), flush: () => undefined };
  const initial = loadInboxFile(file);
  const store = createInboxStore({ persisted: true, ...(initial ? { initial } : {}) });
  return { store, flush: persistInbox(store, file).flush };
}
