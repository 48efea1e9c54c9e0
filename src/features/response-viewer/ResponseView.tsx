import { useMemo } from 'react';
import type { Exchange } from '../../core/exchange/types';
import { explainOutcome } from '../../core/response/explain';
import { parseBody } from '../../core/response/parse-body';
import { JsonTree } from '../../ui/JsonTree';

/** Summary bar, then the raw response beside the parsed one. */
export function ResponseView({ exchange }: { exchange: Exchange }) {
  const res = exchange.response;
  const outcome = explainOutcome(exchange);
  const contentType = res?.headers.find((h) => h.name.toLowerCase() === 'content-type')?.value;
  const parsed = useMemo(() => (res ? parseBody(res.bodyText, contentType) : undefined), [res, contentType]);

  return (
    <section className="response" aria-label="Response">
      <div className={`summary-bar tone-${outcome.tone}`} role="status">
        <strong>{outcome.title}</strong>
        <span>{Math.round(exchange.durationMs)} ms</span>
        {res && <span>{formatBytes(res.bytes)}</span>}
        {res?.serverTiming && <span className="muted">proxy: {res.serverTiming}</span>}
        {outcome.advice && <p className="advice">{outcome.advice}</p>}
      </div>
      <div className="panes">
        <section className="pane" aria-label="Raw response">
          <h3>Raw response</h3>
          {res ? (
            <pre className="mono wrap raw">
              {`HTTP ${res.status} ${res.statusText}`.trim()}
              {'\n'}
              {res.headers.map((h) => `${h.name}: ${h.value}`).join('\n')}
              {'\n\n'}
              {res.bodyText}
            </pre>
          ) : (
            <p>{exchange.networkError}</p>
          )}
        </section>
        <section className="pane" aria-label="Parsed response">
          <h3>Parsed response</h3>
          {parsed?.kind === 'json' && <JsonTree value={parsed.value} />}
          {parsed?.kind === 'empty' && <p className="muted">The body is empty ({res?.status}).</p>}
          {parsed?.kind === 'unparsable' && <p className="muted">{parsed.reason}</p>}
          {!parsed && <p className="muted">No response to parse.</p>}
        </section>
      </div>
    </section>
  );
}

function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
