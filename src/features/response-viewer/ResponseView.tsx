import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { Exchange } from '../../core/exchange/types';
import { bodyBytesOf } from '../../lib/proxy-client';
import { SplitPanes } from '../../ui/split/SplitPanes';
import { ParsedPane } from './ParsedPane';
import { RawPane } from './RawPane';
import './ResponseView.css';
import type { ResponseNavigation } from './response-navigation';
import { SummaryBar } from './SummaryBar';
import { useOpenIn } from './use-open-in';
import { useLineStarts, useOpenedBody } from './use-opened-body';

/** Below this pane width raw and parsed are tabs: two columns of under 440 px each cut every line (Insomnia: 880). */
const SIDE_BY_SIDE_MIN_WIDTH = 880;

/**
 * The status line on top, then raw and parsed side by side when the pane is
 * wide enough and as tabs when not. Fills its container: put it in a box of
 * fixed height (a flex child with `min-height: 0`); each view scrolls on its own. With
 * `navigation`, ids and links in the tree open their methods and failures offer their fixes.
 */
export function ResponseView({
  exchange,
  actions,
  navigation,
}: {
  exchange: Exchange;
  actions?: ReactNode;
  navigation?: ResponseNavigation | undefined;
}) {
  const res = exchange.response;
  const contentType = res?.headers.find((h) => h.name.toLowerCase() === 'content-type')?.value;
  const body = useOpenedBody(res?.bodyText ?? '', contentType, res && bodyBytesOf(res));
  const lines = useLineStarts(body);
  const ref = useRef<HTMLElement>(null);
  const [wide, setWide] = useState(true);
  const [tab, setTab] = useState<'raw' | 'parsed'>('parsed');
  const openIn = useOpenIn(exchange.methodId, navigation);

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

  const raw = <RawPane exchange={exchange} bodyLines={res ? lines : undefined} />;
  const parsed = <ParsedPane res={res} body={res ? body : undefined} rowActions={openIn.rowActions} />;
  return (
    <section ref={ref} className="response response-view" aria-label="Response">
      <SummaryBar exchange={exchange} actions={actions} navigation={navigation} />
      {wide ? (
        <SplitPanes label="Resize the raw and parsed panes" left={raw} right={parsed} />
      ) : (
        <div className="response-tabs">
          <div role="tablist" aria-label="Response views" className="segmented">
            {(['parsed', 'raw'] as const).map((t) => (
              <button
                key={t}
                type="button"
                role="tab"
                id={`response-tab-${t}`}
                aria-selected={tab === t}
                aria-controls={`response-panel-${t}`}
                tabIndex={tab === t ? 0 : -1}
                onClick={() => setTab(t)}
                onKeyDown={(e) => {
                  if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
                    const next = t === 'raw' ? 'parsed' : 'raw';
                    setTab(next);
                    document.getElementById(`response-tab-${next}`)?.focus();
                  }
                }}
              >
                {t === 'raw' ? 'Raw' : 'Parsed'}
              </button>
            ))}
          </div>
          {/* Both stay mounted (scroll, search and filter survive a switch); the other one is hidden. */}
          <div
            role="tabpanel"
            id="response-panel-parsed"
            aria-labelledby="response-tab-parsed"
            hidden={tab !== 'parsed'}
            className="response-tab-panel"
          >
            {parsed}
          </div>
          <div
            role="tabpanel"
            id="response-panel-raw"
            aria-labelledby="response-tab-raw"
            hidden={tab !== 'raw'}
            className="response-tab-panel"
          >
            {raw}
          </div>
        </div>
      )}
      {openIn.menu}
    </section>
  );
}
