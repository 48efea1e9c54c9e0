import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { SplitPanes } from '../../ui/split/SplitPanes';

/** Below this pane width raw and parsed are tabs: two columns of under 440 px each cut every line (Insomnia: 880). */
const SIDE_BY_SIDE_MIN_WIDTH = 880;

type View = 'raw' | 'parsed';

/**
 * Raw and parsed side by side when the pane is wide enough, as tabs (parsed
 * first) when not. Both stay mounted, so scroll, search and filter survive a
 * switch. Ids come from `useId`: several views can be open in hidden tabs.
 */
export function RawAndParsed({
  raw,
  parsed,
  labels,
  group,
  splitLabel,
}: {
  raw: ReactNode;
  parsed: ReactNode;
  /** The tab names, e.g. `{ raw: 'Raw', parsed: 'Parsed' }`. */
  labels: Readonly<Record<View, string>>;
  /** The tab list's accessible name. */
  group: string;
  /** The splitter's accessible name. */
  splitLabel: string;
}) {
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  const [wide, setWide] = useState(true);
  const [tab, setTab] = useState<View>('parsed');

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // The pane's own width, not the window's: the workspace's splitters change it.
    const measure = () => setWide(el.clientWidth >= SIDE_BY_SIDE_MIN_WIDTH);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  return (
    <div ref={ref} className="raw-and-parsed">
      {wide ? (
        <SplitPanes label={splitLabel} left={raw} right={parsed} />
      ) : (
        <div className="response-tabs">
          <div role="tablist" aria-label={group} className="segmented">
            {(['parsed', 'raw'] as const).map((t) => (
              <button
                key={t}
                type="button"
                role="tab"
                id={`${id}-tab-${t}`}
                aria-selected={tab === t}
                aria-controls={`${id}-panel-${t}`}
                tabIndex={tab === t ? 0 : -1}
                onClick={() => setTab(t)}
                onKeyDown={(e) => {
                  if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
                  const next = t === 'raw' ? 'parsed' : 'raw';
                  setTab(next);
                  document.getElementById(`${id}-tab-${next}`)?.focus();
                }}
              >
                {labels[t]}
              </button>
            ))}
          </div>
          {(['parsed', 'raw'] as const).map((t) => (
            <div
              key={t}
              role="tabpanel"
              id={`${id}-panel-${t}`}
              aria-labelledby={`${id}-tab-${t}`}
              hidden={tab !== t}
              className="response-tab-panel"
            >
              {t === 'raw' ? raw : parsed}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
