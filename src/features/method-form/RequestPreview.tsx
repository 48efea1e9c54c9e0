import type { RedactedRequest } from '../../core/request/types';

/** The exact request that will go out (key masked), from the same builder as the real call. */
export function RequestPreview({ request }: { request: RedactedRequest }) {
  const text = [
    `${request.method} ${request.url}`,
    ...request.headers.map((h) => `${h.name}: ${h.value}`),
    ...(request.body !== undefined ? ['', request.body] : []),
  ].join('\n');
  return (
    <section className="preview" aria-label="Request preview">
      <h3>Request preview</h3>
      <pre className="mono wrap">{text}</pre>
    </section>
  );
}
