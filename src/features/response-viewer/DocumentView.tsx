import { useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { lineStarts } from '../../core/response/raw-lines';
import { plainTree } from '../../core/response/tree-model';
import { copyText } from '../../lib/clipboard';
import { JsonTree } from '../../ui/json-tree/JsonTree';
import { localTreeSource } from '../../ui/json-tree/tree-source';
import { SplitPanes } from '../../ui/split/SplitPanes';
import { VirtualText } from '../../ui/virtual-text/VirtualText';
import './ResponseView.css';

/** Below this width the two views are tabs, as in the response view. */
const SIDE_BY_SIDE_MIN_WIDTH = 880;

export interface DocumentViewProps {
  /** Raw text exactly as received, with short lines (request line, headers) shown before it. */
  raw: { title: string; head: readonly string[]; text: string };
  /** An already decoded value, shown as the response view's JSON tree. */
  parsed: { title: string; value: unknown; treeLabel: string; notes?: readonly string[] };
}

/**
 * Any document beside its decoded form, in the response view's own panes:
 * the windowed raw text and the JSON tree. Generic (a webhook delivery, a
 * pasted body); everything is rendered as text, never as markup.
 */
export function DocumentView({ raw, parsed }: DocumentViewProps) {
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  const [wide, setWide] = useState(true);
  const [tab, setTab] = useState<'raw' | 'parsed'>('parsed');

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setWide(el.clientWidth >= SIDE_BY_SIDE_MIN_WIDTH);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const rawPane = <RawText {...raw} />;
  const parsedPane = <ParsedValue {...parsed} />;
  return (
    <div ref={ref} className="response-view document-view">
      {wide ? (
        <SplitPanes label="Resize the raw and decoded panes" left={rawPane} right={parsedPane} />
      ) : (
        <div className="response-tabs">
          <div role="tablist" aria-label="Document views" className="segmented">
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
                {t === 'raw' ? raw.title : parsed.title}
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
              {t === 'raw' ? rawPane : parsedPane}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}

function RawText({ title, head, text }: DocumentViewProps['raw']) {
  const [wrap, setWrap] = useState(true);
  const [note, setNote] = useState('');
  const starts = useMemo(() => lineStarts(text), [text]);
  const copy = async () => {
    try {
      await copyText(`${head.join('\n')}\n\n${text}`);
      setNote('Copied');
    } catch (e) {
      setNote(`Could not copy: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  return (
    <section className="pane" aria-label={title}>
      <div className="pane-head">
        <h3>{title}</h3>
        <label className="small">
          <input type="checkbox" checked={wrap} onChange={(e) => setWrap(e.target.checked)} /> Wrap lines
        </label>
        <button type="button" onClick={() => void copy()}>
          Copy
        </button>
        <span className="muted small" aria-live="polite">
          {note}
        </span>
      </div>
      <VirtualText head={head} text={text} lineStarts={starts} wrap={wrap} />
    </section>
  );
}

function ParsedValue({ title, value, treeLabel, notes = [] }: DocumentViewProps['parsed']) {
  const source = useMemo(() => localTreeSource(plainTree(value)), [value]);
  return (
    <section className="pane" aria-label={title}>
      <div className="pane-head">
        <h3>{title}</h3>
      </div>
      {notes.map((n) => (
        <p key={n} className="muted small">
          {n}
        </p>
      ))}
      <JsonTree source={source} label={treeLabel} />
    </section>
  );
}
