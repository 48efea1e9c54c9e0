import type { Schema } from '../catalog/types';
import { describeJsonError } from './convert-scalar';
import { findJsonError, lineColumn } from '../json-error';

export type ParsedJson = { ok: true; value: unknown } | { ok: false; error: string; line: number; column: number };

/** Parses JSON text the user typed, giving the line and column of the first mistake. */
export function parseJsonText(text: string): ParsedJson {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const found = findJsonError(text);
    const { line, column } = lineColumn(text, found?.offset ?? text.length);
    return { ok: false, error: describeJsonError(text, e), line, column };
  }
}

/**
 * Paths in a JSON value that the schema has no field for (`contact.nickname`).
 * The form cannot hold them, so the JSON editor names them instead of dropping them silently.
 */
export function unknownPaths(schema: Schema, value: unknown, prefix = ''): string[] {
  if (value === null || value === undefined) return [];
  if (schema.type === 'object') {
    if (typeof value !== 'object' || Array.isArray(value)) return [];
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => {
      const path = prefix ? `${prefix}.${k}` : k;
      const child = schema.properties[k];
      return child ? unknownPaths(child, v, path) : [path];
    });
  }
  if (schema.type === 'array' && Array.isArray(value)) {
    return value.flatMap((v, i) => unknownPaths(schema.items, v, prefix ? `${prefix}.${i}` : String(i)));
  }
  return [];
}
