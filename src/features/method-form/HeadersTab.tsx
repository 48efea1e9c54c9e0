import { useMemo } from 'react';
import { redactRequest } from '../../core/request/redact';
import type { PreparedRequest } from '../../core/request/types';

/** The headers that will be sent, from the prepared request, with the key redacted. */
export function HeadersTab({ request }: { request: PreparedRequest | null }) {
  const headers = useMemo(() => (request ? redactRequest(request).headers : []), [request]);
  if (!request) return <p className="muted">Preparing…</p>;
  return (
    <table className="headers-table" aria-label="Request headers">
      <thead>
        <tr>
          <th scope="col">Header</th>
          <th scope="col">Value</th>
        </tr>
      </thead>
      <tbody>
        {headers.map((h) => (
          <tr key={h.name}>
            <th scope="row" className="mono">
              {h.name}
            </th>
            <td className="mono">{h.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
