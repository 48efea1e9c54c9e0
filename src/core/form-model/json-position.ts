/**
 * Finds where JSON text first goes wrong. `JSON.parse` messages differ by
 * engine and often omit the position (V8: "Unexpected token 'x', ... is not
 * valid JSON"), so a small scanner of our own names the exact spot.
 */
export interface JsonSyntaxError {
  /** Zero-based character offset of the mistake. */
  offset: number;
  reason: string;
}

class Fail extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** The first syntax error in `text`, or undefined when it is valid JSON. */
export function findJsonError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
  };
  const unexpected = (expected: string): never => {
    if (i >= text.length) throw new Fail(i, `unexpected end of input, expected ${expected}`);
    throw new Fail(i, `unexpected ${JSON.stringify(text.charAt(i))}, expected ${expected}`);
  };
  const string = () => {
    i++;
    while (i < text.length) {
      const c = text.charAt(i);
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        const next = text.charAt(i + 1);
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) throw new Fail(i, 'bad \\u escape in string');
          i += 6;
        } else if ('"\\/bfnrt'.includes(next) && next !== '') i += 2;
        else throw new Fail(i, 'bad escape in string');
      } else if (c < ' ') throw new Fail(i, 'control character in string (use \\n for a new line)');
      else i++;
    }
    throw new Fail(i, 'unterminated string');
  };
  const value = (): void => {
    ws();
    const c = text.charAt(i);
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') return string();
    const num = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (num && (c === '-' || (c >= '0' && c <= '9'))) {
      i += num[0].length;
      return;
    }
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return;
      }
    }
    unexpected('a value');
  };
  const object = () => {
    i++;
    ws();
    if (text.charAt(i) === '}') {
      i++;
      return;
    }
    for (;;) {
      ws();
      if (text.charAt(i) !== '"') unexpected('a property name in double quotes');
      string();
      ws();
      if (text.charAt(i) !== ':') unexpected("':' after the property name");
      i++;
      value();
      ws();
      if (text.charAt(i) === ',') {
        i++;
        continue;
      }
      if (text.charAt(i) === '}') {
        i++;
        return;
      }
      unexpected("',' or '}'");
    }
  };
  const array = () => {
    i++;
    ws();
    if (text.charAt(i) === ']') {
      i++;
      return;
    }
    for (;;) {
      value();
      ws();
      if (text.charAt(i) === ',') {
        i++;
        continue;
      }
      if (text.charAt(i) === ']') {
        i++;
        return;
      }
      unexpected("',' or ']'");
    }
  };
  try {
    value();
    ws();
    if (i < text.length) unexpected('the end of the JSON');
    return undefined;
  } catch (e) {
    if (e instanceof Fail) return { offset: e.offset, reason: e.reason };
    throw e;
  }
}

/** Line and column (both from 1) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1] ?? '').length + 1 };
}
