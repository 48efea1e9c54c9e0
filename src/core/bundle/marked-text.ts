/**
 * Text that knows where its redactions are. Every bundle text is built from
 * these, so the preview can highlight each redaction from the model itself
 * (never by searching the output for "[REDACTED]" afterwards), and the copied
 * text is the very same string the preview shows.
 */

/** Why a stretch of text was replaced. */
export type RedactionKind = 'key' | 'secret' | 'field' | 'email' | 'phone';

/** A redaction: `text.slice(start, end)` is the placeholder that stands where the hidden value was. */
interface Mark {
  start: number;
  end: number;
  kind: RedactionKind;
}

export interface MarkedText {
  readonly text: string;
  /** Sorted by position, never overlapping. */
  readonly marks: readonly Mark[];
}

/** A run of text for display: redacted runs carry their kind. */
export interface Segment {
  text: string;
  redacted?: RedactionKind;
}

/** In words, for the preview's legend and each mark's accessible name. */
export const REDACTION_LABELS: Record<RedactionKind, string> = {
  key: 'API key',
  secret: 'secret value (API key or secret parameter)',
  field: 'field you listed',
  email: 'email address',
  phone: 'phone number',
};

const NO_MARKS: readonly Mark[] = [];

/** Text with no redaction in it, or (with `kind`) text that is one redaction placeholder as a whole. */
export function marked(text: string, kind?: RedactionKind): MarkedText {
  return kind && text ? { text, marks: [{ start: 0, end: text.length, kind }] } : { text, marks: NO_MARKS };
}

/** Joins pieces (plain strings or marked texts) into one, keeping every mark in its place. */
export function joinMarked(parts: readonly (string | MarkedText)[], separator = ''): MarkedText {
  let text = '';
  const marks: Mark[] = [];
  parts.forEach((part, i) => {
    if (i > 0) text += separator;
    if (typeof part === 'string') {
      text += part;
      return;
    }
    const offset = text.length;
    for (const m of part.marks) marks.push({ start: m.start + offset, end: m.end + offset, kind: m.kind });
    text += part.text;
  });
  return { text, marks };
}

/** The text as alternating plain and redacted runs; joined, they give back exactly `m.text`. */
export function toSegments(m: MarkedText): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const mark of m.marks) {
    if (mark.start > at) out.push({ text: m.text.slice(at, mark.start) });
    out.push({ text: m.text.slice(mark.start, mark.end), redacted: mark.kind });
    at = mark.end;
  }
  if (at < m.text.length || out.length === 0) out.push({ text: m.text.slice(at) });
  return out;
}

function fromSegments(segments: readonly Segment[]): MarkedText {
  return joinMarked(segments.map((s) => marked(s.text, s.redacted)));
}

/** How many redactions of each kind a text holds. */
export function countMarks(m: MarkedText): Partial<Record<RedactionKind, number>> {
  const counts: Partial<Record<RedactionKind, number>> = {};
  for (const mark of m.marks) counts[mark.kind] = (counts[mark.kind] ?? 0) + 1;
  return counts;
}

interface Range {
  start: number;
  end: number;
}

/**
 * Replaces each range (found in `m.text`) by `placeholder` and marks it.
 * Ranges that touch an existing mark or an earlier range are skipped, so a
 * placeholder is never redacted again and never cut in half.
 */
export function replaceRanges(m: MarkedText, ranges: Range[], kind: RedactionKind, placeholder: string): MarkedText {
  if (ranges.length === 0) return m;
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const old = m.marks;
  let oi = 0;
  let at = 0;
  let text = '';
  const marks: Mark[] = [];
  const keepOldBefore = (pos: number) => {
    while (oi < old.length && (old[oi] as Mark).start < pos) {
      const o = old[oi] as Mark;
      text += m.text.slice(at, o.end);
      const shift = text.length - o.end;
      marks.push({ start: o.start + shift, end: o.end + shift, kind: o.kind });
      at = o.end;
      oi += 1;
    }
  };
  for (const r of ranges) {
    if (r.end <= r.start || r.start < at) continue;
    keepOldBefore(r.end);
    // An older mark inside or across this range ended after its start: skip the range.
    if (r.start < at) continue;
    text += m.text.slice(at, r.start);
    marks.push({ start: text.length, end: text.length + placeholder.length, kind });
    text += placeholder;
    at = r.end;
  }
  keepOldBefore(Infinity);
  text += m.text.slice(at);
  return text === m.text && marks.length === old.length ? m : { text, marks };
}

/** Replaces every occurrence of each value (longest first) by `placeholder`, marked as `kind`. */
export function redactValues(
  m: MarkedText,
  values: readonly string[],
  kind: RedactionKind,
  placeholder: string,
): MarkedText {
  const ranges: Range[] = [];
  for (const value of [...new Set(values)].sort((a, b) => b.length - a.length)) {
    if (value === '') continue;
    for (let i = m.text.indexOf(value); i !== -1; i = m.text.indexOf(value, i + value.length)) {
      ranges.push({ start: i, end: i + value.length });
    }
  }
  return replaceRanges(m, ranges, kind, placeholder);
}

/** Replaces every match of a global regular expression by `placeholder`, marked as `kind`. */
export function redactPattern(m: MarkedText, pattern: RegExp, kind: RedactionKind, placeholder: string): MarkedText {
  const ranges: Range[] = [];
  for (const match of m.text.matchAll(pattern)) ranges.push({ start: match.index, end: match.index + match[0].length });
  return replaceRanges(m, ranges, kind, placeholder);
}

/**
 * Marks the placeholders an earlier step already wrote into a plain string
 * (the capture puts "[REDACTED]" where a secret was): the text is unchanged.
 */
export function markPlaceholders(text: string, placeholder: string, kind: RedactionKind): MarkedText {
  const marks: Mark[] = [];
  for (let i = text.indexOf(placeholder); i !== -1; i = text.indexOf(placeholder, i + placeholder.length)) {
    marks.push({ start: i, end: i + placeholder.length, kind });
  }
  return marks.length ? { text, marks } : marked(text);
}

/** Changes the kind of every mark (e.g. a secret that sits where the key goes is the key). */
export function withKind(m: MarkedText, kind: RedactionKind): MarkedText {
  return m.marks.length ? { text: m.text, marks: m.marks.map((x) => ({ ...x, kind })) } : m;
}

/** Every mark of `kind` reads `placeholder` instead (e.g. YOUR_API_KEY where a command needs the key back). */
export function replaceMarks(m: MarkedText, kind: RedactionKind, placeholder: string): MarkedText {
  if (!m.marks.some((x) => x.kind === kind)) return m;
  return fromSegments(toSegments(m).map((s) => (s.redacted === kind ? { text: placeholder, redacted: kind } : s)));
}

/** The first `limit` characters, never cutting a placeholder in half (a mark across the cut is left out whole). */
export function cutMarked(m: MarkedText, limit: number): MarkedText {
  if (m.text.length <= limit) return m;
  let end = limit;
  const marks: Mark[] = [];
  for (const mark of m.marks) {
    if (mark.end <= limit) marks.push(mark);
    else {
      if (mark.start < limit) end = mark.start;
      break;
    }
  }
  return { text: m.text.slice(0, end), marks };
}

/** Applies `fn` (e.g. shell escaping) to the unredacted runs only; placeholders stay as they are. */
export function mapUnmarked(m: MarkedText, fn: (text: string) => string): MarkedText {
  return fromSegments(toSegments(m).map((s) => (s.redacted ? s : { text: fn(s.text) })));
}

/** The longest run of backticks in the text (a Markdown fence must be longer than any run inside). */
export function longestBacktickRun(m: MarkedText): number {
  let longest = 0;
  for (const match of m.text.matchAll(/`+/g)) longest = Math.max(longest, match[0].length);
  return longest;
}
