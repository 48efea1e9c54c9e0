// har-validator ships no types; we use only its promise API (tests and e2e).
declare module 'har-validator' {
  /** Resolves with the data when it is a valid HAR 1.2 log; rejects with `{ errors }` otherwise. */
  export function har(data: unknown): Promise<unknown>;
}
