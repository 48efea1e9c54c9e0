import { useMemo, useState } from 'react';
import * as z from 'zod/mini';
import { checkApiUrl } from '../../core/request/api-url';
import type { Connection } from '../../core/request/types';
import { readSession, writeSession } from '../../lib/session-store';

const STORAGE_KEY = 'explorer.connection';

const choiceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('sandbox') }),
  z.object({ kind: z.literal('custom'), apiUrl: z.string(), apiKey: z.string() }),
]);

export type ConnectionChoice = z.infer<typeof choiceSchema>;

export interface ConnectionState {
  choice: ConnectionChoice;
  setChoice: (c: ConnectionChoice) => void;
  /** Where requests go now, or why they cannot go anywhere yet. */
  resolved: { ok: true; connection: Connection; label: string } | { ok: false; message: string };
}

/**
 * The active connection: the built-in sandbox by default (zero set-up), or
 * the user's own API URL and key. Kept in session storage, never in local
 * storage, so the key leaves with the tab.
 */
export function useConnection(sandbox: Connection | null): ConnectionState {
  const [choice, setChoiceState] = useState<ConnectionChoice>(
    () => readSession(STORAGE_KEY, choiceSchema) ?? { kind: 'sandbox' },
  );
  const setChoice = (c: ConnectionChoice) => {
    setChoiceState(c);
    writeSession(STORAGE_KEY, c);
  };
  const resolved = useMemo((): ConnectionState['resolved'] => {
    if (choice.kind === 'sandbox') {
      return sandbox
        ? { ok: true, connection: sandbox, label: 'Sandbox' }
        : { ok: false, message: 'This server runs without a sandbox; choose "My ActiveCampaign account".' };
    }
    const url = checkApiUrl(choice.apiUrl);
    if (!url.ok) return { ok: false, message: url.message };
    return {
      ok: true,
      connection: { apiUrl: url.origin, apiKey: choice.apiKey.trim() },
      label: new URL(url.origin).host,
    };
  }, [choice, sandbox]);
  return { choice, setChoice, resolved };
}
