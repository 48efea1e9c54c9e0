import type * as z from 'zod/mini';

function read<T>(storage: () => Storage, key: string, schema: z.ZodMiniType<T>): T | undefined {
  try {
    const raw = storage().getItem(key);
    if (raw === null) return undefined;
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function write(storage: () => Storage, key: string, value: unknown): void {
  try {
    storage().setItem(key, JSON.stringify(value));
  } catch {
    // storage unavailable (private mode, quota): the value just won't survive a reload
  }
}

const session = () => sessionStorage;
const local = () => localStorage;

/** Reads a JSON value from session storage, validated; bad or missing data gives `undefined`. */
export function readSession<T>(key: string, schema: z.ZodMiniType<T>): T | undefined {
  return read(session, key, schema);
}

/** Writes a JSON value to session storage; a full or blocked storage is not worth crashing for. */
export function writeSession(key: string, value: unknown): void {
  write(session, key, value);
}

/** Reads a JSON value kept on this device (workspace layout, open tabs: never keys), validated. */
export function readLocal<T>(key: string, schema: z.ZodMiniType<T>): T | undefined {
  return read(local, key, schema);
}

/** Writes a JSON value kept on this device. Callers never pass a key or secret here. */
export function writeLocal(key: string, value: unknown): void {
  write(local, key, value);
}

/** Where a method's form is kept for this tab: the method page reads and writes it, history's "reopen" fills it. */
export function formStorageKey(methodId: string): string {
  return `explorer.form.${methodId}`;
}
