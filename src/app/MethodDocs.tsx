import type { MethodDef } from '../core/catalog/types';
import { methodPath } from '../lib/router';

/** The method's heading, description and documented responses. */
export function MethodDocs({ method }: { method: MethodDef }) {
  const where = method.api === 'v3' ? method.path : `/admin/api.php?api_action=${method.action}`;
  return (
    <header className="method-docs">
      <h2 id="method-title">{method.summary}</h2>
      <p className="endpoint mono">
        <span className={`badge http-${method.http.toLowerCase()}`}>{method.http}</span> {where}{' '}
        <span className="muted">({method.api})</span>{' '}
        <a href={methodPath(method.id)} className="small">
          Link to this method
        </a>
      </p>
      <p>{method.description}</p>
      <details>
        <summary>Documented responses</summary>
        <ul>
          {method.responses.map((r, i) => (
            <li key={`${r.status}-${i}`}>
              <strong>{r.status}</strong> {r.description}
              {r.example !== undefined && <pre className="mono small wrap">{JSON.stringify(r.example, null, 2)}</pre>}
            </li>
          ))}
        </ul>
      </details>
    </header>
  );
}
