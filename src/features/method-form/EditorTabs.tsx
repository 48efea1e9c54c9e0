import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface EditorTab {
  id: string;
  label: ReactNode;
}

interface Props {
  /** Prefix for the tabs' and panels' DOM ids. */
  idPrefix: string;
  tabs: readonly EditorTab[];
  active: string;
  onSelect: (id: string) => void;
  /** Controls at the right end of the tab row (Fill example, Reset). */
  actions?: ReactNode;
}

/** The ARIA tabs pattern: one tab stop, ←/→/Home/End move and select (automatic activation). */
export function EditorTabs({ idPrefix, tabs, active, onSelect, actions }: Props) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent) => {
    const i = tabs.findIndex((t) => t.id === active);
    const next =
      e.key === 'ArrowRight'
        ? (i + 1) % tabs.length
        : e.key === 'ArrowLeft'
          ? (i - 1 + tabs.length) % tabs.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? tabs.length - 1
              : -1;
    const tab = tabs[next];
    if (!tab) return;
    e.preventDefault();
    onSelect(tab.id);
    requestAnimationFrame(() => list.current?.querySelector<HTMLElement>(`#${idPrefix}-tab-${tab.id}`)?.focus());
  };
  return (
    <div className="editor-tabs">
      <div role="tablist" aria-label="Request" ref={list} onKeyDown={onKeyDown}>
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`${idPrefix}-tab-${t.id}`}
            aria-selected={t.id === active}
            aria-controls={`${idPrefix}-panel-${t.id}`}
            tabIndex={t.id === active ? 0 : -1}
            onClick={() => onSelect(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      {actions && <div className="editor-actions">{actions}</div>}
    </div>
  );
}

/** The panel of the active tab; the only one rendered, so inactive tabs cost nothing. */
export function EditorPanel({ idPrefix, id, children }: { idPrefix: string; id: string; children: ReactNode }) {
  return (
    <div
      role="tabpanel"
      id={`${idPrefix}-panel-${id}`}
      aria-labelledby={`${idPrefix}-tab-${id}`}
      className="editor-panel"
      tabIndex={-1}
    >
      {children}
    </div>
  );
}
