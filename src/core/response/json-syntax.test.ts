import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from './json-syntax';

describe('jsonErrorOffset', () => {
  it.each([
    '{}',
    '[]',
    ' {"a":[1,-2.5e3,true,false,null,"x\\n\\u00e9"],"b":{}} ',
    '"text"',
    '0',
    '[[[]],{"k":{"j":[]}}]',
  ])('accepts valid JSON %s', (text) => {
    expect(() => JSON.parse(text)).not.toThrow();
    expect(jsonErrorOffset(text)).toBe(-1);
  });

  it.each([
    ['{"a":1,}', 7],
    ['{"a" 1}', 5],
    ['[1 2]', 3],
    ['{\n  "b": x\n}', 9],
    ['{"a":"b', 7],
    ['[1,2', 4],
    ['{"a":1} x', 8],
    ['{a:1}', 1],
    ['[01]', 2],
    ['"bad \\q"', 6],
  ])('finds where %s goes wrong', (text, offset) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonErrorOffset(text)).toBe(offset);
  });
});
