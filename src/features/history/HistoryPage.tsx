import { useState } from 'react';
import { HISTORY_CAP, type HistoryRecord } from '../../core/bundle/history-record';
import type { GuardedConnection } from '../../core/safety/decide';
import { historyStore, notifyHistoryChange } from '../../lib/history-store';
import { canReplay, reopenInForm, resend } from './history-actions';
import { ClearHistoryButton } from './ClearHistoryButton';
import { CompareView } from './CompareView';
import { HistoryEntryView } from './HistoryEntryView';
import { HistoryFilters } from './HistoryFilters';
import { HistoryList } from './HistoryList';
import { HistoryNotices } from './HistoryNotices';
import { ImportHarButton } from './ImportHarButton';
import { importHarFile } from './import-har';
import { useActionStatus } from './use-action-status';
import { useHistory } from './use-history';
import { useHistoryView } from './use-history-view';
import './history.css';

type ConnectionResolution = { ok: true; connection: GuardedConnection } | { ok: false; message: string };

/** Every stored call on a page of its own: filter, open, reopen in its form, re-send, compare two, import a HAR, clear. */
export function HistoryPage({ connection }: { connection: ConnectionResolution }) {
  const history = useHistory();
  const view = useHistoryView(history.records);
  const status = useActionStatus();
  const [openedId, setOpenedId] = useState<number>();
  const [marked, setMarked] = useState<number[]>([]);
  const byId = (id: number | undefined) => history.records.find((r) => r.id === id);
  const opened = byId(openedId);
  // Older call first, whatever order they were marked in, so "added" means added since then.
  const [first, second] = [...marked].sort((x, y) => x - y).map(byId);
  const resendBlocked = connection.ok ? undefined : connection.message;

  // One path for the button and Ctrl/⌘+Enter, so both refuse with the same reason.
  async function resendRecord(r: HistoryRecord): Promise<string> {
    if (!canReplay(r)) throw new Error('Imported entries can be viewed, not re-sent (they have no form values).');
    if (!connection.ok) throw new Error(connection.message);
    await resend(r, connection.connection);
    return `Re-sent ${r.exchange.methodSummary}: the new call is at the top of the list.`;
  }
  const resendOpened = () => void (opened && status.run(() => resendRecord(opened)));

  return (
    <section className="history" aria-labelledby="history-title">
      <h2 id="history-title">History</h2>
      <p className="history-intro">
        Every call you send is kept in this browser (IndexedDB), newest first. The last {HISTORY_CAP} calls are kept;
        older ones are dropped. API keys and secret parameters are never stored.
      </p>
      <div className="history-toolbar">
        <HistoryFilters view={view} />
        <ImportHarButton disabled={status.busy} onFile={(f) => void status.run(() => importHarFile(f))} />
        <ClearHistoryButton
          count={history.records.length}
          onClear={() =>
            void status.run(async () => {
              await historyStore.clear();
              setMarked([]);
              setOpenedId(undefined);
              notifyHistoryChange();
              return 'History cleared.';
            })
          }
        />
      </div>
      <HistoryNotices history={history} status={status} />
      {!history.loading && history.records.length === 0 && <p>No calls yet. Send a request and it will appear here.</p>}
      {history.records.length > 0 && view.shown.length === 0 && <p>No stored call matches these filters.</p>}
      {view.shown.length > 0 && (
        <>
          <p className="history-hint">
            Enter or click opens a call; Space or its tick box marks it for comparison (two at a time).
          </p>
          <HistoryList
            records={view.shown}
            openedId={openedId}
            onOpen={(r) => setOpenedId(r.id)}
            onResend={(r) => {
              setOpenedId(r.id);
              if (!status.busy) void status.run(() => resendRecord(r));
            }}
            marked={marked}
            onToggleMark={(id) => setMarked((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id].slice(-2)))}
          />
        </>
      )}
      {first && second && <CompareView a={first} b={second} />}
      {marked.length === 1 && <p className="history-hint">Mark one more call to compare the two responses.</p>}
      {opened && (
        <HistoryEntryView
          record={opened}
          replayable={canReplay(opened)}
          resendBlocked={resendBlocked}
          busy={status.busy}
          onReopen={() => void status.run(async () => (await reopenInForm(opened), ''))}
          onResend={resendOpened}
        />
      )}
    </section>
  );
}
