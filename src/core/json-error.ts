import { printParseErrorCode, visit } from 'jsonc-parser';

/**
 * Where JSON text first goes wrong, for text `JSON.parse` refused. Engines
 * disagree on whether JSON.parse names a position (V8 often only quotes the
 * text around it), so the position comes from jsonc-parser's scanner in
 * strict mode (no comments, no trailing commas), and the reason says what
 * was expected there. The one JSON error finder of the explorer: the form's
 * JSON fields and the response viewer both use it.
 */
export interface JsonSyntaxError {
  /** Zero-based character offset of the mistake. */
  offset: number;
  reason: string;
}

const STRICT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

/** Errors inside one string token, which jsonc-parser reports at the token's start. */
const STRING_ERRORS = new Set<ErrorName>([
  'InvalidEscapeCharacter',
  'InvalidUnicode',
  'InvalidCharacter',
  'UnexpectedEndOfString',
]);

/** jsonc-parser's error codes by name (its ParseErrorCode is a const enum, which isolated modules cannot read). */
type ErrorName = ReturnType<typeof printParseErrorCode>;

interface Reported {
  code: ErrorName;
  offset: number;
  length: number;
  /** The innermost container open at the error ('{' or '['), if any. */
  container: '{' | '[' | undefined;
  /** Whether the root value was complete when the error came. */
  rootDone: boolean;
}

/** The first syntax error in `text`, or undefined when it is valid JSON. */
export function findJsonError(text: string): JsonSyntaxError | undefined {
  const reported: Reported[] = [];
  const stack: ('{' | '[')[] = [];
  let rootDone = false;
  const close = () => {
    stack.pop();
    if (stack.length === 0) rootDone = true;
  };
  visit(
    text,
    {
      onObjectBegin: () => void stack.push('{'),
      onArrayBegin: () => void stack.push('['),
      onObjectEnd: close,
      onArrayEnd: close,
      onLiteralValue: () => {
        if (stack.length === 0) rootDone = true;
      },
      onError: (code, offset, length) =>
        void reported.push({
          code: printParseErrorCode(code),
          offset,
          length,
          container: stack[stack.length - 1],
          rootDone,
        }),
    },
    STRICT,
  );
  const first = reported[0];
  if (!first) return undefined;
  if (STRING_ERRORS.has(first.code)) return stringError(text, first);
  // A stray symbol is skipped by the scanner; the next structural error says what belonged there.
  const structural = reported.find((r) => r.code !== 'InvalidSymbol');
  const expected =
    first.code === 'InvalidSymbol' && structural === undefined
      ? first.rootDone
        ? 'the end of the JSON'
        : 'a value'
      : expectation(structural ?? first);
  if (first.code === 'InvalidCommentToken') {
    return { offset: first.offset, reason: 'comments are not allowed in JSON' };
  }
  return { offset: first.offset, reason: `${unexpected(text, first.offset)}, expected ${expected}` };
}

function unexpected(text: string, offset: number): string {
  return offset >= text.length ? 'unexpected end of input' : `unexpected ${JSON.stringify(text.charAt(offset))}`;
}

function expectation(r: Reported): string {
  switch (r.code) {
    case 'PropertyNameExpected':
      return 'a property name in double quotes';
    case 'ColonExpected':
      return "':' after the property name";
    case 'CloseBraceExpected':
      return "',' or '}'";
    case 'CloseBracketExpected':
      return "',' or ']'";
    case 'CommaExpected':
      return r.container === '{' ? "',' or '}'" : "',' or ']'";
    case 'EndOfFileExpected':
      return 'the end of the JSON';
    default:
      return 'a value';
  }
}

/** Pins an error inside a string token to its character: the bad escape, the control character, or the end. */
function stringError(text: string, r: Reported): JsonSyntaxError {
  const end = r.offset + r.length;
  for (let i = r.offset + 1; i < end; i++) {
    const c = text.charAt(i);
    if (c === '\\') {
      const next = text.charAt(i + 1);
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
          return { offset: i + 1, reason: 'bad \\u escape in string' };
        i += 5;
      } else if (next !== '' && '"\\/bfnrt'.includes(next)) i++;
      else return { offset: i + 1, reason: 'bad escape in string' };
    } else if (c < ' ') return controlCharacter(i);
  }
  // jsonc-parser ends a string at a raw line break; JSON calls that a control character in the string.
  if (end < text.length && text.charAt(end) < ' ') return controlCharacter(end);
  return { offset: end, reason: 'unterminated string' };
}

function controlCharacter(offset: number): JsonSyntaxError {
  return { offset, reason: 'control character in string (use \\n for a new line)' };
}

/** Line and column (both from 1) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1] ?? '').length + 1 };
}
