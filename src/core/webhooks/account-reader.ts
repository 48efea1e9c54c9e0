/**
 * Reading an account through its public v3 API: what the webhook triggers
 * and payloads need to know is read with plain GETs, as any client would,
 * so they keep working whatever the sandbox does with its storage.
 */

/** A JSON object from an answer. */
export type Json = Readonly<Record<string, unknown>>;

/** GETs a v3 path (query included); the parsed body of a 200 answer, undefined otherwise. */
export type Reader = (path: string) => Json | undefined;

/** The value as an object, or undefined. */
export function obj(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

/** The value as text (numbers too, as ids come either way), or undefined. */
export function str(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** The objects of an array value; anything else reads as none. */
export function rows(value: unknown): Json[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v: unknown): Json[] => {
    const o = obj(v);
    return o ? [o] : [];
  });
}

/** `/api/3/<segments…>`, each segment escaped. */
export function v3Path(...segments: string[]): string {
  return `/api/3/${segments.map(encodeURIComponent).join('/')}`;
}

/** The id of the contact with this email address, if any. */
export function contactIdByEmail(read: Reader, email: string | undefined): string | undefined {
  if (!email) return undefined;
  const found = read(`/api/3/contacts?email=${encodeURIComponent(email)}`);
  return str(rows(found?.contacts)[0]?.id);
}

/** One record read by id from `/api/3/<collection>/<id>`, found under its singular root key. */
export function readRecord(read: Reader, collection: string, root: string, id: string | undefined): Json | undefined {
  return id ? obj(read(v3Path(collection, id))?.[root]) : undefined;
}
