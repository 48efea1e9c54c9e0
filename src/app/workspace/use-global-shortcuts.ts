import { useEffect, useRef } from 'react';

/** Whether a key press belongs to a text field (then `/` and `?` are characters, not shortcuts). */
function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type);
}

/**
 * The workspace-wide keys: Ctrl/⌘+K the palette, `/` the method search, `?`
 * the shortcuts, Esc back to the search (when nothing else used it: a dialog
 * closes itself first, a tree or field may handle Esc on its own).
 */
export function useGlobalShortcuts(handlers: { palette: () => void; search: () => void; shortcuts: () => void }) {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const inDialog = e.target instanceof Element && e.target.closest('dialog') !== null;
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        ref.current.palette();
      } else if (inDialog || e.ctrlKey || e.metaKey || e.altKey) {
        return;
      } else if (e.key === '/' && !typing(e.target)) {
        e.preventDefault();
        ref.current.search();
      } else if (e.key === '?' && !typing(e.target)) {
        e.preventDefault();
        ref.current.shortcuts();
      } else if (e.key === 'Escape' && document.activeElement?.id !== 'method-search') {
        ref.current.search();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
