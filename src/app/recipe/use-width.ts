import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * Whether an element is at least `min` px wide, following its size (splitters,
 * the sidebar and the window all change it); `true` until first measured.
 */
export function useWideEnough(ref: RefObject<HTMLElement | null>, min: number): boolean {
  const [wide, setWide] = useState(true);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      // A hidden tab measures 0: keep the last answer rather than flip while hidden.
      if (el.clientWidth > 0) setWide(el.clientWidth >= min);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, min]);
  return wide;
}
