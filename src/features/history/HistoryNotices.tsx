import type { HistoryState } from './use-history';
import type { ActionStatus } from './use-action-status';

/** What went wrong reading history, and the last action's outcome. */
export function HistoryNotices({ history, status }: { history: HistoryState; status: ActionStatus }) {
  return (
    <>
      {history.error && (
        <p role="alert" className="history-notice history-notice--error">
          {history.error}
        </p>
      )}
      {history.skipped > 0 && (
        <p role="alert" className="history-notice">
          {history.skipped} stored entr{history.skipped === 1 ? 'y' : 'ies'} could not be read and{' '}
          {history.skipped === 1 ? 'was' : 'were'} skipped.
        </p>
      )}
      {status.error && (
        <p role="alert" className="history-notice history-notice--error">
          {status.error}
        </p>
      )}
      <p role="status" className="history-notice history-notice--status">
        {status.message}
      </p>
    </>
  );
}
