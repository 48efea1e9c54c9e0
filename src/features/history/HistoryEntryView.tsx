import { labelCall } from '../../core/bundle/call-label';
import type { HistoryRecord } from '../../core/bundle/history-record';
import { shortDuration } from './format';

/** One stored call again: what was sent and what came back, with reopen and re-send. */
export function HistoryEntryView({
  record,
  replayable,
  resendBlocked,
  busy,
  onReopen,
  onResend,
}: {
  record: HistoryRecord;
  replayable: boolean;
  /** Why re-sending is impossible right now (no usable connection), if it is. */
  resendBlocked: string | undefined;
  busy: boolean;
  onReopen: () => void;
  onResend: () => void;
}) {
  const ex = record.exchange;
  const label = labelCall(ex);
  const req = ex.request;
  const res = ex.response;
  const requestText = [`${req.method} ${req.url}`, ...req.headers.map((h) => `${h.name}: ${h.value}`)]
    .concat(req.body !== undefined ? ['', req.body] : [])
    .join('\n');
  const responseText = res
    ? [
        `HTTP ${res.status} ${res.statusText}`.trim(),
        ...res.headers.map((h) => `${h.name}: ${h.value}`),
        '',
        res.bodyText,
      ].join('\n')
    : (ex.networkError ?? 'No response.');
  return (
    <section className="history-entry" aria-label={`Call ${record.id}`}>
      <h3>
        {label.title}{' '}
        <span className="muted small">
          ({ex.startedAt}, {shortDuration(ex.durationMs)})
        </span>
      </h3>
      {record.problem && (
        <p className="history-entry__problem">
          <strong>Problem:</strong> {record.problem}
        </p>
      )}
      <div className="history-actions">
        <button type="button" disabled={!replayable} onClick={onReopen}>
          Reopen in form
        </button>
        <button type="button" disabled={!replayable || busy || resendBlocked !== undefined} onClick={onResend}>
          {busy ? 'Re-sending…' : 'Re-send'}
        </button>
        {!replayable && <span className="muted small">Imported entries can be viewed and compared only.</span>}
        {replayable && resendBlocked && <span className="muted small">{resendBlocked}</span>}
      </div>
      <div className="history-panes">
        <section aria-label="Stored request">
          <h4>Request</h4>
          <pre className="mono wrap">{requestText}</pre>
        </section>
        <section aria-label="Stored response">
          <h4>Response</h4>
          <pre className="mono wrap">{responseText}</pre>
        </section>
      </div>
    </section>
  );
}
