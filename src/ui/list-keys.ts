/** How many rows PageUp/PageDown move: about one screen of ~30 px rows in a sidebar. */
const PAGE = 10;

/** The row an arrow, Home/End or Page key moves to in a list of `length` rows, or undefined for other keys. */
export function nextActive(key: string, index: number, length: number): number | undefined {
  if (length === 0) return undefined;
  const clamp = (i: number) => Math.min(length - 1, Math.max(0, i));
  switch (key) {
    case 'ArrowDown':
      return clamp(index + 1);
    case 'ArrowUp':
      return clamp(index - 1);
    case 'Home':
      return 0;
    case 'End':
      return length - 1;
    case 'PageDown':
      return clamp(index + PAGE);
    case 'PageUp':
      return clamp(index - PAGE);
    default:
      return undefined;
  }
}
