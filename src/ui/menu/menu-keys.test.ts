import { describe, expect, it } from 'vitest';
import { menuKeyAction } from './menu-keys';

const labels = [
  'Get a contact',
  'List a contact’s lists',
  'List a contact’s notes',
  'Update a contact',
  'Delete a contact',
];

describe('menuKeyAction', () => {
  it('moves with the arrows, wrapping at both ends', () => {
    expect(menuKeyAction('ArrowDown', 4, labels, '')).toEqual({ kind: 'focus', index: 0 });
    expect(menuKeyAction('ArrowUp', 0, labels, '')).toEqual({ kind: 'focus', index: 4 });
    expect(menuKeyAction('Home', 3, labels, '')).toEqual({ kind: 'focus', index: 0 });
    expect(menuKeyAction('End', 0, labels, '')).toEqual({ kind: 'focus', index: 4 });
  });

  it('chooses with Enter or Space, closes with Esc or Tab', () => {
    expect(menuKeyAction('Enter', 2, labels, '')).toEqual({ kind: 'choose' });
    expect(menuKeyAction(' ', 2, labels, '')).toEqual({ kind: 'choose' });
    expect(menuKeyAction('Escape', 2, labels, '')).toEqual({ kind: 'escape' });
    expect(menuKeyAction('Tab', 2, labels, '')).toEqual({ kind: 'tab' });
  });

  it('jumps to the next item starting with a typed letter, cycling on repeats', () => {
    expect(menuKeyAction('l', 0, labels, 'l')).toEqual({ kind: 'focus', index: 1 });
    expect(menuKeyAction('l', 1, labels, 'l')).toEqual({ kind: 'focus', index: 2 });
    expect(menuKeyAction('l', 2, labels, 'l')).toEqual({ kind: 'focus', index: 1 });
    expect(menuKeyAction('d', 0, labels, 'd')).toEqual({ kind: 'focus', index: 4 });
    expect(menuKeyAction('x', 0, labels, 'x')).toBeUndefined();
  });

  it('refines by a longer typed prefix from the current item', () => {
    expect(menuKeyAction('n', 1, labels, 'list a contact’s n')).toEqual({ kind: 'focus', index: 2 });
  });

  it('ignores keys that are not the menu’s', () => {
    expect(menuKeyAction('ArrowLeft', 0, labels, '')).toBeUndefined();
    expect(menuKeyAction('F5', 0, labels, '')).toBeUndefined();
  });
});
