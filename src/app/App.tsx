import { useQuery } from '@tanstack/react-query';
import { catalog, findMethod } from '../core/catalog/registry';
import { MethodNav } from '../features/catalog-browser/MethodNav';
import { ConnectionControl } from '../features/connection/ConnectionControl';
import { useConnection } from '../features/connection/use-connection';
import { explorerConfigQuery } from '../lib/explorer-config';
import { methodIdFromPath, usePathname } from '../lib/router';
import { MethodPage } from './MethodPage';

/** The shell: connection bar, method sidebar, and the selected method. */
export function App() {
  const config = useQuery(explorerConfigQuery);
  const connection = useConnection(config.data?.sandbox ?? null);
  const pathname = usePathname();
  const methodId = methodIdFromPath(pathname);
  const method = methodId ? findMethod(methodId) : undefined;

  return (
    <div className="layout">
      <header className="topbar">
        <h1>ActiveCampaign API Explorer</h1>
        <ConnectionControl state={connection} sandboxUrl={config.data?.sandbox?.apiUrl} />
      </header>
      {config.error && (
        <p className="field-error" role="alert">
          Could not load the explorer's configuration: {config.error.message}
        </p>
      )}
      <MethodNav methods={catalog} currentId={method?.id} />
      <main className="main">
        {method ? (
          <MethodPage key={method.id} method={method} connection={connection} version={config.data?.version ?? ''} />
        ) : methodId ? (
          <p role="alert">No method has the id “{methodId}”. Pick one from the list.</p>
        ) : (
          <Welcome />
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
