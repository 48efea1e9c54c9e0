import type { Exchange } from '../exchange/types';
import { decodePairs } from '../request/encode';
import { REDACTED } from '../request/redact';
import { markCaptured, mapTexts, type MarkedExchange } from './marked-exchange';
import { redactPattern, redactValues, replaceRanges, type MarkedText } from './marked-text';

/** What the user asked to hide on top of the key and catalog secrets. */
export interface RedactionPolicy {
  /** Field names to hide wherever they appear: query and form parameters, headers, JSON keys at any depth. */
  fields: readonly string[];
  /** Replace email addresses and phone numbers with placeholders. */
  maskContacts: boolean;
}

export const NO_EXTRA_REDACTION: RedactionPolicy = { fields: [], maskContacts: false };

/**
 * Emails and phone numbers are masked unless the user unticks it. A bundle is
 * read by ActiveCampaign support, who may want the contact, but bundles also
 * get pasted into public forums and issue trackers, where a customer's address
 * cannot be taken back. Masking keeps ids, so support can still find the
 * contact in the account, and the preview shows what was masked.
 */
export const DEFAULT_POLICY: RedactionPolicy = { fields: [], maskContacts: true };

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

// International numbers with a leading +, and North-American style groupings. Bare digit runs are not
// matched: ids, timestamps and counts would be shredded. Phone-named JSON keys are masked by name instead.
const PHONE = /(?:\+\d[\d\s().-]{6,}\d)|(?:\(\d{3}\)\s?\d{3}[-.\s]\d{4})|(?:\b\d{3}[-.]\d{3}[-.]\d{4}\b)/g;
const PHONE_KEYS = /^(phone|mobile|mobile_?phone|fax|telephone|tel)$/i;
const LOCAL_PART = /[A-Za-z0-9._%+-]/;
const DOMAIN = /[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/y;

/**
 * Where the email addresses are, `@` written raw or percent-encoded. It walks
 * out from each `@` rather than running one regular expression over the text:
 * a pattern that starts with `[A-Za-z0-9._%+-]+` retries from every letter of
 * a long word, which took minutes on a 256 KB body.
 */
function emailRanges(text: string, at: '@' | '%40'): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  const haystack = at === '@' ? text : text.toLowerCase();
  for (let i = haystack.indexOf(at); i !== -1; i = haystack.indexOf(at, i + 1)) {
    let start = i;
    while (start > 0 && LOCAL_PART.test(text.charAt(start - 1))) start -= 1;
    if (start === i) continue;
    DOMAIN.lastIndex = i + at.length;
    const domain = DOMAIN.exec(text);
    if (domain) ranges.push({ start, end: DOMAIN.lastIndex });
  }
  return ranges;
}

/** Masks email addresses (raw and percent-encoded) and phone numbers in a text, marking each. */
export function maskContacts(text: MarkedText): MarkedText {
  let out = replaceRanges(text, emailRanges(text.text, '%40'), 'email', EMAIL_PLACEHOLDER);
  out = replaceRanges(out, emailRanges(out.text, '@'), 'email', EMAIL_PLACEHOLDER);
  return redactPattern(out, PHONE, 'phone', PHONE_PLACEHOLDER);
}

/**
 * The user's redaction for one exchange, as a function over any of its texts
 * (the problem description too): every value found under a listed name is
 * hidden wherever it appears (so an email echoed back in the response goes
 * too), then contacts are masked if asked.
 */
export function policyRedactor(exchange: Exchange, policy: RedactionPolicy): (text: MarkedText) => MarkedText {
  if (policy.fields.length === 0 && !policy.maskContacts) return (text) => text;
  // The user's list wins over the phone rule: a listed phone field reads [REDACTED] like the rest of the list.
  const found = markedValues(exchange, (name) =>
    policy.fields.some((f) => sameName(f, name))
      ? 'field'
      : policy.maskContacts && PHONE_KEYS.test(innermost(name))
        ? 'phone'
        : undefined,
  );
  const fields = forms(found.field);
  const phones = forms(found.phone);
  return (text) => {
    const out = redactValues(text, fields, 'field', REDACTED);
    return policy.maskContacts ? maskContacts(redactValues(out, phones, 'phone', PHONE_PLACEHOLDER)) : out;
  };
}

/** The captured exchange with its redactions marked and the user's policy applied on top. */
export function applyPolicy(exchange: Exchange, policy: RedactionPolicy): MarkedExchange {
  return mapTexts(markCaptured(exchange), policyRedactor(exchange, policy));
}

/** A listed name matches a parameter, header or JSON key by itself or by its innermost bracket (`filters[email]`). */
function sameName(listed: string, name: string): boolean {
  const l = listed.toLowerCase();
  return l === name.toLowerCase() || l === innermost(name).toLowerCase();
}

/**
 * Each value as it may appear in a text: raw and percent-encoded (as the
 * capture's redaction does); 1–3 characters are left alone, since masking
 * them would shred unrelated text.
 */
function forms(values: readonly string[]): string[] {
  const out = new Set<string>();
  for (const v of values) {
    if (v.length < 4) continue;
    out.add(v);
    out.add(encodeURIComponent(v));
    out.add(encodeURIComponent(v).replace(/%20/g, '+'));
  }
  return [...out];
}

type Pick = (name: string) => 'field' | 'phone' | undefined;

/** Every value under a name `pick` chooses, in both request and response, sorted by what chose it. */
function markedValues(exchange: Exchange, pick: Pick): { field: string[]; phone: string[] } {
  const found = { field: new Set<string>(), phone: new Set<string>() };
  const add = (name: string, value: string) => {
    const kind = pick(name);
    if (kind) found[kind].add(value);
  };
  const req = exchange.request;
  const query = req.url.includes('?') ? req.url.slice(req.url.indexOf('?') + 1).split('#')[0] : '';
  for (const [name, value] of decodePairs(query ?? '')) add(name, value);
  for (const h of [...req.headers, ...(exchange.response?.headers ?? [])]) add(h.name, h.value);
  const contentType = req.headers.find((h) => h.name.toLowerCase() === 'content-type')?.value ?? '';
  if (req.body !== undefined && /x-www-form-urlencoded/i.test(contentType)) {
    for (const [name, value] of decodePairs(req.body)) add(name, value);
  }
  for (const text of [req.body, exchange.response?.bodyText]) {
    if (text === undefined) continue;
    const json = tryJson(text);
    if (json !== undefined) collectJson(json, pick, found);
  }
  // An empty value or the placeholder itself has nothing to hide.
  const useful = (set: Set<string>) => [...set].filter((v) => v !== '' && v !== REDACTED);
  return { field: useful(found.field), phone: useful(found.phone) };
}

/** `filters[email]` -> `email`, `p[12]` -> `12`; plain names are returned as they are. */
function innermost(name: string): string {
  const m = /\[([^[\]]*)\]$/.exec(name);
  return m?.[1] ?? name;
}

function collectJson(value: unknown, pick: Pick, out: { field: Set<string>; phone: Set<string> }): void {
  if (Array.isArray(value)) {
    for (const v of value) collectJson(v, pick, out);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    const kind = pick(key);
    if (kind) collectLeaves(v, out[kind]);
    else collectJson(v, pick, out);
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
