/**
 * "The documented shape wins": bends a value to a documented example's
 * shape so every documented key is present with the documented JSON kind.
 * Values the store holds are kept where their kind agrees; a number where a
 * string is documented is stringified (and the reverse); a key the record
 * lacks takes the documented example value. A stored `null` stays null:
 * the sandbox never invents data. Extra keys the store holds are kept.
 */
export function conform(value: unknown, example: unknown): unknown {
  if (value === null) return null;
  if (example === null || example === undefined) return value === undefined ? null : value;
  if (Array.isArray(example)) {
    if (!Array.isArray(value)) return structuredClone(example);
    const [item] = example as unknown[];
    return item === undefined ? value : value.map((v) => conform(v, item));
  }
  if (typeof example === 'object') {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return structuredClone(example);
    const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    for (const [k, ex] of Object.entries(example as Record<string, unknown>)) out[k] = conform(out[k], ex);
    return out;
  }
  if (typeof example === 'string') {
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    return example;
  }
  if (typeof example === 'number') {
    if (typeof value === 'number') return value;
    if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
    return example;
  }
  if (typeof example === 'boolean') {
    if (typeof value === 'boolean') return value;
    if (value === 1 || value === '1' || value === 'true') return true;
    if (value === 0 || value === '0' || value === 'false') return false;
    return example;
  }
  return value;
}
