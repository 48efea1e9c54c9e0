import { useCallback, useEffect, useReducer } from 'react';
import * as z from 'zod/mini';
import { NO_TABS, reduceTabs, restoreTabs, type OpenTabs } from '../../core/workspace/open-tabs';
import { findSummary } from '../../lib/catalog-client';
import { methodPath, navigate } from '../../lib/router';
import { readLocal, writeLocal } from '../../lib/session-store';

// Method ids and pin flags only: a tab's values live in the session store (never the key), its response in memory.
const STORAGE_KEY = 'explorer.tabs';

let counter = 0;
const newTabId = () => `${Date.now().toString(36)}-${(counter++).toString(36)}`;

export interface OpenTabsApi {
  state: OpenTabs;
  /** Opens a method: in the current tab unless it is pinned or `newTab`; switches to it if already open. */
  open: (methodId: string, options?: { newTab?: boolean }) => void;
  activate: (tabId: string) => void;
  close: (tabId: string) => void;
  togglePin: (tabId: string) => void;
}

/**
 * The workspace's tabs, kept across reloads and in step with the URL: `/m/<id>`
 * shows that method's tab (opening it when needed), `/` shows the home view.
 */
export function useOpenTabs(routeMethodId: string | undefined, showingMethod: boolean): OpenTabsApi {
  const [state, dispatch] = useReducer(reduceTabs, NO_TABS, () =>
    restoreTabs(readLocal(STORAGE_KEY, z.unknown()), (id) => findSummary(id) !== undefined),
  );
  useEffect(() => writeLocal(STORAGE_KEY, state), [state]);
  useEffect(() => {
    if (routeMethodId && findSummary(routeMethodId))
      dispatch({ type: 'open', methodId: routeMethodId, tabId: newTabId() });
  }, [routeMethodId]);

  const open = useCallback((methodId: string, options: { newTab?: boolean } = {}) => {
    dispatch({ type: 'open', methodId, tabId: newTabId(), ...(options.newTab ? { newTab: true } : {}) });
    navigate(methodPath(methodId));
  }, []);
  const activate = useCallback(
    (tabId: string) => {
      const tab = state.tabs.find((t) => t.id === tabId);
      dispatch({ type: 'activate', tabId });
      if (tab) navigate(methodPath(tab.methodId));
    },
    [state.tabs],
  );
  const close = useCallback(
    (tabId: string) => {
      const next = reduceTabs(state, { type: 'close', tabId });
      dispatch({ type: 'close', tabId });
      if (!showingMethod || state.active !== tabId) return;
      const tab = next.tabs.find((t) => t.id === next.active);
      navigate(tab ? methodPath(tab.methodId) : '/');
    },
    [state, showingMethod],
  );
  const togglePin = useCallback((tabId: string) => dispatch({ type: 'togglePin', tabId }), []);
  return { state, open, activate, close, togglePin };
}
