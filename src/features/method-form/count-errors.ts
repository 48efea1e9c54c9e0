/** Counts leaf errors (those with a message) in react-hook-form's nested error tree. */
export function countErrors(errors: unknown): number {
  if (typeof errors !== 'object' || errors === null) return 0;
  if (typeof (errors as { message?: unknown }).message === 'string') return 1;
  return Object.entries(errors).reduce((n, [k, v]) => (k === 'ref' ? n : n + countErrors(v)), 0);
}
