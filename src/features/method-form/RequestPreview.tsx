import { useMemo } from 'react';
import { redactRequest } from '../../core/request/redact';
import type { PreparedRequest } from '../../core/request/types';

/**
 * The exact request that will go out (key masked), from the same builder as
 * the real call; `null` while it is still being prepared (see usePreparedRequest).
 */
export function RequestPreview({ request }: { request: PreparedRequest | null }) {
  const text = useMemo(() => {
    if (request === null) return 'Preparing…';
    const shown = redactRequest(request);
    return [
      `${shown.method} ${shown.url}`,
      ...shown.headers.map((h) => `${h.name}: ${h.value}`),
      ...(shown.body !== undefined ? ['', shown.body] : []),
    ].join('\n');
  }, [request]);
  return (
    <section className="preview" aria-label="Request preview">
      <h3>Request preview</h3>
      <pre className="mono wrap" tabIndex={0} aria-label="Request that will be sent">
        {text}
      </pre>
    </section>
  );
}
