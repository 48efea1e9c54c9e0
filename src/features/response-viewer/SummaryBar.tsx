import type { ReactNode } from 'react';
import type { Exchange } from '../../core/exchange/types';
import { explainOutcome, parseServerTiming } from '../../core/response/explain';
import { formatBytes } from './format';
import { NextSteps } from './NextSteps';
import type { ResponseNavigation } from './response-navigation';

/** Status, time with the proxy's breakdown, size, and for failures what to do next, with buttons that do it. */
export function SummaryBar({
  exchange,
  actions,
  navigation,
}: {
  exchange: Exchange;
  actions?: ReactNode;
  navigation?: ResponseNavigation | undefined;
}) {
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
      {(outcome.advice || (navigation && outcome.steps)) && (
        <p className="advice">
          {outcome.advice}
          {/* The fixes follow their explanation on the same line: one explanation, then what does it. */}
          {navigation && outcome.steps && (
            <NextSteps steps={outcome.steps} methodId={exchange.methodId} navigation={navigation} />
          )}
        </p>
      )}
    </div>
  );
}
