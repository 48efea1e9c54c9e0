import type { ObjectSchema, RequiredWaiver } from '../catalog/types';

/** Reads a waiver's flag from raw form text ("true") or a converted wire value (true). */
function flagSet(value: unknown): boolean {
  return value === true || value === 'true';
}

/**
 * The keys of an object that are required given its current values: `required`, minus the fields a
 * set waiver flag excuses, plus what that waiver requires instead (see `RequiredWaiver`).
 */
export function requiredKeys(schema: ObjectSchema, values: Readonly<Record<string, unknown>> | undefined): Set<string> {
  const keys = new Set(schema.required ?? []);
  for (const w of schema.waivers ?? []) {
    if (!flagSet(values?.[w.when])) continue;
    keys.delete(w.field);
    for (const k of w.instead) keys.add(k);
  }
  return keys;
}

/** The keys whose requirement can change with the values (waived fields and their replacements). */
export function conditionalKeys(schema: ObjectSchema): Set<string> {
  return new Set((schema.waivers ?? []).flatMap((w) => [w.field, ...w.instead]));
}

/** The message for a missing field, naming the waiver that would excuse it or that made it required. */
export function missingMessage(schema: ObjectSchema, key: string, values: Readonly<Record<string, unknown>>): string {
  const waiver: RequiredWaiver | undefined = (schema.waivers ?? []).find((w) =>
    flagSet(values[w.when]) ? w.instead.includes(key) : w.field === key,
  );
  if (!waiver) return `${key} is required.`;
  return flagSet(values[waiver.when])
    ? `${key} is required when ${waiver.when} is true.`
    : `${key} is required. To leave it out, set ${waiver.when} to true and give ${waiver.instead.join(', ')}.`;
}
