import { useMemo, useState } from 'react';
import { lineStarts } from '../../core/response/raw-lines';
import { plainTree } from '../../core/response/tree-model';
import { copyReporting } from '../../lib/clipboard';
import { JsonTree } from '../../ui/json-tree/JsonTree';
import { localTreeSource } from '../../ui/json-tree/tree-source';
import { VirtualText } from '../../ui/virtual-text/VirtualText';
import { RawAndParsed } from './RawAndParsed';
import './ResponseView.css';

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
  const rawPane = <RawText {...raw} />;
  const parsedPane = <ParsedValue {...parsed} />;
  return (
    <div className="response-view document-view">
      <RawAndParsed
        raw={rawPane}
        parsed={parsedPane}
        labels={{ raw: raw.title, parsed: parsed.title }}
        group="Document views"
        splitLabel="Resize the raw and decoded panes"
      />
    </div>
  );
}

function RawText({ title, head, text }: DocumentViewProps['raw']) {
  const [wrap, setWrap] = useState(true);
  const [note, setNote] = useState('');
  const starts = useMemo(() => lineStarts(text), [text]);
  const copy = async () => {
    setNote(await copyReporting(`${head.join('\n')}\n\n${text}`, 'Copied'));
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
