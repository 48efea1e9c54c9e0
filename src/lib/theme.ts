import { useCallback, useSyncExternalStore } from 'react';

/** What the user chose; `system` follows `prefers-color-scheme`. */
type ThemeChoice = 'light' | 'dark' | 'system';
export type Theme = 'light' | 'dark';

// index.html reads the same key before first paint, so a dark user never sees a white flash.
const STORAGE_KEY = 'explorer.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

function readChoice(): ThemeChoice {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return v === 'light' || v === 'dark' ? v : 'system';
  } catch {
    return 'system';
  }
}

function resolve(choice: ThemeChoice): Theme {
  if (choice !== 'system') return choice;
  return window.matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}

function apply(): void {
  document.documentElement.dataset.theme = resolve(readChoice());
}

const listeners = new Set<() => void>();
function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  const media = window.matchMedia(DARK_QUERY);
  const onSystem = () => {
    apply();
    onChange();
  };
  media.addEventListener('change', onSystem);
  return () => {
    listeners.delete(onChange);
    media.removeEventListener('change', onSystem);
  };
}

/** The theme in force and a toggle that remembers the user's choice on this device. */
export function useTheme(): { theme: Theme; toggle: () => void } {
  const theme = useSyncExternalStore(subscribe, () => resolve(readChoice()));
  const toggle = useCallback(() => {
    const next: Theme = resolve(readChoice()) === 'dark' ? 'light' : 'dark';
    try {
      // Choosing the system's own theme goes back to following the system.
      const systemTheme = window.matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
      if (next === systemTheme) localStorage.removeItem(STORAGE_KEY);
      else localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Storage may be unavailable (private mode): the toggle still works for this page.
    }
    document.documentElement.dataset.theme = next;
    for (const l of listeners) l();
  }, []);
  return { theme, toggle };
}

/** Applies the stored or system theme (main.tsx calls it once; index.html did it already before paint). */
export function applyStoredTheme(): void {
  apply();
}
