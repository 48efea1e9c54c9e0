import type { MarkedExchange } from './marked-exchange';
import { joinMarked, mapUnmarked, replaceMarks, type MarkedText } from './marked-text';

/** What the reproduction command shows in place of the key; the user puts theirs back. */
const KEY_PLACEHOLDER = 'YOUR_API_KEY';

/** POSIX single-quoting: the one escape strategy that is safe for every byte. Placeholders hold no quote. */
function shellQuote(text: MarkedText): MarkedText {
  return joinMarked(["'", mapUnmarked(text, (t) => t.replace(/'/g, `'\\''`)), "'"]);
}

/**
 * A cURL command that sends the same request to the same URL, with
 * `YOUR_API_KEY` (still marked as the key) where the key went: the
 * `Api-Token` header for v3, the `api_key` query parameter for v1. Other
 * redactions stay as they are.
 */
export function reproductionCommand(request: MarkedExchange['request']): MarkedText {
  const withKey = (text: MarkedText) => replaceMarks(text, 'key', KEY_PLACEHOLDER);
  const parts = [joinMarked([`curl -X ${request.method} `, shellQuote(withKey(request.url))])];
  for (const h of request.headers)
    parts.push(joinMarked(['-H ', shellQuote(joinMarked([`${h.name}: `, withKey(h.value)]))]));
  if (request.body !== undefined) parts.push(joinMarked(['--data-raw ', shellQuote(request.body)]));
  return joinMarked(parts, ' \\\n  ');
}
