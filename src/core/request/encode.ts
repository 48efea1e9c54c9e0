/**
 * Query and form encoding shared by every request. Brackets stay literal in
 * names so `filters[email]` and `p[1]` read the same in the URL bar, the
 * support bundle and the server log; everything else is percent-encoded.
 */

/** Percent-encodes a parameter name, keeping `[` and `]` readable. */
function encodeName(name: string): string {
  return encodeURIComponent(name).replace(/%5B/gi, '[').replace(/%5D/gi, ']');
}

/** Percent-encodes a parameter value (spaces as %20, as ActiveCampaign's wrappers send them). */
function encodeValue(value: string): string {
  return encodeURIComponent(value);
}

/** Joins name/value pairs into `a=1&b=2` form. */
export function encodePairs(pairs: readonly (readonly [string, string])[]): string {
  return pairs.map(([n, v]) => `${encodeName(n)}=${encodeValue(v)}`).join('&');
}

/** Splits `a=1&b=2` back into decoded pairs (`+` is a space, as in form bodies). */
export function decodePairs(text: string): [string, string][] {
  if (text === '') return [];
  return text.split('&').map((part) => {
    const eq = part.indexOf('=');
    const raw = eq === -1 ? [part, ''] : [part.slice(0, eq), part.slice(eq + 1)];
    const dec = (s: string | undefined) => safeDecode((s ?? '').replace(/\+/g, ' '));
    return [dec(raw[0]), dec(raw[1])];
  });
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
