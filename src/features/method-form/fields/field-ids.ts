/**
 * A DOM id for a form path (`body.contact.email` -> `<prefix>-body-contact-email`). The prefix names the
 * form (one per open tab), so a label in one tab never points at another tab's field.
 */
export function fieldId(name: string, prefix = 'f'): string {
  return `${prefix}-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** Reads a nested error node from react-hook-form's error tree by dotted path. */
function nodeAt(errors: unknown, name: string): unknown {
  let node: unknown = errors;
  for (const part of name.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/**
 * The error message at a path. Field arrays keep their own (e.g. "needs at
 * least one item") under `root`, beside the rows' errors.
 */
export function errorAt(errors: unknown, name: string): string | undefined {
  const node = nodeAt(errors, name) as { message?: unknown; root?: { message?: unknown } } | undefined;
  const message = node?.message ?? node?.root?.message;
  return typeof message === 'string' ? message : undefined;
}

/** True when any error sits at or below a path (a collapsed group must open to show it). */
export function hasErrorUnder(errors: unknown, name: string): boolean {
  return countErrors(nodeAt(errors, name)) > 0;
}

/** Every leaf error below `errors`, with its dotted path relative to it. */
export function listErrors(errors: unknown, prefix = ''): { path: string; message: string }[] {
  if (typeof errors !== 'object' || errors === null) return [];
  const message = (errors as { message?: unknown }).message;
  if (typeof message === 'string') return [{ path: prefix, message }];
  return Object.entries(errors).flatMap(([k, v]) => {
    if (k === 'ref') return [];
    const path = k === 'root' ? prefix : prefix ? `${prefix}.${k}` : k;
    return listErrors(v, path);
  });
}

/** Counts leaf errors (those with a message) in react-hook-form's nested error tree. */
export function countErrors(errors: unknown): number {
  return listErrors(errors).length;
}
