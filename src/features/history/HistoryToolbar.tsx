import { useId, useState } from 'react';
import { STATUS_CLASSES, type HistoryFilter, type StatusClass } from '../../core/bundle/history-record';

const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** Filters, HAR import and "Clear history" (with a second click to confirm). */
export function HistoryToolbar({
  filter,
  onFilter,
  count,
  onImport,
  onClear,
}: {
  filter: HistoryFilter;
  onFilter: (f: HistoryFilter) => void;
  count: number;
  onImport: (file: File) => void;
  onClear: () => void;
}) {
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="history-toolbar">
      <label htmlFor={`${id}-status`}>Status</label>
      <select
        id={`${id}-status`}
        value={filter.statusClass ?? ''}
        onChange={(e) => onFilter({ ...filter, statusClass: (e.target.value || undefined) as StatusClass | undefined })}
      >
        <option value="">All</option>
        {STATUS_CLASSES.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-method`}>HTTP method</label>
      <select
        id={`${id}-method`}
        value={filter.httpMethod ?? ''}
        onChange={(e) => onFilter({ ...filter, httpMethod: e.target.value || undefined })}
      >
        <option value="">All</option>
        {HTTP_METHODS.map((m) => (
          <option key={m}>{m}</option>
        ))}
      </select>
      <label htmlFor={`${id}-import`}>Import HAR</label>
      <input
        id={`${id}-import`}
        type="file"
        accept=".har,application/json"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onImport(file);
          e.target.value = '';
        }}
      />
      {!confirming ? (
        <button type="button" disabled={count === 0} onClick={() => setConfirming(true)}>
          Clear history
        </button>
      ) : (
        <span role="group" aria-label="Confirm clearing">
          Delete all {count} stored calls?{' '}
          <button
            type="button"
            onClick={() => {
              setConfirming(false);
              onClear();
            }}
          >
            Yes, clear history
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </span>
      )}
    </div>
  );
}
