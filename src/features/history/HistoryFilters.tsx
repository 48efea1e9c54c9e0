import { useId } from 'react';
import { STATUS_CLASSES, type StatusClass } from '../../core/bundle/history-record';
import type { HistoryView } from './use-history-view';

const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** Text, status-class and HTTP-method filters, compact enough for a sidebar. */
export function HistoryFilters({ view }: { view: HistoryView }) {
  const id = useId();
  const { filter, setFilter, text, setText } = view;
  return (
    <div className="history-filters" role="group" aria-label="Filter history">
      <input
        type="search"
        className="history-filters__text"
        aria-label="Filter calls"
        placeholder="Filter: path, status, host…"
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <label htmlFor={`${id}-status`} className="sr-only">
        Status
      </label>
      <select
        id={`${id}-status`}
        title="Status"
        value={filter.statusClass ?? ''}
        onChange={(e) =>
          setFilter({ ...filter, statusClass: (e.target.value || undefined) as StatusClass | undefined })
        }
      >
        <option value="">Any status</option>
        {STATUS_CLASSES.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-method`} className="sr-only">
        HTTP method
      </label>
      <select
        id={`${id}-method`}
        title="HTTP method"
        value={filter.httpMethod ?? ''}
        onChange={(e) => setFilter({ ...filter, httpMethod: e.target.value || undefined })}
      >
        <option value="">Any method</option>
        {HTTP_METHODS.map((m) => (
          <option key={m}>{m}</option>
        ))}
      </select>
    </div>
  );
}
