import { useDeferredValue, useMemo } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { MethodDef } from '../../core/catalog/types';
import type { RawForm } from '../../core/form-model/raw-values';
import { previewValues } from '../../core/form-model/to-zod';
import { buildRequest } from '../../core/request/build-request';
import { redactRequest } from '../../core/request/redact';
import type { Connection, V1Output } from '../../core/request/types';

interface Props {
  method: MethodDef;
  connection: Connection;
  v1Output?: V1Output;
}

/**
 * The exact request that will go out (key masked), from the same builder as
 * the real call. It watches the form itself, deferred, so a keystroke paints
 * the field first and the preview follows without re-rendering the form.
 */
export function RequestPreview({ method, connection, v1Output }: Props) {
  const { control } = useFormContext<RawForm>();
  const raw = useWatch({ control }) as RawForm;
  // Starts empty: the form paints first, the preview fills in right after, off the critical path.
  const deferred = useDeferredValue<RawForm | null>(raw, null);
  const text = useMemo(() => {
    if (deferred === null) return 'Preparing…';
    const request = redactRequest(
      buildRequest(method, previewValues(method, deferred), connection, v1Output ? { v1Output } : {}),
    );
    return [
      `${request.method} ${request.url}`,
      ...request.headers.map((h) => `${h.name}: ${h.value}`),
      ...(request.body !== undefined ? ['', request.body] : []),
    ].join('\n');
  }, [method, deferred, connection, v1Output]);
  return (
    <section className="preview" aria-label="Request preview">
      <h3>Request preview</h3>
      <pre className="mono wrap" tabIndex={0} aria-label="Request that will be sent">
        {text}
      </pre>
    </section>
  );
}
