import { describeJsonError } from '../form-model/convert-scalar';

export type ParsedBody = { kind: 'json'; value: unknown } | { kind: 'empty' } | { kind: 'unparsable'; reason: string };

/**
 * Parses a response body for the tree view, or explains why it cannot:
 * raw always shows the bytes, parsed never goes blank.
 */
export function parseBody(text: string, contentType: string | undefined): ParsedBody {
  if (text.length === 0) return { kind: 'empty' };
  const trimmed = text.trimStart();
  const looksJson = /json/i.test(contentType ?? '') || trimmed.startsWith('{') || trimmed.startsWith('[');
  if (!looksJson) {
    const what =
      /html/i.test(contentType ?? '') || /^<!doctype html|^<html/i.test(trimmed)
        ? 'an HTML page'
        : /xml/i.test(contentType ?? '') || trimmed.startsWith('<?xml')
          ? 'XML'
          : `${contentType ?? 'an unknown type'}`;
    return { kind: 'unparsable', reason: `The body is ${what}, not JSON; see the raw response.` };
  }
  try {
    return { kind: 'json', value: JSON.parse(text) as unknown };
  } catch (e) {
    return { kind: 'unparsable', reason: `The body is not valid JSON: ${describeJsonError(text, e)}.` };
  }
}
