import type { MethodDef } from '../catalog/types';
import type { MethodValues } from './types';

/** The query parameter that carries filled values in a shareable method link. */
export const VALUES_PARAM = 'values';

/**
 * Encodes a method's filled values for a link (base64url of JSON). Secret
 * parameters are dropped, and the key is never part of values, so a shared
 * link cannot leak credentials.
 */
export function encodeLinkValues(method: MethodDef, values: MethodValues): string {
  const secret = new Set(method.params.filter((p) => p.secret).map((p) => p.name));
  const params = Object.fromEntries(Object.entries(values.params).filter(([k]) => !secret.has(k)));
  const payload = values.body === undefined ? { params } : { params, body: values.body };
  const bytes = new TextEncoder().encode(JSON.stringify(payload));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Decodes link values; anything malformed gives `undefined` rather than a crash. */
export function decodeLinkValues(text: string): MethodValues | undefined {
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    const value: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (typeof value !== 'object' || value === null) return undefined;
    const { params, body } = value as { params?: unknown; body?: unknown };
    if (typeof params !== 'object' || params === null || Array.isArray(params)) return undefined;
    return body === undefined
      ? { params: params as Record<string, unknown> }
      : { params: params as Record<string, unknown>, body };
  } catch {
    return undefined;
  }
}
