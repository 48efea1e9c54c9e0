import { statusClass, type HistoryRecord } from '../../core/bundle/history-record';

/** The calls as a table, newest first: open one, or tick two to compare. */
export function HistoryList({
  records,
  selected,
  openedId,
  onToggle,
  onOpen,
}: {
  records: readonly HistoryRecord[];
  selected: readonly number[];
  openedId: number | undefined;
  onToggle: (id: number) => void;
  onOpen: (id: number) => void;
}) {
  return (
    <table className="history-table">
      <caption className="sr-only">Stored calls, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Compare</th>
          <th scope="col">Time (UTC)</th>
          <th scope="col">Call</th>
          <th scope="col">Status</th>
          <th scope="col">Duration</th>
          <th scope="col">
            <span className="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {records.map((r) => {
          const ex = r.exchange;
          const status = ex.response ? String(ex.response.status) : 'failed';
          return (
            <tr key={r.id} aria-current={openedId === r.id ? 'true' : undefined}>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Compare call ${r.id}`}
                  checked={selected.includes(r.id)}
                  onChange={() => onToggle(r.id)}
                />
              </td>
              <td className="mono small">{ex.startedAt.replace('T', ' ').replace(/\.\d+Z$/, 'Z')}</td>
              <td>
                <span className={`badge http-${ex.request.method.toLowerCase()}`}>{ex.request.method}</span>{' '}
                {ex.methodSummary} <span className="muted small">({ex.api})</span>
              </td>
              <td className={`status-${statusClass(ex)}`}>{status}</td>
              <td>{Math.round(ex.durationMs)} ms</td>
              <td>
                <button type="button" onClick={() => onOpen(r.id)} aria-label={`Open call ${r.id}`}>
                  Open
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
