import type { MenuAnchor } from '../menu/PopupMenu';
import type { ShownRow, TreeSource } from './tree-source';

/**
 * What a row offers beyond copying: the tree knows nothing of what it means (the response viewer
 * decides which rows are ids or links); it draws the control, gives it a key, and hands back focus.
 */
export interface RowAction {
  /** Visible text of the row's button, e.g. "Open in…". */
  label: string;
  /** Accessible name; starts with the visible text. */
  name: string;
  /** `value`: the value itself is the control (a link); `button`: a button after it. */
  style: 'value' | 'button';
  /** The action opens a menu (`aria-haspopup`). */
  menu: boolean;
}

export interface RowActionContext {
  /** Where the row (or the pointer) is: a menu opens below it. */
  anchor: MenuAnchor;
  /** The tree's document: an action may read another value (`valueJson`), in the worker or not. */
  source: TreeSource;
  /** Puts focus back on the tree, on the same row (after a menu closed without a choice). */
  restoreFocus: () => void;
  /** Tells the user what happened, in the tree's status line. */
  say: (note: string) => void;
}

export interface RowActions {
  /** The action this row offers, if any; called for every rendered row, so it must be cheap. */
  actionFor(row: ShownRow): RowAction | undefined;
  perform(row: ShownRow, context: RowActionContext): void;
}

/** Where a row's menu opens: under the pointer for a right-click, else under the row's text (past its indent). */
export function rowAnchor(row: Element | null, depth: number, pointer?: { x: number; y: number }): MenuAnchor {
  if (pointer) return { left: pointer.x, top: pointer.y, bottom: pointer.y };
  const box = row?.getBoundingClientRect();
  return { left: (box?.left ?? 0) + (depth + 1) * 16, top: box?.top ?? 0, bottom: box?.bottom ?? 0 };
}
