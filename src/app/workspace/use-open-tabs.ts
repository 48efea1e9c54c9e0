import { useCallback, useEffect, useReducer } from 'react';
import * as z from 'zod/mini';
import { NO_TABS, reduceTabs, restoreTabs, type OpenTabs } from '../../core/workspace/open-tabs';
import { parseTargetKey, targetKey, targetPath, type TabTarget } from '../../core/workspace/tab-target';
import { navigate } from '../../lib/router';
import { readLocal, writeLocal } from '../../lib/session-store';
import { targetExists } from './tab-targets';

// Targets and pin flags only: a tab's values live in the session store (never the key), its response in memory.
const STORAGE_KEY = 'explorer.tabs';

let counter = 0;
const newTabId = () => `${Date.now().toString(36)}-${(counter++).toString(36)}`;

export interface OpenTabsApi {
  state: OpenTabs;
  /** Opens a target: in the current tab unless it is pinned or `newTab`; switches to it if already open. */
  open: (target: TabTarget, options?: { newTab?: boolean }) => void;
  activate: (tabId: string) => void;
  close: (tabId: string) => void;
  togglePin: (tabId: string) => void;
}

function normalise(key: string): string | undefined {
  const target = parseTargetKey(key);
  return target && targetExists(target) ? targetKey(target) : undefined;
}

/**
 * The workspace's tabs, kept across reloads and in step with the URL: a
 * target's path (`/m/<id>`, `/guides/<id>`, `/recipes/<id>`, `/webhooks`)
 * shows its tab (opening it when needed), `/` shows the home view.
 */
export function useOpenTabs(routeTarget: TabTarget | undefined): OpenTabsApi {
  const [state, dispatch] = useReducer(reduceTabs, NO_TABS, () =>
    restoreTabs(readLocal(STORAGE_KEY, z.unknown()), normalise),
  );
  useEffect(() => writeLocal(STORAGE_KEY, state), [state]);
  const routeKey = routeTarget && targetExists(routeTarget) ? targetKey(routeTarget) : undefined;
  useEffect(() => {
    if (routeKey) dispatch({ type: 'open', key: routeKey, tabId: newTabId() });
  }, [routeKey]);

  const open = useCallback((target: TabTarget, options: { newTab?: boolean } = {}) => {
    dispatch({ type: 'open', key: targetKey(target), tabId: newTabId(), ...(options.newTab ? { newTab: true } : {}) });
    navigate(targetPath(target));
  }, []);
  const pathOf = (key: string) => {
    const target = parseTargetKey(key);
    return target ? targetPath(target) : '/';
  };
  const activate = useCallback(
    (tabId: string) => {
      const tab = state.tabs.find((t) => t.id === tabId);
      dispatch({ type: 'activate', tabId });
      if (tab) navigate(pathOf(tab.key));
    },
    [state.tabs],
  );
  const showingTab = routeKey !== undefined;
  const close = useCallback(
    (tabId: string) => {
      const next = reduceTabs(state, { type: 'close', tabId });
      dispatch({ type: 'close', tabId });
      if (!showingTab || state.active !== tabId) return;
      const tab = next.tabs.find((t) => t.id === next.active);
      navigate(tab ? pathOf(tab.key) : '/');
    },
    [state, showingTab],
  );
  const togglePin = useCallback((tabId: string) => dispatch({ type: 'togglePin', tabId }), []);
  return { state, open, activate, close, togglePin };
}
