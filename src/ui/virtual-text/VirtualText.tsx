import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { RawRows } from '../../core/response/raw-lines';
import { useFixedRows } from '../virtual-rows/use-fixed-rows';

const ROW_HEIGHT = 18;
/** Without wrapping, lines are still cut here: one DOM text node never holds megabytes. */
const UNWRAPPED_WIDTH = 2000;

interface Props {
  /** Short lines shown before the text (status line, headers). */
  head: readonly string[];
  text: string;
  lineStarts: Uint32Array;
  wrap: boolean;
}

/**
 * Shows a text of any size exactly, rendering only the rows in view. Wrapped
 * rows are cut at the pane's width in characters (the font is monospace), so
 * every row has the same height and scrolling costs nothing.
 */
export function VirtualText({ head, text, lineStarts, wrap }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const probeRef = useRef<HTMLSpanElement>(null);
  const [fit, setFit] = useState(100);

  useLayoutEffect(() => {
    const el = scrollRef.current;
    const probe = probeRef.current;
    if (!el || !probe) return;
    const measure = () => {
      const charWidth = probe.getBoundingClientRect().width / 10 || 8;
      setFit(Math.max(20, Math.floor((el.clientWidth - 24) / charWidth)));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const width = wrap ? fit : UNWRAPPED_WIDTH;
  const rows = useMemo(() => new RawRows(text, lineStarts, width), [text, lineStarts, width]);
  const headRows = head.length + (head.length > 0 ? 1 : 0);
  // A 20 MB body is 250,000 wrapped rows: windowing by arithmetic, not per-row measurements.
  const { items, totalSize } = useFixedRows(scrollRef, headRows + rows.count, ROW_HEIGHT, 20);

  return (
    <div ref={scrollRef} className={`virtual-text mono${wrap ? '' : ' nowrap'}`} tabIndex={0}>
      <span ref={probeRef} className="char-probe" aria-hidden="true">
        0000000000
      </span>
      <div style={{ height: totalSize, position: 'relative', minWidth: wrap ? undefined : 'max-content' }}>
        {items.map((item) => {
          const i = item.index;
          if (i < headRows) {
            return (
              <div key={item.index} className="text-row head-row" style={{ transform: `translateY(${item.start}px)` }}>
                {head[i] ?? ''}
              </div>
            );
          }
          const row = rows.row(i - headRows);
          return (
            <div
              key={item.index}
              className={`text-row${row.continued ? ' continued' : ''}`}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              {row.text}
            </div>
          );
        })}
      </div>
    </div>
  );
}
