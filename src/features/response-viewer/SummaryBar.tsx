import type { ReactNode } from 'react';
import type { Exchange } from '../../core/exchange/types';
import { explainOutcome, parseServerTiming } from '../../core/response/explain';
import { formatBytes } from './format';

/** Status, time with the proxy's breakdown, size, and for failures what to do next. */
export function SummaryBar({ exchange, actions }: { exchange: Exchange; actions?: ReactNode }) {
  const res = exchange.response;
  const outcome = explainOutcome(exchange);
  const timing = parseServerTiming(res?.serverTiming);
  return (
    <div className={`summary-bar tone-${outcome.tone}`} role="status" aria-live="polite">
      <strong>{outcome.title}</strong>
      <span
        tabIndex={timing.length > 0 ? 0 : undefined}
        title={`From sending to the last byte, as the browser saw it${timing.length > 0 ? `; in the proxy: ${timing.map((t) => `${t.name} ${Math.round(t.ms)} ms`).join(', ')}` : ''}`}
      >
        {Math.round(exchange.durationMs)} ms
        {timing.length > 0 && (
          <span className="muted small">
            {' '}
            (proxy: {timing.map((t) => `${t.name} ${Math.round(t.ms)} ms`).join(', ')})
          </span>
        )}
      </span>
      {res && <span>{formatBytes(res.bytes)}</span>}
      {actions && <span className="summary-actions">{actions}</span>}
      {outcome.advice && <p className="advice">{outcome.advice}</p>}
    </div>
  );
}
