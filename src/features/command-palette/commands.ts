/** One palette action, declared as data (the Excalidraw registry style): the app supplies `perform`. */
export interface PaletteAction {
  id: string;
  label: string;
  /** Shown right-aligned, e.g. "Ctrl K". */
  shortcut?: string;
  /** Extra words the action is found by. */
  keywords?: readonly string[];
  /** Why it cannot run now (e.g. "No response yet"); a disabled action still shows. */
  unavailable?: string;
  perform: () => void;
}

/** Whether every word of the query starts a word of the action's label or keywords. */
export function actionMatches(action: PaletteAction, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = [action.label, ...(action.keywords ?? [])]
    .join(' ')
    .toLowerCase()
    .split(/[^a-z0-9/]+/)
    .filter(Boolean);
  return words.every((w) => haystack.some((h) => h.startsWith(w)));
}
