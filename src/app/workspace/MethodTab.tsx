import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import type { ConnectionState } from '../../features/connection/use-connection';
import { findSummary, methodQuery } from '../../lib/catalog-client';
import type { PageActions, PagePreset } from '../MethodPage';

// The method page carries the form, validation and response viewer: loaded on first use, not in the first paint.
const MethodPage = lazy(() => import('../MethodPage').then((m) => ({ default: m.MethodPage })));

/** A method tab: loads its method's definition (a lazy catalog chunk) and keeps its page mounted. */
export function MethodTab({
  tabId,
  methodId,
  active,
  connection,
  version,
  sideBySide,
  focusToken,
  bundleToken,
  preset,
  actions,
}: {
  tabId: string;
  methodId: string;
  active: boolean;
  connection: ConnectionState;
  version: string;
  sideBySide: boolean;
  focusToken: number;
  bundleToken: number;
  preset: PagePreset | undefined;
  actions: PageActions;
}) {
  const summary = findSummary(methodId);
  const method = useQuery({ ...methodQuery(methodId), enabled: summary !== undefined });
  if (!active && !method.data) return null;
  if (method.error) {
    return (
      <p role="alert" className="page-pad" hidden={!active}>
        Could not load this method: {method.error.message}
      </p>
    );
  }
  const loading = (
    <p className="muted page-pad" hidden={!active}>
      Loading {summary?.summary ?? methodId}…
    </p>
  );
  if (!method.data) return loading;
  return (
    <Suspense fallback={loading}>
      <MethodPage
        method={method.data}
        connection={connection}
        version={version}
        active={active}
        sideBySide={sideBySide}
        focusToken={focusToken}
        bundleToken={bundleToken}
        tabId={tabId}
        preset={preset}
        actions={actions}
      />
    </Suspense>
  );
}
