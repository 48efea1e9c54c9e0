import { useMemo, useState } from 'react';
import { fromHar } from '../../core/bundle/har-import';
import { filterHistory, HISTORY_CAP, type HistoryFilter } from '../../core/bundle/history-record';
import type { Connection } from '../../core/request/types';
import { historyStore, notifyHistoryChange } from '../../lib/history-store';
import { canReplay, reopenInForm, resend } from './history-actions';
import { CompareView } from './CompareView';
import { HistoryEntryView } from './HistoryEntryView';
import { HistoryList } from './HistoryList';
import { HistoryToolbar } from './HistoryToolbar';
import { useHistory } from './use-history';

type ConnectionResolution = { ok: true; connection: Connection } | { ok: false; message: string };

/** Every stored call: filter, open, reopen in its form, re-send, compare two, import a HAR, clear. */
export function HistoryPage({ connection }: { connection: ConnectionResolution }) {
  const history = useHistory();
  const [filter, setFilter] = useState<HistoryFilter>({});
  const [openedId, setOpenedId] = useState<number>();
  const [selected, setSelected] = useState<number[]>([]);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const shown = useMemo(() => filterHistory(history.records, filter), [history.records, filter]);
  const byId = (id: number | undefined) => history.records.find((r) => r.id === id);
  const opened = byId(openedId);
  // Older call first, whatever order they were ticked in, so "added" means added since then.
  const [first, second] = [...selected].sort((x, y) => x - y).map(byId);

  async function run(what: string, action: () => Promise<string>) {
    setBusy(true);
    try {
      setStatus(await action());
    } catch (e) {
      setStatus(`${what} failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  }

  const importHar = (file: File) =>
    run('Import', async () => {
      const { exchanges, skipped } = fromHar(JSON.parse(await file.text()) as unknown);
      // Oldest first, so the HAR's order is kept under "newest first".
      const ordered = [...exchanges].sort((a, b) => a.startedAt.localeCompare(b.startedAt));
      for (const exchange of ordered) await historyStore.add({ exchange });
      notifyHistoryChange();
      return `Imported ${exchanges.length} call${exchanges.length === 1 ? '' : 's'} from ${file.name}${skipped ? `; ${skipped} unreadable entries skipped` : ''}.`;
    });

  return (
    <section className="history" aria-labelledby="history-title">
      <h2 id="history-title">History</h2>
      <p className="muted">
        Every call you send is kept in this browser (IndexedDB), newest first. The last {HISTORY_CAP} calls are kept;
        older ones are dropped. API keys and secret parameters are never stored.
      </p>
      {history.error && <p role="alert">{history.error}</p>}
      {history.skipped > 0 && (
        <p role="alert" className="notice">
          {history.skipped} stored entr{history.skipped === 1 ? 'y' : 'ies'} could not be read and{' '}
          {history.skipped === 1 ? 'was' : 'were'} skipped.
        </p>
      )}
      <HistoryToolbar
        filter={filter}
        onFilter={setFilter}
        count={history.records.length}
        onImport={(f) => void importHar(f)}
        onClear={() =>
          void run('Clear', async () => {
            await historyStore.clear();
            setSelected([]);
            setOpenedId(undefined);
            notifyHistoryChange();
            return 'History cleared.';
          })
        }
      />
      <p role="status" className="muted">
        {status}
      </p>
      {!history.loading && history.records.length === 0 && <p>No calls yet. Send a request and it will appear here.</p>}
      {history.records.length > 0 && shown.length === 0 && <p>No stored call matches these filters.</p>}
      {shown.length > 0 && (
        <HistoryList
          records={shown}
          selected={selected}
          openedId={openedId}
          onOpen={setOpenedId}
          onToggle={(id) => setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id].slice(-2)))}
        />
      )}
      {first && second && <CompareView a={first} b={second} />}
      {selected.length === 1 && <p className="muted">Tick one more call to compare the two responses.</p>}
      {opened && (
        <HistoryEntryView
          record={opened}
          replayable={canReplay(opened)}
          resendBlocked={connection.ok ? undefined : connection.message}
          busy={busy}
          onReopen={() => void run('Reopen', async () => (await reopenInForm(opened), ''))}
          onResend={() =>
            void run('Re-send', async () => {
              if (!connection.ok) throw new Error(connection.message);
              await resend(opened, connection.connection);
              return `Re-sent ${opened.exchange.methodSummary}: the new call is at the top of the list.`;
            })
          }
        />
      )}
    </section>
  );
}
