import { useEffect, useRef, useState } from 'react';
import type { MethodDef } from '../../core/catalog/types';
import type { Exchange } from '../../core/exchange/types';
import type { ExportFormat } from '../../core/paging/export';
import { remainingMs } from '../../core/paging/fetch-plan';
import type { PagingSpec } from '../../core/paging/paging-spec';
import type { MethodValues } from '../../core/request/types';
import type { GuardedConnection } from '../../core/safety/decide';
import { budgetFor } from '../../lib/rate-budget';
import { downloadExport } from './export-download';
import { useFetchAll } from './use-fetch-all';
import './paging.css';

function clock(ms: number): string {
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** "Fetch all": pages through the list, shows progress, and opens the merged result in the response views. */
export function FetchAll({
  method,
  spec,
  connection,
  values,
  onOpen,
}: {
  method: MethodDef;
  spec: PagingSpec;
  connection: GuardedConnection | undefined;
  /** The values of the answer on screen; Fetch all keeps their filters. */
  values: MethodValues;
  /** Shows the merged document (undefined: back to the last single answer). */
  onOpen: (merged: Exchange | undefined) => void;
}) {
  const { progress, start, cancel, resume, merged, merge } = useFetchAll(method, spec, connection);
  const [exporting, setExporting] = useState<ExportFormat | undefined>();
  const { status, pages, records, expectedPages, elapsedMs, throttled, error, report } = progress;
  const opened = useRef(false);

  // The finished list opens as one document, once; a cancelled one on request.
  useEffect(() => {
    if (status === 'done' && !opened.current) {
      opened.current = true;
      onOpen(merged(true));
    }
  }, [status, merged, onOpen]);

  const perSecond = connection ? budgetFor(new URL(connection.apiUrl).origin).snapshot().limit : 5;
  const left =
    expectedPages !== undefined ? remainingMs(elapsedMs, pages, expectedPages - pages, perSecond) : undefined;
  const running = status === 'running';
  const name = `${method.id}-all`;

  const doExport = async (format: ExportFormat) => {
    if (!merge) return;
    setExporting(format);
    try {
      await downloadExport(merge, format, name);
    } finally {
      setExporting(undefined);
    }
  };

  return (
    <section className="fetch-all" aria-label="Fetch all">
      <div className="fetch-all-actions">
        <button
          type="button"
          disabled={running || !connection}
          onClick={() => {
            opened.current = false;
            onOpen(undefined);
            start(values);
          }}
        >
          {status === 'idle' ? 'Fetch all' : 'Fetch all again'}
        </button>
        {running && (
          <button type="button" onClick={cancel}>
            Cancel
          </button>
        )}
        {status === 'cancelled' && (
          <button type="button" onClick={resume}>
            Resume
          </button>
        )}
        {status === 'failed' && (
          <button type="button" onClick={resume}>
            Retry page {pages + 1}
          </button>
        )}
        {(status === 'cancelled' || status === 'failed') && pages > 0 && (
          <button type="button" onClick={() => onOpen(merged(false))}>
            Open what was fetched
          </button>
        )}
        {pages > 0 && !running && (
          <span role="group" aria-label="Export records" className="fetch-all-export">
            Export{' '}
            {(['csv', 'ndjson', 'json'] as const).map((f) => (
              <button key={f} type="button" disabled={exporting !== undefined} onClick={() => void doExport(f)}>
                {exporting === f ? `${f.toUpperCase()}…` : f.toUpperCase()}
              </button>
            ))}
          </span>
        )}
      </div>
      {status !== 'idle' && (
        <div className="fetch-all-progress">
          <progress
            aria-label="Fetch all progress"
            max={expectedPages ?? 1}
            value={status === 'done' ? (expectedPages ?? 1) : pages}
          />
          <span role="status">
            {statusWord(status)} · {pages}
            {expectedPages !== undefined ? ` of ${expectedPages}` : ''} pages · {records.toLocaleString('en')} records ·{' '}
            {clock(elapsedMs)} elapsed
            {running && left !== undefined ? ` · about ${clock(left)} left` : ''}
            {throttled > 0 ? ` · ${throttled} × 429 waited out` : ''}
          </span>
        </div>
      )}
      {error && (
        <p className="field-error" role="alert">
          Page {pages + 1} failed: {error}. What was fetched is kept; retry the page to go on.
        </p>
      )}
      {report && report.problems.length > 0 && (
        <ul className="fetch-all-problems" aria-label="Merge problems">
          {report.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {status === 'done' && report && report.problems.length === 0 && report.statedTotal !== undefined && (
        <p className="muted">
          All {report.records.toLocaleString('en')} records received, as meta.total says; no duplicates.
        </p>
      )}
    </section>
  );
}

function statusWord(status: string): string {
  return { running: 'Fetching', cancelled: 'Cancelled', failed: 'Stopped', done: 'Done', idle: '' }[status] ?? status;
}
