import type { Exchange } from '../exchange/types';
import { decodePairs } from '../request/encode';
import { redactText } from '../request/redact';

/** What the user asked to hide on top of the key and catalog secrets. */
export interface RedactionPolicy {
  /** Field names to hide wherever they appear: query and form parameters, headers, JSON keys at any depth. */
  fields: readonly string[];
  /** Replace email addresses and phone numbers with placeholders. */
  maskContacts: boolean;
}

export const NO_EXTRA_REDACTION: RedactionPolicy = { fields: [], maskContacts: false };

export const EMAIL_PLACEHOLDER = '[EMAIL]';
export const PHONE_PLACEHOLDER = '[PHONE]';

/** Splits what the user typed ("email, phone ,x") into field names. */
export function parseFieldList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
// International numbers with a leading +, and North-American style groupings. Bare digit runs are not
// matched: ids, timestamps and counts would be shredded. Phone-named JSON keys are masked by name instead.
const PHONE = /(?:\+\d[\d\s().-]{6,}\d)|(?:\(\d{3}\)\s?\d{3}[-.\s]\d{4})|(?:\b\d{3}[-.]\d{3}[-.]\d{4}\b)/g;
const PHONE_KEYS = /^(phone|mobile|mobile_?phone|fax|telephone|tel)$/i;

/** Masks email addresses (raw and percent-encoded) and phone numbers in a text. */
export function maskContacts(text: string): string {
  const decodedAt = text.replace(/%40/gi, '@');
  let out = decodedAt === text ? text : maskEncodedEmails(text);
  out = out.replace(EMAIL, EMAIL_PLACEHOLDER);
  return out.replace(PHONE, PHONE_PLACEHOLDER);
}

function maskEncodedEmails(text: string): string {
  return text.replace(/[A-Za-z0-9._%+-]+%40[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/gi, EMAIL_PLACEHOLDER);
}

/**
 * Applies a policy to an already redacted exchange: every value found under a
 * marked name is then hidden everywhere it appears (so an email echoed back in
 * the response goes too), and contacts are masked if asked.
 */
export function applyPolicy(exchange: Exchange, policy: RedactionPolicy): Exchange {
  const values = markedValues(exchange, policy);
  if (values.length === 0 && !policy.maskContacts) return exchange;
  const clean = (text: string) => {
    const out = redactText(text, values);
    return policy.maskContacts ? maskContacts(out) : out;
  };
  const req = exchange.request;
  const res = exchange.response;
  return {
    ...exchange,
    request: {
      ...req,
      url: clean(req.url),
      headers: req.headers.map((h) => ({ name: h.name, value: clean(h.value) })),
      ...(req.body !== undefined ? { body: clean(req.body) } : {}),
    },
    ...(res
      ? {
          response: {
            ...res,
            headers: res.headers.map((h) => ({ name: h.name, value: clean(h.value) })),
            bodyText: clean(res.bodyText),
            ...(res.proxyError ? { proxyError: { ...res.proxyError, message: clean(res.proxyError.message) } } : {}),
          },
        }
      : {}),
    ...(exchange.networkError !== undefined ? { networkError: clean(exchange.networkError) } : {}),
  };
}

/** Every value the policy's names point at, in both request and response. */
function markedValues(exchange: Exchange, policy: RedactionPolicy): string[] {
  const names = new Set(policy.fields.map((f) => f.toLowerCase()));
  if (policy.maskContacts) names.add('phone');
  if (names.size === 0) return [];
  const isMarked = (name: string) =>
    names.has(name.toLowerCase()) ||
    names.has(innermost(name).toLowerCase()) ||
    (policy.maskContacts && PHONE_KEYS.test(innermost(name)));
  const found = new Set<string>();
  const req = exchange.request;
  const query = req.url.includes('?') ? req.url.slice(req.url.indexOf('?') + 1).split('#')[0] : '';
  for (const [name, value] of decodePairs(query ?? '')) if (isMarked(name)) found.add(value);
  for (const h of [...req.headers, ...(exchange.response?.headers ?? [])]) if (isMarked(h.name)) found.add(h.value);
  const contentType = req.headers.find((h) => h.name.toLowerCase() === 'content-type')?.value ?? '';
  if (req.body !== undefined && /x-www-form-urlencoded/i.test(contentType)) {
    for (const [name, value] of decodePairs(req.body)) if (isMarked(name)) found.add(value);
  }
  for (const text of [req.body, exchange.response?.bodyText]) {
    if (text === undefined) continue;
    const json = tryJson(text);
    if (json !== undefined) collectJson(json, isMarked, found);
  }
  // An empty value or "[REDACTED]" itself has nothing to hide.
  return [...found].filter((v) => v !== '' && v !== '[REDACTED]');
}

/** `filters[email]` -> `email`, `p[12]` -> `12`; plain names are returned as they are. */
function innermost(name: string): string {
  const m = /\[([^[\]]*)\]$/.exec(name);
  return m?.[1] ?? name;
}

function collectJson(value: unknown, isMarked: (name: string) => boolean, out: Set<string>): void {
  if (Array.isArray(value)) {
    for (const v of value) collectJson(v, isMarked, out);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (isMarked(key)) collectLeaves(v, out);
    else collectJson(v, isMarked, out);
  }
}

function collectLeaves(value: unknown, out: Set<string>): void {
  if (value === null || value === undefined) return;
  if (typeof value === 'object') {
    for (const v of Object.values(value as Record<string, unknown>)) collectLeaves(v, out);
    return;
  }
  const text = String(value);
  out.add(text);
  // The raw JSON text holds the escaped form of a string with quotes or backslashes.
  if (typeof value === 'string') out.add(JSON.stringify(value).slice(1, -1));
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
