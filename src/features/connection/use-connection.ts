import { useEffect, useMemo, useRef, useState } from 'react';
import { checkApiUrl } from '../../core/request/api-url';
import type { Connection } from '../../core/request/types';
import type { GuardedConnection } from '../../core/safety/decide';
import { budgetFor, DEFAULT_REQUESTS_PER_SECOND } from '../../lib/rate-budget';
import {
  blankConnection,
  loadConnections,
  patchConnection,
  safetyOf,
  SANDBOX_ID,
  SANDBOX_SAFETY,
  saveConnections,
  type ConnectionsState,
  type SavedConnection,
} from './connection-store';

export interface ConnectionState {
  /** `sandbox` or the id of a saved connection. */
  active: string;
  saved: readonly SavedConnection[];
  select: (id: string) => void;
  update: (id: string, patch: Partial<Omit<SavedConnection, 'id'>>) => void;
  /** Adds an empty connection, makes it active and returns its id. */
  add: () => string;
  remove: (id: string) => void;
  /** Blanks every key in this tab and deletes everything remembered on the device. */
  forgetKeys: () => void;
  /** Where requests go now (with what the safety rails decide on), or why they cannot go anywhere yet. */
  resolved: { ok: true; connection: GuardedConnection; label: string; note?: string } | { ok: false; message: string };
}

/**
 * The active connection: the built-in sandbox by default (zero set-up), or one
 * of the user's saved ActiveCampaign connections.
 */
export function useConnection(sandbox: Connection | null): ConnectionState {
  const [state, setState] = useState<ConnectionsState>(loadConnections);
  // Check key stores its answer after an await: it must patch the state as it is then, not as it was.
  const latest = useRef(state);
  const commit = (next: ConnectionsState) => {
    latest.current = next;
    setState(next);
    saveConnections(next);
  };
  const current = state.saved.find((c) => c.id === state.active);

  const resolved = useMemo((): ConnectionState['resolved'] => {
    if (!current) {
      return sandbox
        ? { ok: true, connection: { ...sandbox, safety: SANDBOX_SAFETY }, label: 'Sandbox' }
        : { ok: false, message: 'This server runs without a sandbox; choose or add one of your own connections.' };
    }
    const url = checkApiUrl(current.apiUrl);
    if (!url.ok) return { ok: false, message: url.message };
    return {
      ok: true,
      connection: { apiUrl: url.origin, apiKey: current.apiKey.trim(), safety: safetyOf(current) },
      label: current.name,
      ...(url.note ? { note: url.note } : {}),
    };
  }, [current, sandbox]);

  // Every call to this account keeps to its rate setting (the budget lives in lib, shared by all sends).
  const origin = resolved.ok ? resolved.connection.apiUrl : undefined;
  const perSecond = current?.requestsPerSecond ?? DEFAULT_REQUESTS_PER_SECOND;
  useEffect(() => {
    if (origin) budgetFor(new URL(origin).origin).setRequestsPerSecond(perSecond);
  }, [origin, perSecond]);

  return {
    active: current ? current.id : SANDBOX_ID,
    saved: state.saved,
    resolved,
    select: (id) => commit({ ...state, active: id }),
    update: (id, patch) => {
      const now = latest.current;
      commit({ ...now, saved: now.saved.map((c) => (c.id === id ? patchConnection(c, patch) : c)) });
    },
    add: () => {
      const id = `c${Date.now().toString(36)}`;
      commit({ active: id, saved: [...state.saved, blankConnection(id, `Connection ${state.saved.length + 1}`)] });
      return id;
    },
    remove: (id) => {
      const saved = state.saved.filter((c) => c.id !== id);
      commit({
        active: state.active === id ? SANDBOX_ID : state.active,
        saved: saved.length ? saved : [blankConnection()],
      });
    },
    forgetKeys: () => commit({ ...state, saved: state.saved.map((c) => ({ ...c, apiKey: '', remember: false })) }),
  };
}
