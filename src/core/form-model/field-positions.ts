import type { Schema } from '../catalog/types';

/**
 * How many controls a schema renders with no list rows added: an object its
 * fields, anything else one (a list's own control is its Add button). Rows
 * are not counted, so this never places a field further down than it is.
 */
export function controlCount(schema: Schema): number {
  if (schema.type !== 'object') return 1;
  let n = 0;
  for (const child of Object.values(schema.properties)) n += controlCount(child);
  return n;
}

/** Where each schema of a list starts, counted in controls from the form's top; the list starts at `start`. */
export function controlStarts(schemas: readonly Schema[], start: number): number[] {
  const starts: number[] = [];
  let at = start;
  for (const schema of schemas) {
    starts.push(at);
    at += controlCount(schema);
  }
  return starts;
}
