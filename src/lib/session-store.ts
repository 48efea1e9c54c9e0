import type * as z from 'zod/mini';

/** Reads a JSON value from session storage, validated; bad or missing data gives `undefined`. */
export function readSession<T>(key: string, schema: z.ZodMiniType<T>): T | undefined {
  try {
    const raw = sessionStorage.getItem(key);
    if (raw === null) return undefined;
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Writes a JSON value to session storage; a full or blocked storage is not worth crashing for. */
export function writeSession(key: string, value: unknown): void {
  try {
    sessionStorage.setItem(key, JSON.stringify(value));
  } catch {
    // storage unavailable (private mode, quota): the value just won't survive a reload
  }
}

/** Where a method's form is kept for this tab: the method page reads and writes it, history's "reopen" fills it. */
export function formStorageKey(methodId: string): string {
  return `explorer.form.${methodId}`;
}
