import { useDeferredValue, useMemo } from 'react';
import type { MethodDef } from '../../core/catalog/types';
import type { RawForm } from '../../core/form-model/raw-values';
import { previewValues } from '../../core/form-model/to-zod';
import { buildRequest } from '../../core/request/build-request';
import type { Connection, PreparedRequest } from '../../core/request/types';

/** Where the preview and the snippets point while no connection is usable. */
export const PLACEHOLDER_CONNECTION: Connection = { apiUrl: 'https://youraccount.api-us1.com', apiKey: '' };

/**
 * The request the form's current values would send, shared by the preview and
 * the snippets so each change converts and builds it once, not once per reader.
 * Deferred: the page's first paint and each keystroke's paint never wait for it.
 * `null` until the first build has run, right after the page has rendered.
 */
export function usePreparedRequest(method: MethodDef, raw: RawForm, connection: Connection): PreparedRequest | null {
  const deferred = useDeferredValue<RawForm | null>(raw, null);
  return useMemo(
    () => (deferred === null ? null : buildRequest(method, previewValues(method, deferred), connection)),
    [method, deferred, connection],
  );
}
