import type { RedactedRequest } from '../request/types';

/** What the reproduction command shows in place of the key; the user puts theirs back. */
const KEY_PLACEHOLDER = 'YOUR_API_KEY';

/** POSIX single-quoting: the one escape strategy that is safe for every byte. */
function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * A cURL command that sends the same request to the same URL, with
 * `YOUR_API_KEY` where the key went (the `Api-Token` header for v3, the
 * `api_key` query parameter for v1). Other redacted values stay `[REDACTED]`.
 */
export function reproductionCommand(request: RedactedRequest): string {
  const url = request.url.replace(/([?&]api_key=)[^&#]*/g, `$1${KEY_PLACEHOLDER}`);
  const parts = [`curl -X ${request.method} ${shellQuote(url)}`];
  for (const h of request.headers) {
    const value = h.name.toLowerCase() === 'api-token' ? KEY_PLACEHOLDER : h.value;
    parts.push(`-H ${shellQuote(`${h.name}: ${value}`)}`);
  }
  if (request.body !== undefined) parts.push(`--data-raw ${shellQuote(request.body)}`);
  return parts.join(' \\\n  ');
}
