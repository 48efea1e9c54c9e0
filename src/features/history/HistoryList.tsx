import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { HistoryRecord } from '../../core/bundle/history-record';
import { HistoryRow, rowName } from './HistoryRow';
import { nextActive } from '../../ui/list-keys';
import './history.css';

export interface HistoryListProps {
  /** The calls to show, in the order shown (newest first). */
  records: readonly HistoryRecord[];
  /** The entry shown in the request and response panes, highlighted. */
  openedId?: number | undefined;
  /** Enter or a click. */
  onOpen: (record: HistoryRecord) => void;
  /** Ctrl/⌘+Enter on a row; left out where re-sending is not offered. */
  onResend?: ((record: HistoryRecord) => void) | undefined;
  /**
   * Calls ticked for comparison. When given, the list is multi-select:
   * Space (or the tick box) marks a row, and aria-selected tells the marks.
   */
  marked?: readonly number[] | undefined;
  onToggleMark?: ((id: number) => void) | undefined;
  label?: string;
}

/**
 * The stored calls as one ARIA listbox: a single tab stop, ↑/↓/Home/End move,
 * Enter opens, Ctrl/⌘+Enter re-sends, Space marks for comparison.
 */
export function HistoryList({
  records,
  openedId,
  onOpen,
  onResend,
  marked,
  onToggleMark,
  label = 'Stored calls',
}: HistoryListProps) {
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  const multi = marked !== undefined && onToggleMark !== undefined;
  const [activeId, setActiveId] = useState<number | undefined>(openedId);
  // The active row must be one that is shown (filters and clearing remove rows).
  const active = records.find((r) => r.id === activeId) ?? records.find((r) => r.id === openedId) ?? records[0];
  const optionId = (rid: number) => `${id}-call-${rid}`;

  useEffect(() => {
    if (active && document.activeElement === ref.current)
      document.getElementById(optionId(active.id))?.scrollIntoView({ block: 'nearest' });
  });

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (!active) return;
    if (e.key === 'Enter') {
      e.preventDefault();
      if ((e.ctrlKey || e.metaKey) && onResend) onResend(active);
      else if (!e.ctrlKey && !e.metaKey) onOpen(active);
      return;
    }
    if (e.key === ' ' && multi) {
      e.preventDefault();
      onToggleMark(active.id);
      return;
    }
    const index = records.indexOf(active);
    const next = nextActive(e.key, index, records.length);
    if (next !== undefined) {
      e.preventDefault();
      setActiveId(records[next]?.id);
    }
  }

  return (
    <div
      ref={ref}
      className="history-list"
      role="listbox"
      aria-label={label}
      aria-multiselectable={multi || undefined}
      tabIndex={records.length ? 0 : -1}
      aria-activedescendant={active ? optionId(active.id) : undefined}
      onKeyDown={onKeyDown}
    >
      {records.map((r) => {
        const isMarked = multi ? marked.includes(r.id) : undefined;
        return (
          <div
            key={r.id}
            id={optionId(r.id)}
            role="option"
            className="history-row"
            aria-label={rowName(r)}
            aria-selected={multi ? isMarked : r.id === openedId}
            aria-current={r.id === openedId ? 'true' : undefined}
            data-active={r.id === active?.id || undefined}
            onClick={(e) => {
              setActiveId(r.id);
              // The tick box marks for comparison; anywhere else opens.
              if (multi && (e.target as HTMLElement).closest('.history-row__mark')) onToggleMark(r.id);
              else onOpen(r);
            }}
          >
            <HistoryRow record={r} marked={isMarked} />
          </div>
        );
      })}
    </div>
  );
}
