/**
 * "Paste a delivery": a delivery captured elsewhere (a tunnel's request log,
 * a request bin) read back into headers and a raw form body. People paste
 * either the body alone or the whole request as the tool printed it, so both
 * are understood; anything that is not a form body is said so, not guessed.
 */

/** Most characters read from a paste; a longer one is cut, and says so. */
export const MAX_PASTE_CHARS = 256 * 1024;

export interface PastedDelivery {
  headers: { name: string; value: string }[];
  body: string;
  /** The pasted `Content-Type`, when headers were pasted too. */
  contentType: string | undefined;
  /** The paste was longer than MAX_PASTE_CHARS and was cut. */
  truncated: boolean;
  /** Things worth knowing about the paste, in plain words. */
  notes: string[];
}

const REQUEST_LINE = /^[A-Z]{3,7} \S+ HTTP\/\d(?:\.\d)?$/;
const HEADER_LINE = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+:[ \t]*.*$/;

/** Splits a pasted request (request line and headers, blank line, body) or takes the paste as the body alone. */
export function readPastedDelivery(text: string): PastedDelivery {
  const truncated = text.length > MAX_PASTE_CHARS;
  const pasted = truncated ? text.slice(0, MAX_PASTE_CHARS) : text;
  const notes: string[] = [];
  if (truncated) notes.push(`Only the first ${MAX_PASTE_CHARS.toLocaleString('en-US')} characters are read.`);

  const lines = pasted.replace(/^\s+/, '').split(/\r?\n/);
  const blank = lines.findIndex((l) => l.trim() === '');
  const head = blank < 0 ? [] : lines.slice(0, blank);
  const withRequestLine = REQUEST_LINE.test(head[0] ?? '');
  const headerLines = withRequestLine ? head.slice(1) : head;
  const isHead =
    head.length > 0 && (withRequestLine || headerLines.length > 0) && headerLines.every((l) => HEADER_LINE.test(l));

  const headers = isHead
    ? headerLines.map((l) => {
        const colon = l.indexOf(':');
        return { name: l.slice(0, colon), value: l.slice(colon + 1).trim() };
      })
    : [];
  // The body's own bytes matter; only the line ends a terminal or editor added around it are dropped.
  const body = (isHead ? lines.slice(blank + 1).join('\n') : pasted).replace(/^[\r\n]+|[\r\n]+$/g, '');
  const contentType = headers.find((h) => h.name.toLowerCase() === 'content-type')?.value;

  const trimmed = body.trim();
  if (trimmed === '') notes.push('There is no body to decode: paste the raw form body (type=…&contact[email]=…).');
  else if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    notes.push('This looks like JSON. ActiveCampaign sends form bodies (type=…&contact[email]=…): paste the raw body.');
  } else if (!trimmed.includes('=')) {
    notes.push('No key=value pair found: this does not look like a form body.');
  }
  if (contentType && !contentType.toLowerCase().startsWith('application/x-www-form-urlencoded')) {
    notes.push(`The pasted Content-Type is ${contentType}; ActiveCampaign's deliveries are form-encoded.`);
  }
  return { headers, body, contentType, truncated, notes };
}
