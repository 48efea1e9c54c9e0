import type { Exchange } from '../exchange/types';
import { decodePairs } from '../request/encode';
import { REDACTED } from '../request/redact';
import { findAll } from './find-all';
import { markCaptured, mapTexts, type MarkedExchange } from './marked-exchange';
import { patternRanges, redact, type MarkedText, type RedactionPass } from './marked-text';

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
/** Code units allowed before an email's @: A-Z a-z 0-9 . _ % + - */
const LOCAL_PART = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._%+-') LOCAL_PART[c.charCodeAt(0)] = 1;
const DOMAIN = /[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/y;

/**
 * Where the email addresses are, `@` written raw or percent-encoded. It walks
 * out from each `@` rather than running one regular expression over the text:
 * a pattern that starts with `[A-Za-z0-9._%+-]+` retries from every letter of
 * a long word, which took minutes on a 256 KB body.
 */
function emailRanges(text: string, at: '@' | '%40'): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  for (let i = text.indexOf(at); i !== -1; i = text.indexOf(at, i + 1)) {
    let start = i;
    while (start > 0 && LOCAL_PART[text.charCodeAt(start - 1)] === 1) start -= 1;
    if (start === i) continue;
    DOMAIN.lastIndex = i + at.length;
    const domain = DOMAIN.exec(text);
    if (domain) ranges.push({ start, end: DOMAIN.lastIndex });
  }
  return ranges;
}

/** Email addresses (raw and percent-encoded), then phone numbers by their shape. */
function contactPasses(text: string): RedactionPass[] {
  return [
    { ranges: emailRanges(text, '%40'), kind: 'email', placeholder: EMAIL_PLACEHOLDER },
    { ranges: emailRanges(text, '@'), kind: 'email', placeholder: EMAIL_PLACEHOLDER },
    { ranges: patternRanges(text, PHONE), kind: 'phone', placeholder: PHONE_PLACEHOLDER },
  ];
}

/** Masks email addresses (raw and percent-encoded) and phone numbers in a text, marking each. */
export function maskContacts(text: MarkedText): MarkedText {
  return redact(text, contactPasses(text.text));
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
  const found = markedValues(
    exchange,
    (name) =>
      policy.fields.some((f) => sameName(f, name))
        ? 'field'
        : policy.maskContacts && PHONE_KEYS.test(innermost(name))
          ? 'phone'
          : undefined,
    policy.fields.length > 0,
  );
  const fields = findAll(forms(found.field));
  const phones = findAll([...forms(found.phone), ...found.phoneAsWritten.filter((v) => v.length >= MIN_VALUE)]);
  // The user's list first, then phone-named values, then anything shaped like an email or a phone.
  return (text) =>
    redact(text, [
      { ranges: fields(text.text), kind: 'field', placeholder: REDACTED },
      ...(policy.maskContacts
        ? [
            { ranges: phones(text.text), kind: 'phone' as const, placeholder: PHONE_PLACEHOLDER },
            ...contactPasses(text.text),
          ]
        : []),
    ]);
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

/** Shorter values are left alone: masking 1–3 characters would shred unrelated text. */
const MIN_VALUE = 4;

/**
 * Each value as it may appear in a text: raw and percent-encoded (as the
 * capture's redaction does).
 */
function forms(values: readonly string[]): string[] {
  const out = new Set<string>();
  for (const v of values) {
    if (v.length < MIN_VALUE) continue;
    out.add(v);
    out.add(encodeURIComponent(v));
    out.add(encodeURIComponent(v).replace(/%20/g, '+'));
  }
  return [...out];
}

type Pick = (name: string) => 'field' | 'phone' | undefined;

/** The same answer for the same name without asking again: a list of 100,000 contacts repeats 8 keys. */
function remembered(pick: Pick): Pick {
  const seen = new Map<string, ReturnType<Pick>>();
  return (name) => {
    if (seen.has(name)) return seen.get(name);
    const kind = pick(name);
    seen.set(name, kind);
    return kind;
  };
}

/**
 * Every value under a name `pick` chooses, in both request and response,
 * sorted by what chose it. JSON bodies are parsed only for listed fields
 * (whose values may be whole objects); phone-named keys are read straight off
 * the text, which spares parsing a 20 MB list when only masking is on.
 */
function markedValues(
  exchange: Exchange,
  choose: Pick,
  listed: boolean,
): { field: string[]; phone: string[]; phoneAsWritten: string[] } {
  const pick = remembered(choose);
  const found = { field: new Set<string>(), phone: new Set<string>(), phoneAsWritten: new Set<string>() };
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
  const phones = pick('phone') === 'phone';
  for (const text of [req.body, exchange.response?.bodyText]) {
    if (text === undefined) continue;
    // The answer's own phones appear as written; only what the request carried may also be percent-encoded.
    if (phones) for (const v of jsonPhoneValues(text)) (text === req.body ? found.phone : found.phoneAsWritten).add(v);
    const json = listed ? tryJson(text) : undefined;
    if (json !== undefined) collectJson(json, (name) => (pick(name) === 'field' ? 'field' : undefined), found);
  }
  // An empty value or the placeholder itself has nothing to hide.
  const useful = (set: Set<string>) => [...set].filter((v) => v !== '' && v !== REDACTED);
  return { field: useful(found.field), phone: useful(found.phone), phoneAsWritten: useful(found.phoneAsWritten) };
}

/** A phone-named key and its string or number value, in JSON text. */
const PHONE_MEMBER = /"(?:phone|mobile|mobile_?phone|fax|telephone|tel)"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d[\d.eE+-]*)/gi;

/** The values of phone-named keys in a JSON text, as written there (escaped) and as they read. */
function jsonPhoneValues(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(PHONE_MEMBER)) {
    const literal = m[1] ?? '';
    if (!literal.startsWith('"')) {
      out.push(literal);
      continue;
    }
    out.push(literal.slice(1, -1));
    try {
      out.push(JSON.parse(literal) as string);
    } catch {
      // Not valid JSON after all: the literal as written is still masked.
    }
  }
  return out;
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

// eslint-disable-next-line no-control-regex -- control characters (and lone surrogates) are what JSON.stringify escapes
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

function collectLeaves(value: unknown, out: Set<string>): void {
  if (value === null || value === undefined) return;
  if (typeof value === 'object') {
    for (const v of Object.values(value as Record<string, unknown>)) collectLeaves(v, out);
    return;
  }
  const text = String(value);
  out.add(text);
  // The raw JSON text holds the escaped form of a string with quotes, backslashes or control characters.
  if (typeof value === 'string' && NEEDS_ESCAPE.test(value)) out.add(JSON.stringify(value).slice(1, -1));
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
