import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { MethodNav } from '../features/catalog-browser/MethodNav';
import { BudgetGauge } from '../features/paging/BudgetGauge';
import type { PaletteAction } from '../features/command-palette/commands';
import { ConnectionSwitcher } from '../features/connection/ConnectionSwitcher';
import { SafetyPrompt } from '../features/connection/SafetyPrompt';
import { SANDBOX_ID } from '../features/connection/connection-store';
import { useConnection } from '../features/connection/use-connection';
import { catalogIndex, findSummary } from '../lib/catalog-client';
import { explorerConfigQuery } from '../lib/explorer-config';
import { navigate, usePathname } from '../lib/router';
import { useTheme } from '../lib/theme';
import { Dialog } from '../ui/dialog/Dialog';
import { TabStrip } from '../ui/tab-strip/TabStrip';
import { ShortcutsDialog } from './workspace/ShortcutsDialog';
import { TabPage } from './workspace/TabPage';
import { TopBar } from './workspace/TopBar';
import { useGlobalShortcuts } from './workspace/use-global-shortcuts';
import { useOpenTabs } from './workspace/use-open-tabs';
import { usePaneLayout } from './workspace/use-pane-layout';
import { Sidebar, type SidebarView } from './workspace/Sidebar';
import { LearnNav } from './workspace/LearnNav';
import { targetExists, targetTitle } from './workspace/tab-targets';
import { parseTargetKey, targetFromPath, targetKey, type TabTarget } from '../core/workspace/tab-target';
import { guideIndex } from '../features/guides/guide-index';
import type { GuideActions } from '../features/guides/GuidePage';
import { recipeSummaries } from '../core/recipes/recipe-summaries';
import type { HistoryRecord } from '../core/bundle/history-record';
import { decodeLinkValues, VALUES_PARAM } from '../core/request/deep-link';
import type { PageActions, PagePreset } from './MethodPage';
import type { Exchange } from '../core/exchange/types';
import type { MethodValues } from '../core/request/types';
import { Workspace } from './workspace/Workspace';

// Heavy or rarely first-needed views load on first use, not in the first paint.
// The home view shows once per visit and grows with onboarding: it stays out of the first-load budget.
const Welcome = lazy(() => import('./workspace/Welcome').then((m) => ({ default: m.Welcome })));
const HistoryPage = lazy(() => import('../features/history/HistoryPage').then((m) => ({ default: m.HistoryPage })));
const InboxPanel = lazy(() => import('../features/webhooks/InboxPanel').then((m) => ({ default: m.InboxPanel })));
const CommandPalette = lazy(() =>
  import('../features/command-palette/CommandPalette').then((m) => ({ default: m.CommandPalette })),
);
const ConnectionSettings = lazy(() =>
  import('./workspace/ConnectionSettings').then((m) => ({ default: m.ConnectionSettings })),
);
const HISTORY_PATH = '/history';
const FIRST_REQUEST = 'v3.users.me';

type OpenDialog = 'connection' | 'shortcuts' | 'palette' | undefined;

/** The shell: top bar, method sidebar, tabs of open methods, and the dialogs. Composition only. */
export function App() {
  const config = useQuery(explorerConfigQuery);
  const connection = useConnection(config.data?.sandbox ?? null);
  const pathname = usePathname();
  const routeTarget = targetFromPath(pathname);
  const routeMethodId = routeTarget?.kind === 'method' ? routeTarget.id : undefined;
  const historyOpen = pathname === HISTORY_PATH;
  const tabs = useOpenTabs(routeTarget);
  const layout = usePaneLayout();
  const { theme, toggle: toggleTheme } = useTheme();
  const [dialog, setDialog] = useState<OpenDialog>();
  const [paletteLoaded, setPaletteLoaded] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [focusToken, setFocusToken] = useState(0);
  const [bundleToken, setBundleToken] = useState(0);
  const [sidebarView, setSidebarView] = useState<SidebarView>('methods');
  const [presets, setPresets] = useState<Readonly<Record<string, PagePreset>>>({});
  const [openedEntry, setOpenedEntry] = useState<number>();
  const routeKey = routeTarget ? targetKey(routeTarget) : undefined;
  const shownTab = routeKey ? tabs.state.tabs.find((t) => t.key === routeKey) : undefined;
  const shownTarget = shownTab ? parseTargetKey(shownTab.key) : undefined;
  const shownMethodId = shownTarget?.kind === 'method' ? shownTarget.id : undefined;
  const unknownTarget = routeTarget !== undefined && !targetExists(routeTarget);

  const openTarget = useCallback(
    (target: TabTarget, options: { newTab?: boolean } = {}) => {
      tabs.open(target, options);
      setFocusToken((n) => n + 1);
      setDrawerOpen(false);
    },
    [tabs],
  );
  const openMethod = useCallback(
    (id: string, options: { newTab?: boolean } = {}) => openTarget({ kind: 'method', id }, options),
    [openTarget],
  );
  const onNavOpen = useCallback((id: string, options: { newTab: boolean }) => openMethod(id, options), [openMethod]);
  /** A history entry opens in its method's tab: its values in the form, its stored response in the panes. */
  /** Gives a method's tab new starting values (and response), remounting it; `send` sends them once. */
  const preset = useCallback(
    (methodId: string, next: { values?: MethodValues | undefined; exchange?: Exchange | undefined; send: boolean }) =>
      setPresets((p) => ({
        ...p,
        [methodId]: {
          ...next,
          seq: (p[methodId]?.seq ?? 0) + 1,
          onSent: () =>
            setPresets((q) => ({ ...q, [methodId]: { ...q[methodId], seq: q[methodId]?.seq ?? 0, send: false } })),
        },
      })),
    [],
  );
  /** Opens a method with these values in its form ("Try it", "Open in…", a next step); `send` sends them at once. */
  const openMethodWith = useCallback(
    (methodId: string, options: { values?: MethodValues; send?: boolean; newTab?: boolean } = {}) => {
      if (options.values) preset(methodId, { values: options.values, send: options.send === true });
      openMethod(methodId, options.newTab ? { newTab: true } : {});
    },
    [preset, openMethod],
  );
  const guideActions = useMemo(
    (): GuideActions => ({
      // In a tab of its own: the guide stays open beside the method it is teaching.
      tryMethod: (methodId, values) => openMethodWith(methodId, { ...(values ? { values } : {}), newTab: true }),
      openGuide: (id) => openTarget({ kind: 'guide', id }),
      openRecipe: (id) => openTarget({ kind: 'recipe', id }),
      openWebhooks: () => openTarget({ kind: 'webhooks' }),
    }),
    [openMethodWith, openTarget],
  );
  const pageActions = useMemo(
    (): PageActions => ({
      openMethodWith,
      openGuide: (id) => openTarget({ kind: 'guide', id }),
      openConnectionSettings: () => setDialog('connection'),
    }),
    [openMethodWith, openTarget],
  );
  const openEntry = useCallback(
    (entry: HistoryRecord, send = false) => {
      setOpenedEntry(entry.id);
      const methodId = entry.exchange.methodId;
      if (!findSummary(methodId)) {
        // Not a catalog method (e.g. an imported call to another host): the full history page shows it.
        navigate(HISTORY_PATH);
        return;
      }
      preset(methodId, {
        values: entry.values,
        exchange: send ? undefined : entry.exchange,
        send: send && entry.values !== undefined,
      });
      tabs.open({ kind: 'method', id: methodId });
      setDrawerOpen(false);
    },
    [tabs, preset],
  );
  // A link or "Reopen in form" carrying values opens them in the method's tab, even when that tab is already open.
  useEffect(() => {
    if (!routeMethodId) return;
    const encoded = new URLSearchParams(window.location.search).get(VALUES_PARAM);
    const values = encoded ? decodeLinkValues(encoded) : undefined;
    if (!values) return;
    setPresets((p) => ({ ...p, [routeMethodId]: { seq: (p[routeMethodId]?.seq ?? 0) + 1, values } }));
  }, [routeMethodId, pathname]);
  const openPalette = useCallback(() => {
    setPaletteLoaded(true);
    setDialog('palette');
  }, []);
  const focusSearch = useCallback(() => {
    if (layout.drawer) setDrawerOpen(true);
    // The drawer renders its content on open: focus after that paint.
    requestAnimationFrame(() => document.getElementById('method-search')?.focus());
  }, [layout.drawer]);
  useGlobalShortcuts({
    palette: openPalette,
    search: focusSearch,
    shortcuts: () => setDialog('shortcuts'),
  });

  const title = shownTarget ? targetTitle(shownTarget) : undefined;
  useEffect(() => {
    document.title = historyOpen
      ? 'History · ActiveCampaign API Explorer'
      : title
        ? `${title} · ActiveCampaign API Explorer`
        : 'ActiveCampaign API Explorer';
  }, [title, historyOpen]);

  const sandbox = connection.active === SANDBOX_ID;
  // The webhooks tab shows one delivery; the sidebar's Webhooks view lists them: bring the list with the tab.
  useEffect(() => {
    if (shownTarget?.kind === 'webhooks') setSidebarView('webhooks');
  }, [shownTarget?.kind]);
  const actions = useMemo(
    (): PaletteAction[] => [
      ...[{ id: SANDBOX_ID, name: 'Sandbox (built-in, offline)' }, ...connection.saved].map((c) => ({
        id: `connection:${c.id}`,
        label: `Switch connection: ${c.name || 'Unnamed connection'}`,
        keywords: ['account', 'use'],
        ...(c.id === connection.active ? { unavailable: 'in use' } : {}),
        perform: () => connection.select(c.id),
      })),
      {
        id: 'connection-settings',
        label: 'Connection settings',
        keywords: ['api', 'key', 'url', 'check'],
        perform: () => setDialog('connection'),
      },
      { id: 'theme', label: 'Toggle theme', keywords: ['dark', 'light'], perform: toggleTheme },
      {
        id: 'history',
        label: 'Open history',
        keywords: ['calls'],
        perform: () => {
          setSidebarView('history');
          if (layout.drawer) setDrawerOpen(true);
        },
      },
      {
        id: 'history-page',
        label: 'Open the full history page (compare two calls)',
        keywords: ['diff', 'compare', 'har'],
        perform: () => navigate(HISTORY_PATH),
      },
      {
        id: 'bundle',
        label: 'Copy support bundle',
        keywords: ['support', 'ticket', 'har'],
        ...(shownMethodId ? {} : { unavailable: 'open a method first' }),
        perform: () => setBundleToken((n) => n + 1),
      },
      {
        id: 'first-request',
        label: 'Send your first request',
        keywords: ['users', 'me', 'check', 'key'],
        perform: () => openMethod(FIRST_REQUEST),
      },
      {
        id: 'layout-side',
        label: 'Layout: request and response side by side',
        perform: () => layout.setArrangement('side'),
      },
      { id: 'layout-stack', label: 'Layout: response below request', perform: () => layout.setArrangement('stack') },
      {
        id: 'layout-auto',
        label: 'Layout: automatic (side by side from 1200 px)',
        perform: () => layout.setArrangement('auto'),
      },
      {
        id: 'close-tab',
        label: 'Close tab',
        ...(shownTab ? {} : { unavailable: 'no tab open' }),
        perform: () => shownTab && tabs.close(shownTab.id),
      },
      {
        id: 'pin-tab',
        label: shownTab?.pinned ? 'Unpin tab' : 'Pin tab',
        ...(shownTab ? {} : { unavailable: 'no tab open' }),
        perform: () => shownTab && tabs.togglePin(shownTab.id),
      },
      {
        id: 'webhooks',
        label: 'Open the webhooks inbox',
        keywords: ['deliveries', 'events', 'receive'],
        perform: () => openTarget({ kind: 'webhooks' }),
      },
      ...guideIndex.map((g) => ({
        id: `guide:${g.id}`,
        label: `Guide: ${g.title}`,
        keywords: ['learn', 'docs', 'help'],
        perform: () => openTarget({ kind: 'guide', id: g.id }),
      })),
      ...recipeSummaries.map((r) => ({
        id: `recipe:${r.id}`,
        label: `Recipe: ${r.title}`,
        keywords: ['workflow', 'steps', 'run'],
        perform: () => openTarget({ kind: 'recipe', id: r.id }),
      })),
      { id: 'shortcuts', label: 'Keyboard shortcuts', shortcut: '?', perform: () => setDialog('shortcuts') },
    ],
    [connection, toggleTheme, shownTab, shownMethodId, openMethod, openTarget, layout, tabs],
  );

  const stripTabs = tabs.state.tabs.flatMap((t) => {
    const target = parseTargetKey(t.key);
    if (!target) return [];
    return [{ id: t.id, pinned: t.pinned, label: targetTitle(target), decoration: <TabDecoration target={target} /> }];
  });

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to the workspace
      </a>
      <TopBar
        connection={<ConnectionSwitcher state={connection} onEdit={() => setDialog('connection')} />}
        drawer={layout.drawer}
        drawerOpen={drawerOpen}
        onToggleDrawer={() => setDrawerOpen((o) => !o)}
        onHome={() => navigate('/')}
        historyOpen={historyOpen || sidebarView === 'history'}
        onHistory={() => {
          setSidebarView('history');
          if (layout.drawer) setDrawerOpen(true);
        }}
        theme={theme}
        onToggleTheme={toggleTheme}
        onShortcuts={() => setDialog('shortcuts')}
        onPalette={openPalette}
        budget={
          connection.resolved.ok ? (
            <BudgetGauge origin={new URL(connection.resolved.connection.apiUrl).origin} />
          ) : undefined
        }
      />
      {config.error && (
        <p className="config-error" role="alert">
          Could not load the explorer's configuration: {config.error.message}
        </p>
      )}
      <Workspace
        drawer={layout.drawer}
        drawerOpen={drawerOpen}
        onCloseDrawer={() => setDrawerOpen(false)}
        sidebar={
          <Sidebar
            view={sidebarView}
            onView={setSidebarView}
            onFullHistory={() => {
              // The page supersedes the panel: one History at a time.
              setSidebarView('methods');
              setDrawerOpen(false);
              navigate(HISTORY_PATH);
            }}
            methods={<MethodNav methods={catalogIndex} currentId={shownMethodId} onOpen={onNavOpen} />}
            guides={<LearnNav current={shownTarget} onOpen={openTarget} />}
            webhooks={
              <Suspense fallback={<p className="muted page-pad">Loading…</p>}>
                <InboxPanel
                  onOpenInbox={() => openTarget({ kind: 'webhooks' })}
                  sandbox={sandbox}
                  connection={connection.resolved.ok ? connection.resolved.connection : undefined}
                  openMethodWith={openMethodWith}
                />
              </Suspense>
            }
            history={{
              onOpen: (entry) => openEntry(entry),
              onResend: (entry) => openEntry(entry, true),
              openedId: openedEntry,
              resendBlocked: connection.resolved.ok ? undefined : connection.resolved.message,
            }}
          />
        }
      >
        {stripTabs.length > 0 && (
          <TabStrip
            tabs={stripTabs}
            active={shownTab?.id}
            label="Open methods"
            onActivate={tabs.activate}
            onClose={tabs.close}
            onTogglePin={tabs.togglePin}
          />
        )}
        <div className="tab-pages">
          {tabs.state.tabs.map((t) => {
            const target = parseTargetKey(t.key);
            if (!target) return null;
            const presetKey = target.kind === 'method' ? target.id : '';
            return (
              <TabPage
                key={`${t.id}:${presets[presetKey]?.seq ?? 0}`}
                preset={target.kind === 'method' ? presets[presetKey] : undefined}
                tabId={t.id}
                target={target}
                guideActions={guideActions}
                pageActions={pageActions}
                active={t.id === shownTab?.id && !historyOpen}
                connection={connection}
                version={config.data?.version ?? ''}
                sideBySide={layout.sideBySide}
                focusToken={t.id === shownTab?.id ? focusToken : 0}
                bundleToken={t.id === shownTab?.id ? bundleToken : 0}
              />
            );
          })}
          {historyOpen && (
            <div className="pane-scroll page-pad">
              <Suspense fallback={<p className="muted">Loading history…</p>}>
                <HistoryPage connection={connection.resolved} />
              </Suspense>
            </div>
          )}
          {unknownTarget && (
            <p role="alert" className="page-pad">
              {routeTarget.kind === 'method'
                ? `No method has the id “${routeTarget.id}”. Pick one from the list.`
                : `Nothing is called “${'id' in routeTarget ? routeTarget.id : ''}” here. Pick one from the sidebar.`}
            </p>
          )}
          {!routeTarget && !historyOpen && (
            <div className="pane-scroll page-pad">
              <Suspense fallback={null}>
                <Welcome
                  sandbox={sandbox}
                  actions={guideActions}
                  // Opens the key check and sends it at once: the first thing a newcomer sees is an answer.
                  onFirstRequest={() => openMethodWith(FIRST_REQUEST, { values: { params: {} }, send: true })}
                  onConnection={() => {
                    if (sandbox) connection.select(connection.saved[0]?.id ?? connection.add());
                    setDialog('connection');
                  }}
                />
              </Suspense>
            </div>
          )}
        </div>
      </Workspace>
      <Dialog open={dialog === 'connection'} onClose={() => setDialog(undefined)} title="Connection settings" side>
        <Suspense fallback={<p className="muted">Loading…</p>}>
          <ConnectionSettings
            state={connection}
            sandboxUrl={config.data?.sandbox?.apiUrl}
            showSandbox={config.data?.sandbox !== undefined && config.data.sandbox !== null && sandbox}
          />
        </Suspense>
      </Dialog>
      <ShortcutsDialog open={dialog === 'shortcuts'} onClose={() => setDialog(undefined)} />
      <SafetyPrompt />
      {paletteLoaded && (
        <Suspense fallback={null}>
          <CommandPalette
            open={dialog === 'palette'}
            onClose={() => setDialog(undefined)}
            methods={catalogIndex}
            actions={actions}
            onOpenMethod={(id, newTab) => openMethod(id, { newTab })}
          />
        </Suspense>
      )}
    </div>
  );
}

/** The small badge before a tab's title: the HTTP method, or what kind of page it is. */
function TabDecoration({ target }: { target: TabTarget }) {
  if (target.kind === 'method') {
    const summary = findSummary(target.id);
    if (!summary) return null;
    return (
      <span className={`method-tag http-${summary.http.toLowerCase()}`} aria-hidden="true">
        {summary.http === 'DELETE' ? 'DEL' : summary.http}
      </span>
    );
  }
  const label = { guide: 'Guide', recipe: 'Recipe', webhooks: 'Hooks' }[target.kind];
  return (
    <span className={`method-tag learn-tag learn-${target.kind}`} aria-hidden="true">
      {label}
    </span>
  );
}
