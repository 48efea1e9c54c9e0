import { describe, expect, it } from 'vitest';
import { findAll } from './find-all';

/** What one indexOf scan per needle finds: the reference the automaton must agree with. */
function byIndexOf(text: string, needles: readonly string[]): string[] {
  const out: string[] = [];
  // A needle listed twice is one needle.
  for (const n of new Set(needles)) {
    if (n === '') continue;
    for (let i = text.indexOf(n); i !== -1; i = text.indexOf(n, i + 1)) out.push(`${i}-${i + n.length}`);
  }
  return out.sort();
}

const found = (text: string, needles: readonly string[]) =>
  findAll(needles)(text)
    .map((r) => `${r.start}-${r.end}`)
    .sort();

describe('findAll', () => {
  it('finds every occurrence, overlapping ones included, as indexOf would', () => {
    const needles = ['he', 'she', 'his', 'hers', 'e'];
    expect(found('ushers and his shes', needles)).toEqual(byIndexOf('ushers and his shes', needles));
    expect(found('aaaa', ['aa', 'a'])).toEqual(byIndexOf('aaaa', ['aa', 'a']));
  });

  it('works on UTF-16 code units (astral characters, accents) and ignores empty needles', () => {
    const text = 'é😀 +44 20 7946 0958 😀é';
    const needles = ['😀', '+44 20 7946 0958', 'é', ''];
    expect(found(text, needles)).toEqual(byIndexOf(text, needles));
    expect(findAll([''])('abc')).toEqual([]);
    expect(findAll([])('abc')).toEqual([]);
  });

  it('agrees with indexOf on many generated needles and texts', () => {
    // A small alphabet makes shared prefixes and failure links work hard.
    let seed = 7;
    const rand = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const word = (len: number) => Array.from({ length: len }, () => 'abc'[rand(3)]).join('');
    for (let round = 0; round < 200; round++) {
      const needles = Array.from({ length: 1 + rand(12) }, () => word(1 + rand(5)));
      const text = word(200);
      expect(found(text, needles), `round ${round}`).toEqual(byIndexOf(text, needles));
    }
  });
});
