import { describe, expect, it } from 'vitest';
import {
  bracketPairs,
  decodeBracketForm,
  encodeBracketForm,
  formPairs,
  keyPath,
  MAX_FORM_DEPTH,
  MAX_FORM_FIELDS,
} from './bracket-form';

describe('keyPath', () => {
  it.each([
    ['type', ['type']],
    ['contact[email]', ['contact', 'email']],
    ['contact[fields][0][value]', ['contact', 'fields', '0', 'value']],
    ['tags[]', ['tags', '']],
    ['broken[key', ['broken[key']],
    ['[lead]', ['[lead]']],
    ['a[b]c', ['a[b]c']],
  ])('%s', (key, path) => expect(keyPath(key)).toEqual(path));
});

describe('decodeBracketForm', () => {
  it('decodes a contact delivery as ActiveCampaign sends it', () => {
    const body =
      'type=subscribe&date_time=2026-12-07T10%3A00%3A00-06%3A00&initiated_by=api&initiated_from=api' +
      '&list=1&contact%5Bid%5D=251&contact%5Bemail%5D=jane%40example.org&contact%5Bfirst_name%5D=Jane+Ann' +
      '&contact%5Btags%5D=vip%2C+lead';
    expect(decodeBracketForm(body).value).toEqual({
      type: 'subscribe',
      date_time: '2026-12-07T10:00:00-06:00',
      initiated_by: 'api',
      initiated_from: 'api',
      list: '1',
      contact: { id: '251', email: 'jane@example.org', first_name: 'Jane Ann', tags: 'vip, lead' },
    });
  });

  it('turns `a[]` and 0..n-1 keys into arrays, other numeric keys into objects', () => {
    const { value } = decodeBracketForm('a[]=x&a[]=y&b[0]=p&b[1]=q&c[1]=only&d[0][k]=v&d[1][k]=w');
    expect(value).toEqual({ a: ['x', 'y'], b: ['p', 'q'], c: { 1: 'only' }, d: [{ k: 'v' }, { k: 'w' }] });
  });

  it('lets the last repeated key win and keeps empty values', () => {
    expect(decodeBracketForm('a=1&a=2&b=&c').value).toEqual({ a: '2', b: '', c: '' });
  });

  it('never writes to a prototype', () => {
    const { value } = decodeBracketForm('__proto__[polluted]=1&constructor[prototype][x]=2');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__', 'constructor']);
  });

  it('keeps a malformed escape as typed', () => {
    expect(formPairs('a=%E0%A4%A&b=100%')).toEqual([
      ['a', '%E0%A4%A'],
      ['b', '100%'],
    ]);
  });

  it('caps the number of fields and the nesting depth, saying how many were affected', () => {
    const many = Array.from({ length: MAX_FORM_FIELDS + 5 }, (_, i) => `f${i}=${i}`).join('&');
    const decoded = decodeBracketForm(many);
    expect(Object.keys(decoded.value)).toHaveLength(MAX_FORM_FIELDS);
    expect(decoded.droppedFields).toBe(5);

    const deepKey = `a${'[x]'.repeat(MAX_FORM_DEPTH + 3)}`;
    const deep = decodeBracketForm(`${encodeURIComponent(deepKey)}=1`);
    expect(deep.flattenedKeys).toBe(1);
    let node: unknown = deep.value.a;
    let depth = 1;
    while (typeof node === 'object' && node !== null) {
      node = Object.values(node)[0];
      depth += 1;
    }
    expect(depth).toBe(MAX_FORM_DEPTH + 1);
  });
});

describe('encodeBracketForm', () => {
  it('encodes nested objects and arrays with percent-encoded brackets, leaving out null', () => {
    expect(
      encodeBracketForm({ type: 'update', contact: { id: 5, email: 'a@b.c', phone: null }, tags: ['x', 'y'] }),
    ).toBe('type=update&contact%5Bid%5D=5&contact%5Bemail%5D=a%40b.c&tags%5B0%5D=x&tags%5B1%5D=y');
    expect(bracketPairs({ deal: { fields: [{ id: 1, value: true }] } })).toEqual([
      ['deal[fields][0][id]', '1'],
      ['deal[fields][0][value]', 'true'],
    ]);
  });

  it('round-trips nested objects and arrays through the decoder', () => {
    const payloads = [
      { type: 'deal_add', deal: { id: '7', title: 'Big & small = 50%', contact: { email: 'x+y@z.io' } } },
      {
        contact: {
          fields: [
            { key: 'a', value: '1' },
            { key: 'b', value: '' },
          ],
          tags: ['vip', 'new lead'],
        },
      },
      { list: ['1', '2', '3'], nested: { deeper: { deepest: ['ü', '日本', '🙂'] } } },
    ];
    for (const p of payloads) expect(decodeBracketForm(encodeBracketForm(p)).value).toEqual(p);
  });
});
