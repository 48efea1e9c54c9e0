import { useCallback, useEffect, useState } from 'react';
import type { HistoryRecord } from '../../core/bundle/history-record';
import { historyStore, onHistoryChange } from '../../lib/history-store';

export interface HistoryState {
  records: HistoryRecord[];
  skipped: number;
  loading: boolean;
  error?: string;
}

/** The stored calls, reloaded whenever this tab sends, imports or clears. */
export function useHistory(): HistoryState & { reload: () => void } {
  const [state, setState] = useState<HistoryState>({ records: [], skipped: 0, loading: true });
  const reload = useCallback(() => {
    historyStore.list().then(
      ({ records, skipped }) => setState({ records, skipped, loading: false }),
      (e: unknown) =>
        setState({
          records: [],
          skipped: 0,
          loading: false,
          error: `History is unavailable in this browser: ${e instanceof Error ? e.message : String(e)}`,
        }),
    );
  }, []);
  useEffect(() => {
    reload();
    return onHistoryChange(reload);
  }, [reload]);
  return { ...state, reload };
}
