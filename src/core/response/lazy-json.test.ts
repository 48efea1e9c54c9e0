import { describe, expect, it } from 'vitest';
import { plainDoc } from './json-doc';
import { LazyJson } from './lazy-json';
import { TreeModel } from './tree-model';
import { seededRandom } from './seeded-random';

const utf8 = (text: string) => new TextEncoder().encode(text);

const STRINGS = [
  '',
  'a',
  'ada@example.com',
  'é ü 漢字',
  '😀 emoji',
  'quote " and \\ backslash',
  'tab\tnew\nline',
  '<script>',
];
const NUMBERS = [0, -1, 42, 3.5, -0.25, 1e21, 2 ** 70, 1.5e-7];

function randomValue(next: () => number, depth: number): unknown {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const kind = depth > 3 ? Math.floor(next() * 4) : Math.floor(next() * 6);
  switch (kind) {
    case 0:
      return pick(STRINGS);
    case 1:
      return pick(NUMBERS);
    case 2:
      return pick([true, false, null]);
    case 3:
      return `${pick(STRINGS)}${Math.floor(next() * 1000)}`;
    case 4:
      return Array.from({ length: Math.floor(next() * 5) }, () => randomValue(next, depth + 1));
    default:
      return Object.fromEntries(
        Array.from({ length: Math.floor(next() * 5) }, (_, i) => [
          `${pick(['id', 'email', 'odd key', 'ключ', 'a.b'])}${i}`,
          randomValue(next, depth + 1),
        ]),
      );
  }
}

/** Every row of a fully opened tree, plus search and copy results: what the user can see of a document. */
function visible<N>(model: TreeModel<N>) {
  model.expandToDepth(20);
  const rows = model.rows(0, model.rowCount);
  return {
    rows,
    search: [model.search('a'), model.search('1'), model.search('é')],
    values: rows.map((r) => model.valueJson(r.path)),
  };
}

describe('LazyJson', () => {
  it('shows exactly what a parsed value shows, for many generated documents and spacings', () => {
    const next = seededRandom(7);
    for (let n = 0; n < 150; n++) {
      const value = { root: randomValue(next, 0), list: [randomValue(next, 1), randomValue(next, 1)] };
      for (const text of [JSON.stringify(value), `  \n${JSON.stringify(value, null, n % 2 ? 2 : '\t')}\r\n `]) {
        const lazy = LazyJson.open(utf8(text));
        expect(lazy, text).toBeDefined();
        if (!lazy) continue;
        expect(visible(new TreeModel(lazy))).toEqual(visible(new TreeModel(plainDoc(JSON.parse(text)))));
      }
    }
  });

  it('opens scalars and empty containers at the root', () => {
    for (const text of ['0', '"only"', ' true ', 'null', '[]', '{}', '[[],{}]', '-1.5E+3']) {
      const lazy = LazyJson.open(utf8(text));
      expect(lazy, text).toBeDefined();
      if (lazy) expect(new TreeModel(lazy).rows(0, 9)).toEqual(new TreeModel(plainDoc(JSON.parse(text))).rows(0, 9));
    }
  });

  it('accepts what JSON.parse accepts and refuses what it refuses, including broken and truncated bodies', () => {
    const samples = [
      '{"a":1,}',
      '[1,,2]',
      '{"a" 1}',
      '{a:1}',
      '[01]',
      '[1.]',
      '[.5]',
      '[-]',
      '[1e]',
      '["\\x"]',
      '["\\u12G4"]',
      '["tab\there"]',
      '[tru]',
      '[nulls]',
      '{"a":1}{"b":2}',
      '[1] x',
      '',
      '   ',
      '{"a":[1,2}',
      "{'a':1}",
      '[1 2]',
    ];
    const next = seededRandom(11);
    const base = JSON.stringify({ contacts: [{ id: '1', email: 'é@example.com', n: -2.5e3, ok: true }], meta: null });
    for (let n = 0; n < 300; n++) {
      const at = Math.floor(next() * base.length);
      samples.push(base.slice(0, at)); // truncated
      samples.push(base.slice(0, at) + base.slice(at + 1)); // one character dropped
      samples.push(base.slice(0, at) + '",:]}x0 '[Math.floor(next() * 8)] + base.slice(at)); // one inserted
    }
    for (const text of samples) {
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      expect(LazyJson.open(utf8(text)) !== undefined, JSON.stringify(text)).toBe(valid);
    }
  });

  it('opens 100,000 items without parsing them and reads one on demand', () => {
    const contacts = Array.from({ length: 100_000 }, (_, i) => ({ id: String(i + 1), email: `c${i}@example.com` }));
    const lazy = LazyJson.open(utf8(JSON.stringify({ contacts, meta: { total: '100000' } })));
    if (!lazy) throw new Error('not opened');
    const model = new TreeModel(lazy);
    expect(model.rows(0, 9).map((r) => `${r.path}=${r.count ?? r.text ?? ''}`)).toEqual([
      '=2',
      'contacts=100000',
      'meta=1',
      'meta.total=100000',
    ]);
    model.toggle('contacts', true, 1);
    expect(model.rowCount).toBe(100_004);
    model.toggle('contacts[99999]', true, 100_001);
    expect(model.rows(100_002, 100_004).map((r) => r.text)).toEqual(['100000', 'c99999@example.com']);
    expect(JSON.parse(model.valueJson('contacts[99999]') ?? '')).toEqual(contacts[99_999]);
  });
});
