import { useMemo, useState } from 'react';
import type { Exchange } from '../../core/exchange/types';
import { lineStarts } from '../../core/response/raw-lines';
import { copyReporting } from '../../lib/clipboard';
import { VirtualText } from '../../ui/virtual-text/VirtualText';
import { formatBytes } from './format';

/**
 * The answer exactly as received (status line, headers, body) or the request
 * exactly as the proxy sent it, key masked; windowed, so size does not matter.
 */
export function RawPane({ exchange, bodyLines }: { exchange: Exchange; bodyLines: Uint32Array | undefined }) {
  const [show, setShow] = useState<'response' | 'request'>('response');
  const [wrap, setWrap] = useState(true);
  const [note, setNote] = useState('');
  const res = exchange.response;
  const req = exchange.request;

  const responseHead = useMemo(
    () =>
      res ? [`HTTP ${res.status} ${res.statusText}`.trim(), ...res.headers.map((h) => `${h.name}: ${h.value}`)] : [],
    [res],
  );
  // The view opens on the body: only the status line precedes it, the headers have their own block.
  const statusLine = useMemo(() => responseHead.slice(0, 1), [responseHead]);
  const request = useMemo(() => {
    const head = [`${req.method} ${req.url}`, ...req.headers.map((h) => `${h.name}: ${h.value}`)];
    const body = req.body ?? '';
    return { head, body, lines: lineStarts(body) };
  }, [req]);

  const copy = async () => {
    const [head, body] = show === 'response' ? [responseHead, res?.bodyText ?? ''] : [request.head, request.body];
    setNote(await copyReporting(`${head.join('\n')}\n\n${body}`, 'Copied'));
  };

  return (
    <section className="pane" aria-label="Raw response">
      <div className="pane-head">
        <h3>Raw</h3>
        <span className="segmented" role="group" aria-label="Show">
          <button type="button" aria-pressed={show === 'response'} onClick={() => setShow('response')}>
            Response
          </button>
          <button type="button" aria-pressed={show === 'request'} onClick={() => setShow('request')}>
            Request sent
          </button>
        </span>
        <label className="small">
          <input type="checkbox" checked={wrap} onChange={(e) => setWrap(e.target.checked)} /> Wrap lines
        </label>
        <button type="button" onClick={() => void copy()}>
          Copy
        </button>
        {res && show === 'response' && <span className="muted small">{formatBytes(res.bytes, true)}</span>}
        <span className="muted small" aria-live="polite">
          {note}
        </span>
      </div>
      {show === 'response' && res && (
        <details className="raw-headers">
          <summary>Headers ({res.headers.length})</summary>
          {res.headers.map((h, i) => (
            <div key={i} className="raw-header-line">
              {h.name}: {h.value}
            </div>
          ))}
        </details>
      )}
      {show === 'request' ? (
        <VirtualText key="request" head={request.head} text={request.body} lineStarts={request.lines} wrap={wrap} />
      ) : !res ? (
        <p>{exchange.networkError}</p>
      ) : bodyLines ? (
        <VirtualText key="response" head={statusLine} text={res.bodyText} lineStarts={bodyLines} wrap={wrap} />
      ) : (
        <VirtualText
          key="response-head"
          head={[...statusLine, '(indexing the body…)']}
          text=""
          lineStarts={EMPTY_LINES}
          wrap={wrap}
        />
      )}
    </section>
  );
}

const EMPTY_LINES = new Uint32Array(1);
