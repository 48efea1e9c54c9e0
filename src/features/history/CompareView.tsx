import { compareResponses, type HistoryRecord } from '../../core/bundle/history-record';

/** The difference between two stored responses' parsed JSON. */
export function CompareView({ a, b }: { a: HistoryRecord; b: HistoryRecord }) {
  const result = compareResponses(a.exchange, b.exchange);
  return (
    <section className="compare" aria-label="Comparison">
      <h3>
        Call {a.id} → call {b.id}
      </h3>
      {'error' in result && <p role="alert">{result.error}</p>}
      {'changes' in result && result.changes.length === 0 && <p>The two responses are identical.</p>}
      {'changes' in result && result.changes.length > 0 && (
        <table className="diff-table">
          <caption>
            {result.changes.length} difference{result.changes.length === 1 ? '' : 's'}
          </caption>
          <thead>
            <tr>
              <th scope="col">Path</th>
              <th scope="col">Change</th>
              <th scope="col">Call {a.id}</th>
              <th scope="col">Call {b.id}</th>
            </tr>
          </thead>
          <tbody>
            {result.changes.map((c) => (
              <tr key={`${c.kind}-${c.path}`} className={`diff-${c.kind}`}>
                <td className="mono">{c.path}</td>
                <td>{c.kind}</td>
                <td className="mono wrap">{c.before ?? ''}</td>
                <td className="mono wrap">{c.after ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
