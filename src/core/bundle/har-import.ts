import * as z from 'zod/mini';
import type { Exchange } from '../exchange/types';
import type { HttpMethod } from '../catalog/types';
import { redactHeaders, redactUrl } from '../request/redact';

const nameValue = z.object({ name: z.string(), value: z.string() });
const entrySchema = z.object({
  startedDateTime: z.string(),
  time: z.number(),
  request: z.object({
    method: z.string(),
    url: z.string(),
    headers: z.array(nameValue),
    postData: z.optional(z.object({ mimeType: z.optional(z.string()), text: z.optional(z.string()) })),
  }),
  response: z.object({
    status: z.number(),
    statusText: z.optional(z.string()),
    headers: z.array(nameValue),
    content: z.object({ size: z.optional(z.number()), text: z.optional(z.string()) }),
    _error: z.optional(z.string()),
  }),
  _explorer: z.optional(z.object({ methodId: z.string(), methodSummary: z.string(), api: z.enum(['v3', 'v1']) })),
});
const logSchema = z.object({ log: z.object({ entries: z.array(z.unknown()) }) });

const METHODS = new Set<string>(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

export interface HarImport {
  exchanges: Exchange[];
  /** Entries that could not be read (not HAR, not an HTTP method we send, a URL that does not parse). */
  skipped: number;
}

/**
 * Reads a HAR file (ours or another tool's, e.g. a browser's "Save all as
 * HAR") into exchanges. Untrusted input: every entry is checked, bad ones
 * are counted and skipped, and credentials are masked on the way in.
 */
export function fromHar(input: unknown): HarImport {
  const log = logSchema.safeParse(input);
  if (!log.success) throw new Error('This file is not a HAR log (no log.entries).');
  const exchanges: Exchange[] = [];
  let skipped = 0;
  for (const raw of log.data.log.entries) {
    const parsed = entrySchema.safeParse(raw);
    const method = parsed.success ? parsed.data.request.method.toUpperCase() : '';
    if (!parsed.success || !METHODS.has(method) || !URL.canParse(parsed.data.request.url)) {
      skipped += 1;
      continue;
    }
    const e = parsed.data;
    const url = new URL(e.request.url);
    const api = e._explorer?.api ?? (url.pathname.startsWith('/admin/api.php') ? 'v1' : 'v3');
    const res = e.response;
    const body = e.request.postData?.text;
    exchanges.push({
      methodId: e._explorer?.methodId ?? '',
      methodSummary: e._explorer?.methodSummary ?? `${method} ${url.pathname}`,
      api,
      startedAt: Number.isNaN(Date.parse(e.startedDateTime)) ? new Date(0).toISOString() : e.startedDateTime,
      durationMs: Math.max(0, e.time),
      request: {
        method: method as HttpMethod,
        // Another tool's HAR may carry a live key: mask the known credential places before storing.
        url: redactUrl(e.request.url, []),
        headers: redactHeaders(e.request.headers, []),
        ...(body !== undefined && body !== '' ? { body } : {}),
      },
      ...(res.status === 0
        ? { networkError: res._error ?? 'No response was recorded.' }
        : {
            response: {
              status: res.status,
              statusText: res.statusText ?? '',
              headers: redactHeaders(res.headers, []),
              bodyText: res.content.text ?? '',
              bytes: res.content.size ?? (res.content.text ?? '').length,
            },
          }),
    });
  }
  return { exchanges, skipped };
}
