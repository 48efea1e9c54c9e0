/** The content type AC's deliveries carry, used when a pasted body came without its headers. */
const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded';

/** POSIX single quotes: every byte but NUL stands for itself inside them. */
function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** Why `url` cannot be a replay target, or undefined: an absolute http(s) URL with no credentials. */
export function replayTargetProblem(url: string): string | undefined {
  const trimmed = url.trim();
  if (trimmed === '') return 'Enter the URL of your own endpoint, e.g. http://127.0.0.1:3000/webhooks/activecampaign.';
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return `"${trimmed}" is not an absolute URL; start it with http:// or https://.`;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return `Deliveries are replayed over http or https, not ${parsed.protocol}`;
  }
  if (parsed.username || parsed.password) return 'Leave user name and password out of the URL.';
  return undefined;
}

export interface ReplayCommand {
  command: string;
  /** What the command cannot reproduce, said next to it. */
  warnings: string[];
}

/**
 * A cURL command that POSTs the delivery's body to `url` exactly as it was
 * received: same bytes (as text), same `Content-Type` header, nothing else,
 * so the user's own receiver sees what ActiveCampaign would have sent.
 */
export function replayCurl(
  delivery: { body: string; contentType: string | undefined; truncated: boolean },
  url: string,
): ReplayCommand {
  const warnings: string[] = [];
  if (delivery.truncated) warnings.push('The body was cut at the inbox limit: the command sends only the part kept.');
  let body = delivery.body;
  if (body.includes('\0')) {
    // A shell argument ends at NUL: say so rather than send something else silently.
    warnings.push('The body holds NUL characters, which a shell argument cannot carry; they are left out.');
    body = body.replace(/\0/g, '');
  }
  const parts = [
    `curl -X POST ${shellQuote(url.trim())}`,
    `-H ${shellQuote(`Content-Type: ${delivery.contentType ?? FORM_CONTENT_TYPE}`)}`,
    `--data-raw ${shellQuote(body)}`,
  ];
  return { command: parts.join(' \\\n  '), warnings };
}
