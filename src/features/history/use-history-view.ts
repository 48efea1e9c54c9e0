import { useMemo, useState } from 'react';
import { matchesText } from '../../core/bundle/call-label';
import { filterHistory, type HistoryFilter, type HistoryRecord } from '../../core/bundle/history-record';

export interface HistoryView {
  filter: HistoryFilter;
  setFilter: (f: HistoryFilter) => void;
  text: string;
  setText: (t: string) => void;
  /** The records that pass every filter, newest first. */
  shown: HistoryRecord[];
}

/** The filters over a list of stored calls and what passes them. */
export function useHistoryView(records: readonly HistoryRecord[]): HistoryView {
  const [filter, setFilter] = useState<HistoryFilter>({});
  const [text, setText] = useState('');
  const shown = useMemo(
    () => filterHistory(records, filter).filter((r) => matchesText(r.exchange, text)),
    [records, filter, text],
  );
  return { filter, setFilter, text, setText, shown };
}
