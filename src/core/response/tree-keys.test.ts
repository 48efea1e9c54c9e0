import { describe, expect, it } from 'vitest';
import { treeKeyAction } from './tree-keys';

const closed = { container: true, expanded: false };
const open = { container: true, expanded: true };
const leaf = { container: false, expanded: undefined };

describe('treeKeyAction', () => {
  it('moves with the arrows, Home, End and the page keys, inside the rows', () => {
    expect(treeKeyAction('ArrowDown', 3, 10, leaf)).toEqual({ kind: 'focus', index: 4 });
    expect(treeKeyAction('ArrowDown', 9, 10, leaf)).toEqual({ kind: 'focus', index: 9 });
    expect(treeKeyAction('ArrowUp', 0, 10, leaf)).toEqual({ kind: 'focus', index: 0 });
    expect(treeKeyAction('Home', 5, 10, leaf)).toEqual({ kind: 'focus', index: 0 });
    expect(treeKeyAction('End', 5, 10, leaf)).toEqual({ kind: 'focus', index: 9 });
    expect(treeKeyAction('PageDown', 5, 100, leaf, 20)).toEqual({ kind: 'focus', index: 25 });
  });

  it('→ opens a closed container, then steps to its first child; on a leaf it does nothing', () => {
    expect(treeKeyAction('ArrowRight', 2, 10, closed)).toEqual({ kind: 'expand' });
    expect(treeKeyAction('ArrowRight', 2, 10, open)).toEqual({ kind: 'focus', index: 3 });
    expect(treeKeyAction('ArrowRight', 2, 10, leaf)).toBeUndefined();
    expect(treeKeyAction('ArrowRight', 2, 10, { container: true, expanded: undefined })).toBeUndefined();
  });

  it('← closes an open container, otherwise goes to the parent', () => {
    expect(treeKeyAction('ArrowLeft', 2, 10, open)).toEqual({ kind: 'collapse' });
    expect(treeKeyAction('ArrowLeft', 2, 10, closed)).toEqual({ kind: 'parent' });
    expect(treeKeyAction('ArrowLeft', 2, 10, leaf)).toEqual({ kind: 'parent' });
  });

  it('Enter activates, c and p copy, other keys are left to the browser', () => {
    expect(treeKeyAction('Enter', 0, 1, leaf)).toEqual({ kind: 'activate' });
    expect(treeKeyAction('c', 0, 1, leaf)).toEqual({ kind: 'copy', what: 'value' });
    expect(treeKeyAction('p', 0, 1, leaf)).toEqual({ kind: 'copy', what: 'path' });
    expect(treeKeyAction('Tab', 0, 1, leaf)).toBeUndefined();
  });

  it('o and the context-menu key run the row’s own action', () => {
    expect(treeKeyAction('o', 0, 1, leaf)).toEqual({ kind: 'row-action' });
    expect(treeKeyAction('ContextMenu', 0, 1, leaf)).toEqual({ kind: 'row-action' });
  });
});
