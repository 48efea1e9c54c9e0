import { describe, expect, it } from 'vitest';
import { findMethod } from '../catalog/registry';
import { formatDateTime, rangeHint } from './date-format';
import { parseJsonText, unknownPaths } from './json-body';
import { findJsonError } from '../json-error';

describe('parseJsonText', () => {
  it.each([
    ['{"a": }', 1, 7, 'unexpected "}", expected a value'],
    ['{\n  "a": 1,\n  "b": x\n}', 3, 8, 'unexpected "x", expected a value'],
    ['{"a":1', 1, 7, "unexpected end of input, expected ',' or '}'"],
    ['[1,]', 1, 4, 'unexpected "]", expected a value'],
    ['{"a" 1}', 1, 6, 'unexpected "1", expected \':\' after the property name'],
    ["{'a': 1}", 1, 2, 'unexpected "\'", expected a property name in double quotes'],
    ['"abc', 1, 5, 'unterminated string'],
    ['1 2', 1, 3, 'unexpected "2", expected the end of the JSON'],
  ])('%j fails at line %i, column %i', (text, line, column, reason) => {
    const r = parseJsonText(text);
    expect(r).toEqual({ ok: false, line, column, error: `invalid JSON at line ${line}, column ${column}: ${reason}` });
  });

  it('agrees with JSON.parse on valid text', () => {
    for (const text of ['{"a":[1,-2.5e3,{"b":null}],"c":"\\u00e9\\n"}', '[]', '"x"', ' true ', '0']) {
      expect(findJsonError(text)).toBeUndefined();
      expect(parseJsonText(text)).toEqual({ ok: true, value: JSON.parse(text) as unknown });
    }
  });
});

describe('unknownPaths', () => {
  it('names keys the body schema has no field for, at any depth, but not inside free JSON', () => {
    const m = findMethod('v3.contacts.create');
    if (m?.api !== 'v3' || !m.body) throw new Error('contacts.create has a body');
    const value = {
      contact: { email: 'a@b.c', nick: 'x', fieldValues: [{ field: '1', value: 'v', extra: 1 }] },
      other: {},
    };
    expect(unknownPaths(m.body, value)).toEqual(['contact.nick', 'contact.fieldValues.0.extra', 'other']);
  });
});

describe('formatDateTime', () => {
  it('writes ActiveCampaign’s format with the given offset', () => {
    const d = new Date('2026-01-31T20:30:05.123Z');
    expect(formatDateTime(d, -360)).toBe('2026-01-31T14:30:05-06:00');
    expect(formatDateTime(d, 330)).toBe('2026-02-01T02:00:05+05:30');
  });

  it('describes number ranges', () => {
    expect(rangeHint(1, 100)).toBe('1 to 100');
    expect(rangeHint(0, undefined)).toBe('at least 0');
    expect(rangeHint(undefined, 5)).toBe('at most 5');
    expect(rangeHint(undefined, undefined)).toBeUndefined();
  });
});
