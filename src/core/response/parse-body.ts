import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { isContainerType, plainDoc, type JsonDoc } from './json-doc';
import { findJsonError } from '../json-error';

/** Where a syntax error sits in the body, 1-based line and column. */
export interface TextPosition {
  offset: number;
  line: number;
  column: number;
}

/** v1's success flag and message, lifted out of the envelope so they are seen first. */
export interface V1Envelope {
  resultCode: string;
  resultMessage: string;
}

export type ParsedBody =
  | { kind: 'json'; format: 'json' | 'xml'; value: unknown; envelope?: V1Envelope }
  | { kind: 'empty' }
  | { kind: 'unparsable'; reason: string; position?: TextPosition };

/**
 * Parses a response body for the tree view, or explains why it cannot:
 * raw always shows the bytes, parsed never goes blank.
 */
export function parseBody(text: string, contentType: string | undefined): ParsedBody {
  if (text.length === 0) return { kind: 'empty' };
  const type = contentType ?? '';
  const format = bodyFormat(text.slice(0, HEAD_CHARS), contentType);
  if (format === 'html') {
    return { kind: 'unparsable', reason: 'The body is an HTML page, not JSON; see the raw response.' };
  }
  if (format === 'xml') return parseXml(text);
  if (format === 'other') {
    if (isBinary(text)) return { kind: 'unparsable', reason: `The body is binary (${type || 'no content type'}).` };
    return {
      kind: 'unparsable',
      reason: `The body is ${type || 'of an unknown type'}, not JSON; see the raw response.`,
    };
  }
  try {
    const value = JSON.parse(text) as unknown;
    const envelope = v1Envelope(plainDoc(value), value);
    return { kind: 'json', format: 'json', value, ...(envelope ? { envelope } : {}) };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const position = positionAt(text, findJsonError(text)?.offset ?? text.length);
    const what = position.offset >= text.length ? 'it ends too early (truncated?)' : firstLine(message);
    return {
      kind: 'unparsable',
      reason: `The body is not valid JSON: ${what}, at line ${position.line}, column ${position.column}.`,
      position,
    };
  }
}

/** Enough of the body's start to tell its format. */
export const HEAD_CHARS = 512;

/** What a body is, from its content type and first characters: decides how it is parsed. */
export function bodyFormat(head: string, contentType: string | undefined): 'html' | 'xml' | 'json' | 'other' {
  const type = contentType ?? '';
  const start = head.trimStart();
  if (/html/i.test(type) || /^<!doctype html|^<html/i.test(start)) return 'html';
  if (/xml/i.test(type) || start.startsWith('<?xml') || (start.startsWith('<') && !/json/i.test(type))) return 'xml';
  return /json/i.test(type) || start.startsWith('{') || start.startsWith('[') ? 'json' : 'other';
}

/** Line and column of a character offset, 1-based. */
export function positionAt(text: string, offset: number): TextPosition {
  const clamped = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < clamped; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { offset: clamped, line, column: clamped - lineStart + 1 };
}

/** Engines quote up to a whole body in their message; the first clause is enough. */
function firstLine(message: string): string {
  const m = message.replace(/^JSON\.parse: /, '').split(/[,\n]/)[0] ?? message;
  return m.replace(/ in JSON at position \d+.*$/, '').slice(0, 120);
}

function parseXml(text: string): ParsedBody {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const { line, col, msg } = valid.err;
    return {
      kind: 'unparsable',
      reason: `The body is not valid XML: ${msg} at line ${line}, column ${col}.`,
      position: { offset: offsetOf(text, line, col), line, column: col },
    };
  }
  // Values stay strings, as the wire has them: v1 ids and codes are not numbers to reformat.
  const parser = new XMLParser({ ignoreAttributes: false, ignoreDeclaration: true, parseTagValue: false });
  const value = parser.parse(text) as unknown;
  const envelope = v1Envelope(plainDoc(value), isRecord(value) && isRecord(value.root) ? value.root : value);
  return { kind: 'json', format: 'xml', value, ...(envelope ? { envelope } : {}) };
}

/** v1's `result_code` and `result_message` when `node` is an object carrying them; works on any document kind. */
export function v1Envelope<N>(doc: JsonDoc<N>, node: N): V1Envelope | undefined {
  if (doc.typeOf(node) !== 'object') return undefined;
  let code: string | undefined;
  let message = '';
  doc.forEachChild(node, (child, key) => {
    if (key !== 'result_code' && key !== 'result_message') return;
    const text = isContainerType(doc.typeOf(child)) ? doc.toJson(child) : doc.scalarText(child);
    if (key === 'result_code') code = text;
    else message = text;
  });
  return code === undefined ? undefined : { resultCode: code, resultMessage: message };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Control characters other than whitespace in the first kilobyte give binary away. */
function isBinary(text: string): boolean {
  const sample = text.slice(0, 1024);
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) odd++;
  }
  return odd > sample.length / 20;
}

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) break;
    offset = next + 1;
  }
  return offset + column - 1;
}
