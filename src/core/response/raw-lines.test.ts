import { describe, expect, it } from 'vitest';
import { RawRows, lineStarts, lineStartsOfUtf8 } from './raw-lines';
import { seededRandom } from './seeded-random';

describe('lineStarts', () => {
  it('finds the start of every line, including an empty last one', () => {
    expect([...lineStarts('ab\ncde\n')]).toEqual([0, 3, 7]);
    expect([...lineStarts('')]).toEqual([0]);
  });
});

describe('RawRows', () => {
  it('cuts long lines into rows of at most width characters and marks continuations', () => {
    const text = 'abcdefg\nxy\n\nz';
    const rows = new RawRows(text, lineStarts(text), 3);
    expect(rows.count).toBe(3 + 1 + 1 + 1);
    const all = Array.from({ length: rows.count }, (_, i) => rows.row(i));
    expect(all.map((r) => r.text)).toEqual(['abc', 'def', 'g', 'xy', '', 'z']);
    expect(all.map((r) => r.continued)).toEqual([false, true, true, false, false, false]);
    expect(all.map((r) => r.line)).toEqual([1, 1, 1, 2, 3, 4]);
  });

  it('reassembles exactly the original text', () => {
    const text = '{"a":"' + 'x'.repeat(1000) + '"}\n\r\nend';
    const rows = new RawRows(text, lineStarts(text), 7);
    let out = '';
    for (let i = 0; i < rows.count; i++) {
      const r = rows.row(i);
      out += (i > 0 && !r.continued ? '\n' : '') + r.text;
    }
    expect(out).toBe(text);
  });

  it('finds the same line starts in UTF-8 bytes as in the decoded text, whatever the characters', () => {
    const pieces = ['a', 'é', '漢', '😀', '\n', '\r\n', '{"k":"v"}', ' '];
    const next = seededRandom(3);
    for (let round = 0; round < 50; round++) {
      const text = Array.from({ length: 200 }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      for (const bytes of [
        new TextEncoder().encode(text),
        new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]),
      ]) {
        expect(lineStartsOfUtf8(bytes)).toEqual(lineStarts(new TextDecoder().decode(bytes)));
      }
    }
  });
});
