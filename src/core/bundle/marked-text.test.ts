import { describe, expect, it } from 'vitest';
import {
  countMarks,
  cutMarked,
  joinMarked,
  mapUnmarked,
  marked,
  markPlaceholders,
  patternRanges,
  redact,
  replaceMarks,
  toSegments,
  type MarkedText,
} from './marked-text';
import { findAll } from './find-all';

/** Every mark covers exactly its placeholder, in order, without overlap. */
function wellFormed(m: MarkedText): void {
  let at = 0;
  for (const x of m.marks) {
    expect(x.start).toBeGreaterThanOrEqual(at);
    expect(x.end).toBeGreaterThan(x.start);
    expect(x.end).toBeLessThanOrEqual(m.text.length);
    at = x.end;
  }
  expect(
    toSegments(m)
      .map((s) => s.text)
      .join(''),
  ).toBe(m.text);
}

describe('marked text', () => {
  it('joins pieces and keeps each mark over its placeholder', () => {
    const m = joinMarked(['Api-Token: ', marked('[REDACTED]', 'key'), ' and ', marked('[EMAIL]', 'email')], '');
    expect(m.text).toBe('Api-Token: [REDACTED] and [EMAIL]');
    expect(toSegments(m)).toEqual([
      { text: 'Api-Token: ' },
      { text: '[REDACTED]', redacted: 'key' },
      { text: ' and ' },
      { text: '[EMAIL]', redacted: 'email' },
    ]);
    const lines = joinMarked([m, 'x', m], '\n');
    expect(lines.text).toBe(`${m.text}\nx\n${m.text}`);
    expect(countMarks(lines)).toEqual({ key: 2, email: 2 });
    wellFormed(lines);
  });

  it('marks placeholders already in a text without changing it', () => {
    const m = markPlaceholders('a [REDACTED] b [REDACTED]', '[REDACTED]', 'secret');
    expect(m.text).toBe('a [REDACTED] b [REDACTED]');
    expect(toSegments(m).filter((s) => s.redacted)).toHaveLength(2);
    expect(markPlaceholders('nothing here', '[REDACTED]', 'secret').marks).toEqual([]);
  });

  it('replaces values, longest first, and never inside an earlier placeholder', () => {
    const start = markPlaceholders('key [REDACTED] name Augusta Ada, again Augusta', '[REDACTED]', 'key');
    const find = findAll(['Augusta', 'Augusta Ada', 'REDACTED', '']);
    const m = redact(start, [{ ranges: find(start.text), kind: 'field', placeholder: '[REDACTED]' }]);
    expect(m.text).toBe('key [REDACTED] name [REDACTED], again [REDACTED]');
    expect(toSegments(m).filter((s) => s.redacted)).toEqual([
      { text: '[REDACTED]', redacted: 'key' },
      { text: '[REDACTED]', redacted: 'field' },
      { text: '[REDACTED]', redacted: 'field' },
    ]);
    wellFormed(m);
    // Nothing to replace: the very same object comes back.
    expect(redact(start, [{ ranges: findAll(['absent'])(start.text), kind: 'field', placeholder: '[REDACTED]' }])).toBe(
      start,
    );
  });

  it('replaces pattern matches and skips a match that would cross a placeholder', () => {
    const start = joinMarked(['call 555-', marked('[PHONE]', 'phone'), ' or 555-123-4567']);
    const m = redact(start, [
      { ranges: patternRanges(start.text, /\d{3}-[^ ]+/g), kind: 'phone', placeholder: '[PHONE]' },
    ]);
    expect(m.text).toBe('call 555-[PHONE] or [PHONE]');
    expect(countMarks(m)).toEqual({ phone: 2 });
    wellFormed(m);
  });

  it('lets an earlier pass win over a later one wherever their ranges start, in one rebuild', () => {
    const start = marked('call ada 555-0100 now');
    const m = redact(start, [
      { ranges: [{ start: 9, end: 17 }], kind: 'field', placeholder: '[REDACTED]' },
      { ranges: [{ start: 5, end: 12 }], kind: 'email', placeholder: '[EMAIL]' },
      { ranges: [{ start: 18, end: 21 }], kind: 'phone', placeholder: '[PHONE]' },
    ]);
    expect(m.text).toBe('call ada [REDACTED] [PHONE]');
    expect(toSegments(m).filter((s) => s.redacted)).toEqual([
      { text: '[REDACTED]', redacted: 'field' },
      { text: '[PHONE]', redacted: 'phone' },
    ]);
    wellFormed(m);
  });

  it('cuts without splitting a placeholder', () => {
    const m = joinMarked(['abcd', marked('[REDACTED]', 'key'), 'efgh']);
    expect(cutMarked(m, 100)).toBe(m);
    const inside = cutMarked(m, 8);
    expect(inside.text).toBe('abcd');
    expect(inside.marks).toEqual([]);
    const after = cutMarked(m, 15);
    expect(after.text).toBe('abcd[REDACTED]e');
    expect(countMarks(after)).toEqual({ key: 1 });
  });

  it('maps only the unmarked runs, and swaps a kind of placeholder for another text', () => {
    const m = joinMarked(["it's ", marked('[REDACTED]', 'key'), " o'k"]);
    const quoted = mapUnmarked(m, (t) => t.replace(/'/g, "'\\''"));
    expect(quoted.text).toBe("it'\\''s [REDACTED] o'\\''k");
    expect(toSegments(quoted)[1]).toEqual({ text: '[REDACTED]', redacted: 'key' });
    const withKey = replaceMarks(quoted, 'key', 'YOUR_API_KEY');
    expect(withKey.text).toBe("it'\\''s YOUR_API_KEY o'\\''k");
    expect(toSegments(withKey)[1]).toEqual({ text: 'YOUR_API_KEY', redacted: 'key' });
    wellFormed(withKey);
  });
});
