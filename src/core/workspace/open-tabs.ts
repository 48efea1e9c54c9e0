/**
 * The workspace's open tabs, as desktop API clients keep them: opening a method
 * (or a guide, recipe, the webhooks inbox) replaces the current tab (a
 * "preview" tab) unless that tab is pinned or the user asked for a new one;
 * something already open is switched to, not opened twice. Tabs hold a
 * target key (`tab-target.ts`). Pure, so the rules are tested without a browser.
 */

interface OpenTab {
  /** Stable within the workspace; also keys the tab's mounted page. */
  id: string;
  /** What it shows, as a `targetKey` (`method:v3.contacts.list`, `guide:paging`, `webhooks`). */
  key: string;
  pinned: boolean;
}

export interface OpenTabs {
  tabs: readonly OpenTab[];
  /** The active tab's id, or undefined when no tab is open. */
  active: string | undefined;
}

export const NO_TABS: OpenTabs = { tabs: [], active: undefined };

/** Upper bound on open tabs: the oldest unpinned one closes past it (each tab keeps a page mounted). */
export const MAX_TABS = 12;

export type TabAction =
  | { type: 'open'; key: string; newTab?: boolean; tabId: string }
  | { type: 'activate'; tabId: string }
  | { type: 'close'; tabId: string }
  | { type: 'togglePin'; tabId: string }
  | { type: 'closeOthers'; tabId: string };

/** Applies one user action to the open tabs. */
export function reduceTabs(state: OpenTabs, action: TabAction): OpenTabs {
  switch (action.type) {
    case 'open': {
      const existing = state.tabs.find((t) => t.key === action.key);
      if (existing) return { ...state, active: existing.id };
      const at = state.tabs.findIndex((t) => t.id === state.active);
      const current = state.tabs[at];
      const tab: OpenTab = { id: action.tabId, key: action.key, pinned: false };
      if (current && !current.pinned && !action.newTab) {
        const tabs = state.tabs.map((t) => (t.id === current.id ? tab : t));
        return { tabs, active: tab.id };
      }
      const tabs = [...state.tabs];
      tabs.splice(at < 0 ? tabs.length : at + 1, 0, tab);
      return { tabs: capTabs(tabs, tab.id), active: tab.id };
    }
    case 'activate':
      return state.tabs.some((t) => t.id === action.tabId) ? { ...state, active: action.tabId } : state;
    case 'close': {
      const at = state.tabs.findIndex((t) => t.id === action.tabId);
      if (at < 0) return state;
      const tabs = state.tabs.filter((t) => t.id !== action.tabId);
      // Closing the active tab activates its right neighbour, or the left one at the end, as browsers do.
      const active =
        state.active === action.tabId ? (tabs[Math.min(at, tabs.length - 1)]?.id ?? undefined) : state.active;
      return { tabs, active };
    }
    case 'togglePin':
      return { ...state, tabs: state.tabs.map((t) => (t.id === action.tabId ? { ...t, pinned: !t.pinned } : t)) };
    case 'closeOthers': {
      const tabs = state.tabs.filter((t) => t.id === action.tabId || t.pinned);
      return { tabs, active: tabs.some((t) => t.id === action.tabId) ? action.tabId : tabs[0]?.id };
    }
  }
}

function capTabs(tabs: OpenTab[], keep: string): OpenTab[] {
  const out = [...tabs];
  while (out.length > MAX_TABS) {
    const drop = out.findIndex((t) => !t.pinned && t.id !== keep);
    if (drop < 0) break;
    out.splice(drop, 1);
  }
  return out;
}

/**
 * Reads stored tabs back, keeping only well-formed entries whose target still
 * exists (`normalise` returns its current key, or undefined when it is gone);
 * anything else is dropped rather than breaking the workspace.
 */
export function restoreTabs(stored: unknown, normalise: (key: string) => string | undefined): OpenTabs {
  if (typeof stored !== 'object' || stored === null) return NO_TABS;
  const { tabs, active } = stored as { tabs?: unknown; active?: unknown };
  if (!Array.isArray(tabs)) return NO_TABS;
  const seen = new Set<string>();
  const kept: OpenTab[] = [];
  for (const t of tabs as unknown[]) {
    if (typeof t !== 'object' || t === null) continue;
    // `methodId` is how tabs were stored before they had kinds.
    const { id, key: storedKey, methodId, pinned } = t as Record<string, unknown>;
    const raw = typeof storedKey === 'string' ? storedKey : methodId;
    const key = typeof raw === 'string' ? normalise(raw) : undefined;
    if (typeof id !== 'string' || key === undefined || seen.has(key)) continue;
    seen.add(key);
    kept.push({ id, key, pinned: pinned === true });
  }
  const capped = kept.slice(0, MAX_TABS);
  const activeId = capped.find((t) => t.id === active)?.id ?? capped[0]?.id;
  return { tabs: capped, active: activeId };
}
