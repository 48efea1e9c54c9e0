/** What the focused row is, as far as the keys care. */
export interface KeyRow {
  container: boolean;
  /** undefined: a container that cannot open here (a filter result). */
  expanded: boolean | undefined;
}

export type TreeKeyAction =
  | { kind: 'focus'; index: number }
  | { kind: 'expand' }
  | { kind: 'collapse' }
  | { kind: 'parent' }
  | { kind: 'copy'; what: 'value' | 'path' }
  | { kind: 'activate' }
  /** The row's own action (e.g. "Open in…"), when it has one. */
  | { kind: 'row-action' };

/**
 * The ARIA tree pattern's keys as a pure function: ↑/↓ move, → opens or goes
 * to the first child, ← closes or goes to the parent, Home/End, PageUp/Down,
 * Enter activates; `c`/`p` copy the value/path; `o` and the context-menu key (Shift+F10 arrives
 * as `ContextMenu`) run the row's own action. Undefined: not a tree key.
 */
export function treeKeyAction(
  key: string,
  focused: number,
  count: number,
  row: KeyRow | undefined,
  page = 10,
): TreeKeyAction | undefined {
  const last = Math.max(0, count - 1);
  const to = (index: number): TreeKeyAction => ({ kind: 'focus', index: Math.min(last, Math.max(0, index)) });
  switch (key) {
    case 'ArrowDown':
      return to(focused + 1);
    case 'ArrowUp':
      return to(focused - 1);
    case 'Home':
      return to(0);
    case 'End':
      return to(last);
    case 'PageDown':
      return to(focused + page);
    case 'PageUp':
      return to(focused - page);
    case 'ArrowRight':
      if (!row?.container || row.expanded === undefined) return undefined;
      return row.expanded ? to(focused + 1) : { kind: 'expand' };
    case 'ArrowLeft':
      return row?.container && row.expanded ? { kind: 'collapse' } : { kind: 'parent' };
    case 'Enter':
      return { kind: 'activate' };
    case 'c':
      return { kind: 'copy', what: 'value' };
    case 'p':
      return { kind: 'copy', what: 'path' };
    case 'o':
    case 'ContextMenu':
      return { kind: 'row-action' };
    default:
      return undefined;
  }
}
