import type { MethodValues } from '../../core/request/types';

const BODY_PREVIEW_CHARS = 96;

/**
 * What a "Try it" puts in the form, as short `name=value` items and the body's compact JSON, clipped.
 * It describes the form's values, not the wire: the method page shows the exact request before anything is sent.
 */
export function valuesPreview(values: MethodValues): string[] {
  const params = Object.entries(values.params).map(
    ([name, v]) => `${name}=${typeof v === 'string' ? v : JSON.stringify(v)}`,
  );
  if (values.body === undefined) return params;
  const body = JSON.stringify(values.body);
  return [...params, body.length > BODY_PREVIEW_CHARS ? `${body.slice(0, BODY_PREVIEW_CHARS - 1)}…` : body];
}
