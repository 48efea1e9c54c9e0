import { describe, expect, it } from 'vitest';
import { findJsonError, lineColumn } from './json-error';

describe('findJsonError', () => {
  it.each([
    '{}',
    '[]',
    ' {"a":[1,-2.5e3,true,false,null,"x\\n\\u00e9"],"b":{}} ',
    '"text"',
    '0',
    '[[[]],{"k":{"j":[]}}]',
    '{"a":[1,-2.5e3,{"b":null}],"c":"\\u00e9\\n"}',
    ' true ',
  ])('accepts valid JSON %s', (text) => {
    expect(() => JSON.parse(text)).not.toThrow();
    expect(findJsonError(text)).toBeUndefined();
  });

  it.each([
    ['{"a":1,}', 7, 'unexpected "}", expected a property name in double quotes'],
    ['{"a" 1}', 5, 'unexpected "1", expected \':\' after the property name'],
    ['[1 2]', 3, "unexpected \"2\", expected ',' or ']'"],
    ['{"a":1 "b":2}', 7, "unexpected \"\\\"\", expected ',' or '}'"],
    ['{\n  "b": x\n}', 9, 'unexpected "x", expected a value'],
    ['{"a":"b', 7, 'unterminated string'],
    ['[1,2', 4, "unexpected end of input, expected ',' or ']'"],
    ['{"a":1} x', 8, 'unexpected "x", expected the end of the JSON'],
    ['1 2', 2, 'unexpected "2", expected the end of the JSON'],
    ['{a:1}', 1, 'unexpected "a", expected a property name in double quotes'],
    ["{'a': 1}", 1, 'unexpected "\'", expected a property name in double quotes'],
    ['[01]', 2, "unexpected \"1\", expected ',' or ']'"],
    ['"bad \\q"', 6, 'bad escape in string'],
    ['"\\u12"', 2, 'bad \\u escape in string'],
    ['{"a":"x\ny"}', 7, 'control character in string (use \\n for a new line)'],
    ['"tab\there"', 4, 'control character in string (use \\n for a new line)'],
    ['', 0, 'unexpected end of input, expected a value'],
    ['// note\n1', 0, 'comments are not allowed in JSON'],
  ])('finds where %j goes wrong', (text, offset, reason) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(findJsonError(text)).toEqual({ offset, reason });
  });
});

describe('lineColumn', () => {
  it('counts lines and columns from 1', () => {
    expect(lineColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
