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

/** One kind of redaction: where it applies (ranges in the text as given) and what stands there instead. */
export interface RedactionPass {
  ranges: readonly Range[];
  kind: RedactionKind;
  placeholder: string;
}

/** One stretch of the result: a kept mark (`old`) or a new placeholder. */
interface Taken extends Range {
  kind: RedactionKind;
  placeholder?: string;
}

/**
 * Applies redaction passes in priority order, rebuilding the text once: a
 * range that touches an existing mark or a range an earlier pass took is
 * skipped, so a placeholder is never redacted again nor cut in half. Every
 * pass looks at the same original text, which spares re-scanning a 20 MB
 * body after each pass.
 */
export function redact(m: MarkedText, passes: readonly RedactionPass[]): MarkedText {
  let taken: Taken[] = m.marks.map((x) => ({ start: x.start, end: x.end, kind: x.kind }));
  let added = 0;
  for (const pass of passes) {
    if (pass.ranges.length === 0) continue;
    const candidates = pass.ranges.filter((r) => r.end > r.start).sort((x, y) => x.start - y.start || y.end - x.end);
    const merged: Taken[] = [];
    let ti = 0;
    let lastEnd = -1;
    for (const c of candidates) {
      // Everything already taken that starts at or before this range comes first.
      while (ti < taken.length && (taken[ti] as Taken).start <= c.start) {
        const t = taken[ti++] as Taken;
        merged.push(t);
        lastEnd = Math.max(lastEnd, t.end);
      }
      const nextStart = ti < taken.length ? (taken[ti] as Taken).start : Infinity;
      if (c.start < lastEnd || c.end > nextStart) continue;
      merged.push({ start: c.start, end: c.end, kind: pass.kind, placeholder: pass.placeholder });
      lastEnd = c.end;
      added += 1;
    }
    while (ti < taken.length) merged.push(taken[ti++] as Taken);
    taken = merged;
  }
  if (added === 0) return m;
  let text = '';
  let at = 0;
  const marks: Mark[] = [];
  for (const t of taken) {
    text += m.text.slice(at, t.start);
    const shown = t.placeholder ?? m.text.slice(t.start, t.end);
    marks.push({ start: text.length, end: text.length + shown.length, kind: t.kind });
    text += shown;
    at = t.end;
  }
  text += m.text.slice(at);
  return { text, marks };
}

/** Where a global regular expression matches. */
export function patternRanges(text: string, pattern: RegExp): Range[] {
  const ranges: Range[] = [];
  for (const match of text.matchAll(pattern)) ranges.push({ start: match.index, end: match.index + match[0].length });
  return ranges;
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
