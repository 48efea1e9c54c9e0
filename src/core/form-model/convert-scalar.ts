import type { BooleanSchema, JsonSchema, NumberSchema, StringSchema } from '../catalog/types';
import { findJsonError, lineColumn } from '../json-error';

export type ScalarSchema = StringSchema | NumberSchema | BooleanSchema | JsonSchema;

export type Converted = { value: unknown; error?: string };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Turns the text a user typed into the wire value, or says precisely what is
 * wrong with it. Empty text means "leave it out" (undefined).
 */
export function convertScalar(
  schema: ScalarSchema,
  raw: string | undefined,
  label: string,
  required: boolean,
): Converted {
  const text = raw ?? '';
  if (text.trim() === '') {
    return required ? { value: undefined, error: `${label} is required.` } : { value: undefined };
  }
  switch (schema.type) {
    case 'string':
      return convertString(schema, text, label);
    case 'integer':
    case 'number':
      return convertNumber(schema, text.trim(), label);
    case 'boolean':
      if (text === 'true' || text === 'false') return { value: text === 'true' };
      return { value: text, error: `${label} must be true or false.` };
    case 'json':
      return convertJson(text, label);
  }
}

function convertString(schema: StringSchema, text: string, label: string): Converted {
  if (schema.enum && !schema.enum.includes(text)) {
    return { value: text, error: `${label} must be one of: ${schema.enum.join(', ')}.` };
  }
  if (schema.format === 'email' && !EMAIL.test(text.trim())) {
    return { value: text, error: `Enter a valid email address for ${label}, like name@example.com.` };
  }
  if (schema.format === 'url' && !/^https?:\/\/[^\s]+$/i.test(text.trim())) {
    return { value: text, error: `${label} must be a full URL starting with https:// or http://.` };
  }
  if (schema.format === 'date' && (!DATE.test(text) || Number.isNaN(Date.parse(text)))) {
    return { value: text, error: `${label} must be a date as YYYY-MM-DD, e.g. 2026-01-31.` };
  }
  if (schema.format === 'date-time' && (!DATE_TIME.test(text) || Number.isNaN(Date.parse(text.replace(' ', 'T'))))) {
    return { value: text, error: `${label} must be a date and time like 2026-01-31T14:30:00-06:00.` };
  }
  if (schema.minLength !== undefined && text.length < schema.minLength) {
    return { value: text, error: `${label} needs at least ${schema.minLength} characters.` };
  }
  if (schema.maxLength !== undefined && text.length > schema.maxLength) {
    return { value: text, error: `${label} takes at most ${schema.maxLength} characters.` };
  }
  return { value: schema.format === 'email' ? text.trim() : text };
}

function convertNumber(schema: NumberSchema, text: string, label: string): Converted {
  const ok = schema.type === 'integer' ? /^-?\d+$/.test(text) : /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text);
  if (!ok) {
    return { value: text, error: `${label} must be ${schema.type === 'integer' ? 'a whole number' : 'a number'}.` };
  }
  const n = Number(text);
  if (schema.enum && !schema.enum.includes(n))
    return { value: n, error: `${label} must be one of: ${schema.enum.join(', ')}.` };
  if (schema.minimum !== undefined && n < schema.minimum)
    return { value: n, error: `${label} must be at least ${schema.minimum}.` };
  if (schema.maximum !== undefined && n > schema.maximum)
    return { value: n, error: `${label} must be at most ${schema.maximum}.` };
  return { value: n };
}

function convertJson(text: string, label: string): Converted {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (e) {
    return { value: text, error: `${label}: ${describeJsonError(text, e)}` };
  }
}

/** "invalid JSON at line 3, column 7: unexpected "x", expected a value" for text JSON.parse refused. */
export function describeJsonError(text: string, error: unknown): string {
  const found = findJsonError(text);
  if (!found) return `invalid JSON: ${error instanceof Error ? error.message : String(error)}`;
  const { line, column } = lineColumn(text, found.offset);
  return `invalid JSON at line ${line}, column ${column}: ${found.reason}`;
}
