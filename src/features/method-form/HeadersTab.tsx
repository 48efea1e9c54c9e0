import { useMemo } from 'react';
import { redactRequest } from '../../core/request/redact';
import type { PreparedRequest } from '../../core/request/types';

/**
 * What will be sent, from the prepared request with the key redacted: the headers as a table, then the
 * whole request as text (request line, headers, body exactly as encoded).
 */
export function HeadersTab({ request }: { request: PreparedRequest | null }) {
  const shown = useMemo(() => (request ? redactRequest(request) : null), [request]);
  if (!shown) return <p className="muted">Preparing…</p>;
  const text = [
    `${shown.method} ${shown.url}`,
    ...shown.headers.map((h) => `${h.name}: ${h.value}`),
    ...(shown.body !== undefined ? ['', shown.body] : []),
  ].join('\n');
  return (
    <>
      <table className="headers-table" aria-label="Request headers">
        <thead>
          <tr>
            <th scope="col">Header</th>
            <th scope="col">Value</th>
          </tr>
        </thead>
        <tbody>
          {shown.headers.map((h) => (
            <tr key={h.name}>
              <th scope="row" className="mono">
                {h.name}
              </th>
              <td className="mono">{h.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <section className="request-sent" aria-label="Request preview">
        <h3>The request as it will be sent</h3>
        <pre tabIndex={0} aria-label="Request that will be sent">
          {text}
        </pre>
      </section>
    </>
  );
}
