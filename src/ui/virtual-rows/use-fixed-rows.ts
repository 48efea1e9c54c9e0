import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';
import { visibleRange } from './visible-range';

/**
 * The one virtualizer of the app (raw text and JSON tree): rows of one fixed
 * height, found by arithmetic, so a list of a million rows costs what a list
 * of ten does. @tanstack/virtual-core still keeps a measurement object
 * ({index, start, size, end, key, lane}) per row and rebuilds that array when
 * the count changes: 510,000 objects for the 100 MB body's opened array.
 */
export function useFixedRows(
  scrollRef: RefObject<HTMLElement | null>,
  count: number,
  rowHeight: number,
  overscan: number,
) {
  const [viewport, setViewport] = useState({ top: 0, height: 600 });
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const update = () =>
      setViewport((v) =>
        v.top === el.scrollTop && v.height === el.clientHeight ? v : { top: el.scrollTop, height: el.clientHeight },
      );
    update();
    el.addEventListener('scroll', update, { passive: true });
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => {
      el.removeEventListener('scroll', update);
      observer.disconnect();
    };
  }, [scrollRef]);
  const { first, last } = visibleRange(viewport.top, viewport.height, rowHeight, count, overscan);
  const items: { index: number; start: number }[] = [];
  for (let i = first; i <= last; i++) items.push({ index: i, start: i * rowHeight });
  /** Brings row `index` into view: `center` puts it mid-pane, `nearest` scrolls only as far as needed. */
  const scrollToIndex = useCallback(
    (index: number, align: 'center' | 'nearest' = 'nearest') => {
      const el = scrollRef.current;
      if (!el) return;
      const top = index * rowHeight;
      if (align === 'center') el.scrollTop = top - (el.clientHeight - rowHeight) / 2;
      else if (top < el.scrollTop) el.scrollTop = top;
      else if (top + rowHeight > el.scrollTop + el.clientHeight) el.scrollTop = top + rowHeight - el.clientHeight;
    },
    [scrollRef, rowHeight],
  );
  return { items, totalSize: count * rowHeight, scrollToIndex, viewportRows: Math.floor(viewport.height / rowHeight) };
}
