import { lazy, Suspense } from 'react';
import type { TabTarget } from '../../core/workspace/tab-target';
import type { ConnectionState } from '../../features/connection/use-connection';
import type { GuideActions } from '../../features/guides/GuidePage';
import type { PageActions, PagePreset } from '../MethodPage';
import { MethodTab } from './MethodTab';

// Guides, recipes and the inbox are code only their tabs need: each loads when first opened.
const GuidePage = lazy(() => import('../../features/guides/GuidePage').then((m) => ({ default: m.GuidePage })));
const RecipePage = lazy(() => import('../RecipePage').then((m) => ({ default: m.RecipePage })));
const WebhooksPage = lazy(() => import('../WebhooksPage').then((m) => ({ default: m.WebhooksPage })));

/** One open tab, whatever it shows; inactive tabs stay mounted (hidden) so they keep their state. */
export function TabPage({
  target,
  tabId,
  active,
  connection,
  version,
  sideBySide,
  focusToken,
  bundleToken,
  preset,
  guideActions,
  pageActions,
}: {
  target: TabTarget;
  tabId: string;
  active: boolean;
  connection: ConnectionState;
  version: string;
  sideBySide: boolean;
  focusToken: number;
  bundleToken: number;
  preset: PagePreset | undefined;
  guideActions: GuideActions;
  pageActions: PageActions;
}) {
  const loading = (
    <p className="muted page-pad" hidden={!active}>
      Loading…
    </p>
  );
  switch (target.kind) {
    case 'method':
      return (
        <MethodTab
          tabId={tabId}
          methodId={target.id}
          active={active}
          connection={connection}
          version={version}
          sideBySide={sideBySide}
          focusToken={focusToken}
          bundleToken={bundleToken}
          preset={preset}
          actions={pageActions}
        />
      );
    case 'guide':
      return (
        <Suspense fallback={loading}>
          <GuidePage guideId={target.id} active={active} tabId={tabId} actions={guideActions} focusToken={focusToken} />
        </Suspense>
      );
    case 'recipe':
      return (
        <Suspense fallback={loading}>
          <RecipePage
            recipeId={target.id}
            active={active}
            tabId={tabId}
            connection={connection}
            version={version}
            sideBySide={sideBySide}
            actions={guideActions}
          />
        </Suspense>
      );
    case 'webhooks':
      return (
        <Suspense fallback={loading}>
          <WebhooksPage active={active} tabId={tabId} connection={connection} sideBySide={sideBySide} />
        </Suspense>
      );
  }
}
