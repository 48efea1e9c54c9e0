import { Ajv } from 'ajv';
import harSchema from './har-1.2.schema.json' with { type: 'json' };

/**
 * Checks a HAR log against the HAR 1.2 schema (har-1.2.schema.json, written
 * from the specification) with ajv. For tests and e2e only: the app writes
 * HAR, it never needs to judge one. Returns ajv's messages, empty when valid.
 */
const validate = new Ajv({ allErrors: true }).compile(harSchema);

export function harErrors(data: unknown): string[] {
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}
