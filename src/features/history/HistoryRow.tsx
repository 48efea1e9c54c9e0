import { labelCall } from '../../core/bundle/call-label';
import { statusClass, type HistoryRecord } from '../../core/bundle/history-record';
import { shortDuration, shortTime, timeParts } from './format';

/** The accessible name of a row: what it shows, in reading order, with the title the row only hints at. */
export function rowName(record: HistoryRecord): string {
  const ex = record.exchange;
  const l = labelCall(ex);
  const status = ex.response ? `HTTP ${ex.response.status}` : 'failed';
  return `${l.method} ${l.target}, ${status}, ${l.title}, ${shortTime(ex.startedAt)}, ${shortDuration(ex.durationMs)}`;
}

/**
 * One call on one ~30 px line: method badge, path with its query (the part
 * that tells two calls of one method apart), status, time, duration. The
 * method's summary shows only where the list is wide enough.
 */
export function HistoryRow({ record, marked }: { record: HistoryRecord; marked?: boolean | undefined }) {
  const ex = record.exchange;
  const l = labelCall(ex);
  const cls = statusClass(ex);
  const time = timeParts(ex.startedAt);
  return (
    <>
      {marked !== undefined && (
        <span className="history-row__mark" data-marked={marked} aria-hidden="true">
          {marked ? '✓' : ''}
        </span>
      )}
      <span className={`history-row__method history-method--${l.method.toLowerCase()}`}>{l.method}</span>
      <span className="history-row__target" title={`${l.title}\n${ex.request.url}`}>
        {l.kind === 'other' && (
          <span className="history-row__tag history-row__tag--other">
            <span className="history-row__tag-long">{l.title}</span>
            {/* A sidebar has no room for the host: the tooltip and the row's accessible name keep it. */}
            <span className="history-row__tag-short" aria-hidden="true">
              other
            </span>
          </span>
        )}
        {l.kind === 'v1' && <span className="history-row__tag">v1</span>}
        <span className="history-row__path">{l.target}</span>
      </span>
      {l.kind !== 'other' && <span className="history-row__title">{l.title}</span>}
      <span className={`history-row__status history-status--${cls}`}>
        {ex.response ? ex.response.status : 'failed'}
      </span>
      <time className="history-row__time" dateTime={ex.startedAt} title={ex.startedAt}>
        {time.date && <span className="history-row__date">{time.date} </span>}
        {time.clock}
      </time>
      <span className="history-row__duration">{shortDuration(ex.durationMs)}</span>
    </>
  );
}
