import * as z from 'zod/mini';
import type { ConnectionSafety } from '../../core/safety/decide';

/**
 * Where connections live. Everything goes to session storage (it leaves with
 * the tab); a connection the user marked "Remember on this device" is also
 * written to local storage, key included — the only way a key outlives the tab.
 */
const SESSION_KEY = 'explorer.connections';
const LOCAL_KEY = 'explorer.connections.remembered';
/** The single-connection format of earlier versions; it may still hold a key. */
const LEGACY_SESSION_KEY = 'explorer.connection';

const savedSchema = z.object({
  id: z.string(),
  name: z.string(),
  apiUrl: z.string(),
  apiKey: z.string(),
  remember: z.boolean(),
  /** The account's rate limit as this explorer keeps to it (ActiveCampaign's default, 5, when absent). */
  requestsPerSecond: z.optional(z.number()),
  /** Only reads leave the browser (the safety rails refuse every other call). */
  readOnly: z.optional(z.boolean()),
  /** Whose key this is, as Check key last found it for this URL and key (named in confirmations). */
  keyOwner: z.optional(z.string()),
});
const stateSchema = z.object({ active: z.string(), saved: z.array(savedSchema) });

export type SavedConnection = z.infer<typeof savedSchema>;
export type ConnectionsState = z.infer<typeof stateSchema>;

export const SANDBOX_ID = 'sandbox';

/** The bounds of the per-connection rate setting: ActiveCampaign's 5/s is the default; some plans allow more. */
export const MIN_REQUESTS_PER_SECOND = 1;
export const MAX_REQUESTS_PER_SECOND = 50;

/** Reads the typed rate setting: a whole number in range, or a message saying what is wrong. */
export function parseRequestsPerSecond(
  text: string,
): { ok: true; value: number | undefined } | { ok: false; message: string } {
  const t = text.trim();
  if (t === '') return { ok: true, value: undefined };
  if (!/^\d+$/.test(t)) return { ok: false, message: 'Requests per second must be a whole number, e.g. 5.' };
  const n = Number(t);
  if (n < MIN_REQUESTS_PER_SECOND || n > MAX_REQUESTS_PER_SECOND) {
    return {
      ok: false,
      message: `Requests per second must be between ${MIN_REQUESTS_PER_SECOND} and ${MAX_REQUESTS_PER_SECOND} (ActiveCampaign allows 5 by default).`,
    };
  }
  return { ok: true, value: n };
}

/** The rails' facts about the built-in sandbox: it never asks and cannot be made read-only. */
export const SANDBOX_SAFETY: ConnectionSafety = { id: SANDBOX_ID, name: 'Sandbox', sandbox: true, readOnly: false };

/** The rails' facts about a saved connection (src/core/safety). */
export function safetyOf(saved: SavedConnection): ConnectionSafety {
  return {
    id: saved.id,
    name: saved.name,
    sandbox: false,
    readOnly: saved.readOnly ?? false,
    ...(saved.keyOwner ? { keyOwner: saved.keyOwner } : {}),
  };
}

/** Applies an edit; a new URL or key forgets whose key Check key found, since that answer was for the old one. */
export function patchConnection(saved: SavedConnection, patch: Partial<Omit<SavedConnection, 'id'>>): SavedConnection {
  const next = { ...saved, ...patch };
  const moved =
    (patch.apiUrl !== undefined && patch.apiUrl !== saved.apiUrl) ||
    (patch.apiKey !== undefined && patch.apiKey !== saved.apiKey);
  if (!moved || patch.keyOwner !== undefined) return next;
  delete next.keyOwner;
  return next;
}

/** The first saved connection every user starts with, named as the docs and tests refer to it. */
export function blankConnection(id = 'account', name = 'My ActiveCampaign account'): SavedConnection {
  return { id, name, apiUrl: '', apiKey: '', remember: false };
}

function read<T>(storage: Storage, key: string, schema: z.ZodMiniType<T>): T | undefined {
  try {
    const raw = storage.getItem(key);
    if (raw === null) return undefined;
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function write(storage: Storage, key: string, value: unknown): void {
  try {
    storage.setItem(key, JSON.stringify(value));
  } catch {
    // storage full or blocked: the connection just won't survive a reload
  }
}

/** This tab's connections, plus the remembered ones from earlier visits; the sandbox is active by default. */
export function loadConnections(): ConnectionsState {
  const session = read(sessionStorage, SESSION_KEY, stateSchema);
  const remembered = read(localStorage, LOCAL_KEY, z.array(savedSchema)) ?? [];
  if (session) {
    const ids = new Set(session.saved.map((c) => c.id));
    return { ...session, saved: [...session.saved, ...remembered.filter((c) => !ids.has(c.id))] };
  }
  return { active: SANDBOX_ID, saved: remembered.length > 0 ? remembered : [blankConnection()] };
}

/** Persists the state: all of it for this tab, only opted-in connections for the device. */
export function saveConnections(state: ConnectionsState): void {
  write(sessionStorage, SESSION_KEY, state);
  const remembered = state.saved.filter((c) => c.remember);
  try {
    if (remembered.length > 0) write(localStorage, LOCAL_KEY, remembered);
    else localStorage.removeItem(LOCAL_KEY);
    sessionStorage.removeItem(LEGACY_SESSION_KEY);
  } catch {
    // storage blocked: nothing was stored there either
  }
}
