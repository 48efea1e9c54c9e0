import { lazy, Suspense, type ReactNode } from 'react';
import type { HistoryPanelProps } from '../../features/history/HistoryPanel';

// History's code (IndexedDB, HAR import) loads when the History view is first shown.
const HistoryPanel = lazy(() =>
  import('../../features/history/HistoryPanel').then((m) => ({ default: m.HistoryPanel })),
);

export type SidebarView = 'methods' | 'history';

/** The left pane: the method catalog or the call history, as Postman's Collections and History. */
export function Sidebar({
  view,
  onView,
  methods,
  history,
  onFullHistory,
}: {
  view: SidebarView;
  onView: (view: SidebarView) => void;
  methods: ReactNode;
  history: HistoryPanelProps;
  onFullHistory: () => void;
}) {
  return (
    <div className="sidebar-inner">
      <div className="sidebar-switch segmented" role="group" aria-label="Sidebar">
        <button type="button" aria-pressed={view === 'methods'} onClick={() => onView('methods')}>
          Methods
        </button>
        <button type="button" aria-pressed={view === 'history'} onClick={() => onView('history')}>
          History
        </button>
      </div>
      <div className="sidebar-body">
        {view === 'methods' ? (
          methods
        ) : (
          <Suspense fallback={<p className="muted page-pad">Loading history…</p>}>
            <HistoryPanel {...history} headingLevel={2} />
            <a
              className="sidebar-footer-link"
              href="/history"
              onClick={(e) => {
                e.preventDefault();
                onFullHistory();
              }}
            >
              Full history: compare two calls, re-send, reopen
            </a>
          </Suspense>
        )}
      </div>
    </div>
  );
}
