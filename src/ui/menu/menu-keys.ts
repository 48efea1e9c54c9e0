export type MenuKeyAction =
  { kind: 'focus'; index: number } | { kind: 'choose' } | { kind: 'escape' } | { kind: 'tab' };

/**
 * The ARIA menu pattern's keys as a pure function: ↑/↓ move (wrapping), Home/End jump,
 * Enter/Space choose, Esc and Tab close, and typed characters move to the next item whose label
 * starts with them (`typed`: what was typed in the last moment, this key included).
 */
export function menuKeyAction(
  key: string,
  current: number,
  labels: readonly string[],
  typed: string,
): MenuKeyAction | undefined {
  const count = labels.length;
  if (count === 0) return key === 'Escape' ? { kind: 'escape' } : undefined;
  switch (key) {
    case 'ArrowDown':
      return { kind: 'focus', index: (current + 1) % count };
    case 'ArrowUp':
      return { kind: 'focus', index: (current - 1 + count) % count };
    case 'Home':
      return { kind: 'focus', index: 0 };
    case 'End':
      return { kind: 'focus', index: count - 1 };
    case 'Enter':
    case ' ':
      return current >= 0 ? { kind: 'choose' } : undefined;
    case 'Escape':
      return { kind: 'escape' };
    case 'Tab':
      return { kind: 'tab' };
  }
  if (key.length !== 1 || typed === '') return undefined;
  const prefix = typed.toLowerCase();
  // A repeated single letter cycles through the items starting with it; a longer prefix refines from here.
  const start = typed.length === 1 ? current + 1 : Math.max(current, 0);
  for (let step = 0; step < count; step++) {
    const index = (start + step) % count;
    if (labels[index]?.toLowerCase().startsWith(prefix)) return { kind: 'focus', index };
  }
  return undefined;
}
