import type { PreparedRequest, RedactedRequest } from './types';

/** What every output shows in place of a secret. */
export const REDACTED = '[REDACTED]';

/** Headers whose value is a credential whatever it contains. */
const SECRET_HEADERS = new Set(['api-token', 'authorization', 'cookie', 'set-cookie', 'proxy-authorization']);

/**
 * Replaces every occurrence of each secret, raw and percent-encoded, in a text.
 * Longest first, so a secret that contains another is not left half-masked.
 * Returns the very same string when no secret occurs (callers rely on `===`).
 */
export function redactText(text: string, secrets: readonly string[]): string {
  let out = text;
  const forms = new Set<string>();
  for (const s of secrets) {
    if (s.length < 4) continue; // masking 1–3 characters would shred unrelated text
    forms.add(s);
    forms.add(encodeURIComponent(s));
    forms.add(encodeURIComponent(s).replace(/%20/g, '+'));
  }
  for (const form of [...forms].sort((a, b) => b.length - a.length)) {
    // The scan is cheap; split/join copies the whole text, which on a 20 MB body is not.
    if (out.includes(form)) out = out.split(form).join(REDACTED);
  }
  return out;
}

/** Removes the key and every secret from a prepared request: safe to show, store and export. */
export function redactRequest(request: PreparedRequest): RedactedRequest {
  const { secrets, ...rest } = request;
  return {
    ...rest,
    url: redactUrl(request.url, secrets),
    headers: request.headers.map((h) => ({
      name: h.name,
      value: SECRET_HEADERS.has(h.name.toLowerCase()) ? REDACTED : redactText(h.value, secrets),
    })),
    ...(request.body !== undefined ? { body: redactText(request.body, secrets) } : {}),
  };
}

/** Masks `api_key` (v1) whatever its value, then any other secret in the URL. */
export function redactUrl(url: string, secrets: readonly string[]): string {
  const masked = url.replace(/([?&]api_key=)[^&#]*/g, (_m, prefix: string) => `${prefix}${REDACTED}`);
  return redactText(masked, secrets);
}

/** Masks credential headers in a header list (e.g. response headers) and any secret in the values. */
export function redactHeaders<T extends { name: string; value: string }>(
  headers: readonly T[],
  secrets: readonly string[],
): T[] {
  return headers.map((h) => ({
    ...h,
    value: SECRET_HEADERS.has(h.name.toLowerCase()) ? REDACTED : redactText(h.value, secrets),
  }));
}
