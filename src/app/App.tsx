import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { MethodNav } from '../features/catalog-browser/MethodNav';
import { ConnectionControl } from '../features/connection/ConnectionControl';
import { useConnection } from '../features/connection/use-connection';
import { SandboxSettings } from '../features/sandbox-settings/components/SandboxSettings';
import { catalogIndex, findSummary, methodQuery } from '../lib/catalog-client';
import { explorerConfigQuery } from '../lib/explorer-config';
import { methodIdFromPath, navigate, usePathname } from '../lib/router';

// The method page carries the form, validation and response viewer: loaded on first use, not in the first paint.
const MethodPage = lazy(() => import('./MethodPage').then((m) => ({ default: m.MethodPage })));
const HistoryPage = lazy(() => import('../features/history/HistoryPage').then((m) => ({ default: m.HistoryPage })));
const HISTORY_PATH = '/history';

/** The shell: connection bar, method sidebar, and the selected method. */
export function App() {
  const config = useQuery(explorerConfigQuery);
  const connection = useConnection(config.data?.sandbox ?? null);
  const pathname = usePathname();
  const methodId = methodIdFromPath(pathname);
  const summary = methodId ? findSummary(methodId) : undefined;
  const method = useQuery({ ...methodQuery(methodId ?? ''), enabled: summary !== undefined });

  return (
    <div className="layout">
      <header className="topbar">
        <h1>ActiveCampaign API Explorer</h1>
        <ConnectionControl state={connection} sandboxUrl={config.data?.sandbox?.apiUrl} />
        {config.data?.sandbox && <SandboxSettings />}
        <a
          href={HISTORY_PATH}
          aria-current={pathname === HISTORY_PATH ? 'page' : undefined}
          onClick={(e) => {
            e.preventDefault();
            navigate(HISTORY_PATH);
          }}
        >
          History
        </a>
      </header>
      {config.error && (
        <p className="field-error" role="alert">
          Could not load the explorer's configuration: {config.error.message}
        </p>
      )}
      <MethodNav methods={catalogIndex} currentId={summary?.id} />
      <main className="main">
        {pathname === HISTORY_PATH && (
          <Suspense fallback={<p className="muted">Loading history…</p>}>
            <HistoryPage connection={connection.resolved} />
          </Suspense>
        )}
        {!methodId && pathname !== HISTORY_PATH && <Welcome />}
        {methodId && !summary && <p role="alert">No method has the id “{methodId}”. Pick one from the list.</p>}
        {method.error && <p role="alert">Could not load this method: {method.error.message}</p>}
        {summary && !method.data && !method.error && <p className="muted">Loading {summary.summary}…</p>}
        {method.data && (
          <Suspense fallback={<p className="muted">Loading {method.data.summary}…</p>}>
            <MethodPage
              key={method.data.id}
              method={method.data}
              connection={connection}
              version={config.data?.version ?? ''}
            />
          </Suspense>
        )}
      </main>
    </div>
  );
}

function Welcome() {
  return (
    <section className="welcome">
      <h2>Explore the ActiveCampaign API</h2>
      <p>
        Pick a method on the left or search for one (Ctrl/⌘ K). Requests go to the built-in <strong>Sandbox</strong>{' '}
        account by default, so nothing touches a real account until you choose “My ActiveCampaign account” and enter the
        API URL and key from <em>Settings &gt; Developer</em>.
      </p>
    </section>
  );
}
