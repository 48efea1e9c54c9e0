import { lazy, Suspense, type ReactNode } from 'react';
import type { HistoryPanelProps } from '../../features/history/HistoryPanel';

// History's code (IndexedDB, HAR import) and the inbox's load when their view is first shown.
const HistoryPanel = lazy(() =>
  import('../../features/history/HistoryPanel').then((m) => ({ default: m.HistoryPanel })),
);

export type SidebarView = 'methods' | 'guides' | 'webhooks' | 'history';

const VIEWS: { view: SidebarView; label: string }[] = [
  { view: 'methods', label: 'Methods' },
  { view: 'guides', label: 'Guides' },
  { view: 'webhooks', label: 'Webhooks' },
  { view: 'history', label: 'History' },
];

/** The left pane: the method catalog, guides and recipes, webhook deliveries, or the call history. */
export function Sidebar({
  view,
  onView,
  methods,
  guides,
  webhooks,
  history,
  onFullHistory,
}: {
  view: SidebarView;
  onView: (view: SidebarView) => void;
  methods: ReactNode;
  guides: ReactNode;
  webhooks: ReactNode;
  history: HistoryPanelProps;
  onFullHistory: () => void;
}) {
  return (
    <div className="sidebar-inner">
      <div className="sidebar-switch segmented" role="group" aria-label="Sidebar">
        {VIEWS.map((v) => (
          <button key={v.view} type="button" aria-pressed={view === v.view} onClick={() => onView(v.view)}>
            {v.label}
          </button>
        ))}
      </div>
      <div className="sidebar-body">
        {view === 'methods' && methods}
        {view === 'guides' && guides}
        {view === 'webhooks' && webhooks}
        {view === 'history' && (
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
