import { useState } from 'react';
import type { HistoryRecord } from '../../core/bundle/history-record';
import { historyStore, notifyHistoryChange } from '../../lib/history-store';
import { ClearHistoryButton } from './ClearHistoryButton';
import { canReplay } from './history-actions';
import { HistoryFilters } from './HistoryFilters';
import { HistoryList } from './HistoryList';
import { HistoryNotices } from './HistoryNotices';
import { ImportHarButton } from './ImportHarButton';
import { importHarFile } from './import-har';
import { useActionStatus } from './use-action-status';
import { useHistory } from './use-history';
import { useHistoryView } from './use-history-view';
import './history.css';

export interface HistoryPanelProps {
  /** Open an entry: show its stored request in the request pane and its stored response in the response pane. */
  onOpen: (entry: HistoryRecord) => void;
  /**
   * Send an entry again through the one send pipeline and open the new call.
   * Offered only for entries that have form values (not imported ones); left
   * out, the panel offers no re-send.
   */
  onResend?: ((entry: HistoryRecord) => void) | undefined;
  /** The entry shown in the panes; when left out the panel remembers the last one it opened. */
  openedId?: number | undefined;
  /** Why re-sending is impossible right now (e.g. no usable connection), if it is. */
  resendBlocked?: string | undefined;
  /** A re-send is in flight: the button waits for it. */
  resending?: boolean | undefined;
  /** Heading level of the panel's title, to fit where it is placed. */
  headingLevel?: 2 | 3;
}

/**
 * History in a narrow column (the workspace's left pane): filters, Import
 * HAR, and the calls as one keyboard list. It stores nothing of its own:
 * opening and re-sending are the host's, through the callbacks.
 */
export function HistoryPanel({
  onOpen,
  onResend,
  openedId,
  resendBlocked,
  resending = false,
  headingLevel = 2,
}: HistoryPanelProps) {
  const history = useHistory();
  const view = useHistoryView(history.records);
  const status = useActionStatus();
  const [ownOpened, setOwnOpened] = useState<number>();
  const openedNow = openedId ?? ownOpened;
  const opened = history.records.find((r) => r.id === openedNow);
  const Heading = `h${headingLevel}` as const;
  const open = (r: HistoryRecord) => {
    setOwnOpened(r.id);
    onOpen(r);
  };
  const resend =
    onResend &&
    ((r: HistoryRecord) => {
      if (resending) return;
      // Said where the eye is: a key press that does nothing would look like a broken shortcut.
      const why = !canReplay(r)
        ? 'Imported entries can be viewed, not re-sent (they have no form values).'
        : resendBlocked;
      if (why) void status.run(() => Promise.reject(new Error(why)));
      else onResend(r);
    });
  return (
    <section className="history-panel" aria-label="History">
      <div className="history-panel__head">
        <Heading className="history-panel__title">History</Heading>
        <span className="history-panel__count">
          {history.records.length} call{history.records.length === 1 ? '' : 's'}
        </span>
        <span className="history-panel__spacer" />
        <ImportHarButton disabled={status.busy} onFile={(f) => void status.run(() => importHarFile(f))} />
      </div>
      <HistoryFilters view={view} />
      <HistoryNotices history={history} status={status} />
      {!history.loading && history.records.length === 0 && (
        <p className="history-empty">No calls yet. Send a request and it appears here; or import a HAR file.</p>
      )}
      {history.records.length > 0 && view.shown.length === 0 && (
        <p className="history-empty">No stored call matches these filters.</p>
      )}
      {view.shown.length > 0 && (
        <HistoryList records={view.shown} openedId={openedNow} onOpen={open} onResend={resend} />
      )}
      <div className="history-panel__foot">
        {resend && opened && (
          <button
            type="button"
            className="history-button"
            disabled={!canReplay(opened) || resending || resendBlocked !== undefined}
            title={
              !canReplay(opened)
                ? 'Imported entries can be viewed only.'
                : (resendBlocked ?? 'Ctrl/⌘+Enter in the list')
            }
            onClick={() => resend(opened)}
          >
            {resending ? 'Re-sending…' : 'Re-send'}
          </button>
        )}
        <ClearHistoryButton
          count={history.records.length}
          onClear={() =>
            void status.run(async () => {
              await historyStore.clear();
              setOwnOpened(undefined);
              notifyHistoryChange();
              return 'History cleared.';
            })
          }
        />
      </div>
    </section>
  );
}
