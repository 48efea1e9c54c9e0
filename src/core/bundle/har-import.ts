import * as z from 'zod/mini';
import type { Exchange } from '../exchange/types';
import type { HttpMethod } from '../catalog/types';
import { redactHeaders, redactText, redactUrl } from '../request/redact';
import { parseBody } from '../response/parse-body';
import { kindOfUrl, matchCatalogMethod, type CatalogEntryRef } from './call-label';

const nameValue = z.object({ name: z.string(), value: z.string() });
// Chrome writes `null` where other tools leave a field out (`_error: null`, `text` of an image), so both are accepted.
const entrySchema = z.object({
  startedDateTime: z.string(),
  time: z.number(),
  request: z.object({
    method: z.string(),
    url: z.string(),
    headers: z.array(nameValue),
    postData: z.nullish(z.object({ mimeType: z.nullish(z.string()), text: z.nullish(z.string()) })),
  }),
  response: z.object({
    status: z.number(),
    statusText: z.nullish(z.string()),
    headers: z.array(nameValue),
    content: z.object({ size: z.nullish(z.number()), text: z.nullish(z.string()) }),
    _error: z.nullish(z.string()),
  }),
  _explorer: z.optional(z.object({ methodId: z.string(), methodSummary: z.string(), api: z.enum(['v3', 'v1']) })),
});
const logSchema = z.object({ log: z.object({ entries: z.array(z.unknown()) }) });

const METHODS = new Set<string>(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

export interface HarImport {
  exchanges: Exchange[];
  /** Entries that could not be kept (not a HAR entry, an HTTP method we do not store, a URL that is not http(s)). */
  skipped: number;
  /** Why entries were skipped, one line per reason with its count, e.g. `2 OPTIONS requests (CORS preflights)`. */
  skippedReasons: string[];
  /** How many of the kept calls went to hosts that are not ActiveCampaign (a web page's own requests). */
  otherHosts: number;
}

/**
 * Reads a HAR file's text, or throws a message that says what is wrong with
 * it (not JSON, with line and column; JSON but not a HAR log).
 */
export function readHarText(text: string, catalog: readonly CatalogEntryRef[] = []): HarImport {
  if (text.trim() === '') throw new Error('The file is empty.');
  const parsed = parseBody(text, 'application/json');
  if (parsed.kind !== 'json') {
    throw new Error(
      parsed.kind === 'unparsable' ? parsed.reason.replace(/^The body/, 'The file') : 'The file is empty.',
    );
  }
  return fromHar(parsed.value, catalog);
}

/**
 * Reads a HAR log (ours or another tool's, e.g. Chrome's "Save all as HAR")
 * into exchanges. Untrusted input: every entry is checked, bad ones are
 * counted and skipped with their reason, and credentials are masked on the
 * way in. A call to a host that is not ActiveCampaign is kept but labelled
 * as such, never as a v3 method. With the catalog at hand, an ActiveCampaign
 * call is named by the method it calls (it still has no form values, so it
 * can be viewed and compared, not re-sent).
 */
export function fromHar(input: unknown, catalog: readonly CatalogEntryRef[] = []): HarImport {
  const log = logSchema.safeParse(input);
  if (!log.success) throw new Error('This file is JSON but not a HAR log: it has no log.entries list.');
  const exchanges: Exchange[] = [];
  const reasons = new Map<string, number>();
  const skip = (why: string) => reasons.set(why, (reasons.get(why) ?? 0) + 1);
  let otherHosts = 0;
  for (const raw of log.data.log.entries) {
    const parsed = entrySchema.safeParse(raw);
    if (!parsed.success) {
      skip('unreadable entries');
      continue;
    }
    const e = parsed.data;
    const method = e.request.method.toUpperCase();
    if (!METHODS.has(method)) {
      skip(method === 'OPTIONS' ? 'OPTIONS requests (CORS preflights)' : `${method} requests`);
      continue;
    }
    const url = URL.canParse(e.request.url) ? new URL(e.request.url) : undefined;
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
      skip('entries whose URL is not http(s)');
      continue;
    }
    const kind = e._explorer ? e._explorer.api : kindOfUrl(url);
    const known = e._explorer ?? named(matchCatalogMethod(catalog, method, url));
    if (kind === 'other') otherHosts += 1;
    const res = e.response;
    // A live key found in its known places is masked wherever else it appears too (Chrome's `:path` pseudo-header).
    const secrets = credentialsIn(url, e.request.headers);
    const rawBody = e.request.postData?.text ?? undefined;
    const body = rawBody === undefined ? undefined : redactText(rawBody, secrets);
    const text = res.content.text ?? '';
    exchanges.push({
      // Only our own HAR names a catalog method; another tool's entry has none, so it cannot be replayed.
      methodId: known?.methodId ?? '',
      methodSummary:
        known?.methodSummary ?? (kind === 'other' ? `Other host: ${url.host}` : `${kind} call to ${url.host}`),
      // The stored type has no "other" API; the label is derived from the URL (see labelCall), never from this.
      api: kind === 'v1' ? 'v1' : 'v3',
      startedAt: Number.isNaN(Date.parse(e.startedDateTime)) ? new Date(0).toISOString() : e.startedDateTime,
      durationMs: Math.max(0, e.time),
      request: {
        method: method as HttpMethod,
        // Another tool's HAR may carry a live key: mask the known credential places before storing.
        url: redactUrl(e.request.url, secrets),
        headers: redactHeaders(e.request.headers, secrets),
        ...(body !== undefined && body !== '' ? { body } : {}),
      },
      ...(res.status === 0
        ? { networkError: res._error ?? 'No response was recorded.' }
        : {
            response: {
              status: res.status,
              statusText: res.statusText ?? '',
              headers: redactHeaders(res.headers, secrets),
              bodyText: redactText(text, secrets),
              bytes: res.content.size ?? text.length,
            },
          }),
    });
  }
  const skippedReasons = [...reasons].map(([why, n]) => `${n} ${why}`);
  return { exchanges, skipped: [...reasons.values()].reduce((a, b) => a + b, 0), skippedReasons, otherHosts };
}

function named(m: CatalogEntryRef | undefined): { methodId: string; methodSummary: string } | undefined {
  return m && { methodId: m.id, methodSummary: m.summary };
}

/** Header names whose value is a credential (compared lower-case: HTTP/2 HARs spell them so). */
const CREDENTIAL_HEADERS = new Set(['api-token', 'authorization', 'proxy-authorization']);

/** The credentials a request carries in their known places: the Api-Token header and v1's `api_key` parameter. */
function credentialsIn(url: URL, headers: readonly { name: string; value: string }[]): string[] {
  const found = headers.filter((h) => CREDENTIAL_HEADERS.has(h.name.toLowerCase())).map((h) => h.value);
  const key = url.searchParams.get('api_key');
  if (key) found.push(key);
  return found.filter((v) => v !== '' && v !== '[REDACTED]');
}
