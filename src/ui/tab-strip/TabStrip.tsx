import { useRef, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import './tab-strip.css';

export interface StripTab {
  id: string;
  label: string;
  /** Rendered before the label (e.g. an HTTP method badge); hidden from the accessible name. */
  decoration?: ReactNode;
  pinned: boolean;
}

/**
 * A row of document tabs as desktop clients have them: click activates,
 * middle-click or the ✕ closes, double-click pins; arrow keys move between
 * tabs (one tab stop), Delete closes the focused tab.
 */
export function TabStrip({
  tabs,
  active,
  label,
  onActivate,
  onClose,
  onTogglePin,
}: {
  tabs: readonly StripTab[];
  active: string | undefined;
  label: string;
  onActivate: (id: string) => void;
  onClose: (id: string) => void;
  onTogglePin: (id: string) => void;
}) {
  const listRef = useRef<HTMLDivElement>(null);
  const focusTab = (index: number) => {
    const buttons = listRef.current?.querySelectorAll<HTMLElement>('[role="tab"]');
    const target = buttons?.[(index + (buttons?.length ?? 1)) % (buttons?.length ?? 1)];
    target?.focus();
    const id = target?.dataset.tabId;
    if (id) onActivate(id);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLElement>, index: number, id: string) => {
    if (e.key === 'ArrowRight') focusTab(index + 1);
    else if (e.key === 'ArrowLeft') focusTab(index - 1);
    else if (e.key === 'Home') focusTab(0);
    else if (e.key === 'End') focusTab(tabs.length - 1);
    else if (e.key === 'Delete') onClose(id);
    else return;
    e.preventDefault();
  };

  return (
    <div className="tab-strip" role="tablist" aria-label={label} ref={listRef}>
      {tabs.map((t, i) => {
        const selected = t.id === active;
        return (
          // The wrapper is presentational so the tablist owns only tabs (the ARIA tabs pattern).
          <div
            key={t.id}
            role="presentation"
            className="tab-strip-item"
            data-selected={selected || undefined}
            data-pinned={t.pinned}
          >
            <button
              type="button"
              role="tab"
              id={`tab-${t.id}`}
              data-tab-id={t.id}
              aria-selected={selected}
              aria-controls={`tabpanel-${t.id}`}
              aria-keyshortcuts="Delete"
              tabIndex={selected ? 0 : -1}
              title={t.pinned ? `${t.label} (pinned; double-click to unpin)` : `${t.label} (double-click to pin)`}
              onClick={() => onActivate(t.id)}
              onDoubleClick={() => onTogglePin(t.id)}
              onAuxClick={(e: MouseEvent) => {
                if (e.button === 1) {
                  e.preventDefault();
                  onClose(t.id);
                }
              }}
              onKeyDown={(e) => onKeyDown(e, i, t.id)}
            >
              {t.decoration}
              <span className={t.pinned ? 'tab-label' : 'tab-label tab-preview'}>{t.label}</span>
              {t.pinned && (
                <span className="tab-pin" aria-label="pinned">
                  ●
                </span>
              )}
            </button>
            {/* A pointer shortcut only: keyboard users close the focused tab with Delete (and the palette's "Close tab"). */}
            <button
              type="button"
              className="tab-close"
              aria-hidden="true"
              tabIndex={-1}
              title={`Close ${t.label}`}
              onClick={() => onClose(t.id)}
            >
              ✕
            </button>
          </div>
        );
      })}
    </div>
  );
}
