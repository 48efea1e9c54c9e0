import { useLayoutEffect, useState, type RefObject } from 'react';
import { visibleRange } from './visible-range';

/**
 * Windowing for rows of one fixed height: the rows in view are found by
 * arithmetic, so a list of a million rows costs what a list of ten does
 * (a general virtualizer keeps one measurement object per row).
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
  return { items, totalSize: count * rowHeight };
}
