import { useId } from 'react';
import type { MethodValues } from '../../core/request/types';
import { findSummary } from '../../lib/catalog-client';
import { valuesPreview } from './try-it-preview';

/** A "Try it" action: the method's HTTP badge and name, what it fills in, and one press to open it prefilled. */
export function TryIt({
  label,
  methodId,
  values,
  onTry,
}: {
  label: string;
  methodId: string;
  values: MethodValues;
  onTry: (methodId: string, values: MethodValues) => void;
}) {
  const id = useId();
  const detailId = `${id}-detail`;
  const labelId = `${id}-label`;
  const method = findSummary(methodId);
  const preview = valuesPreview(values);
  if (!method) return <p className="guide-try-missing">{label}: this method is not in the catalog.</p>;
  const http = method.http === 'DELETE' ? 'DEL' : method.http;
  return (
    // A labelled group: several Try its may open the same method, and the label says what each one shows.
    <div className="guide-try" role="group" aria-labelledby={labelId}>
      <p className="guide-try-label" id={labelId}>
        {label}
      </p>
      <button
        type="button"
        className="guide-try-button"
        aria-label={`Try it: ${method.summary}`}
        aria-describedby={detailId}
        onClick={() => onTry(methodId, values)}
      >
        <span className="guide-try-head">
          <span className={`badge http-${method.http.toLowerCase()}`} aria-hidden="true">
            {http}
          </span>
          <span className="guide-try-name">{method.summary}</span>
          <span className="guide-try-cta" aria-hidden="true">
            Try it <span className="guide-try-arrow">→</span>
          </span>
        </span>
        <span className="guide-try-detail" id={detailId}>
          <span className="guide-try-where">{method.api === 'v1' ? `api_action=${method.where}` : method.where}</span>
          {preview.map((item) => (
            <span key={item} className="guide-try-value">
              {item}
            </span>
          ))}
        </span>
      </button>
    </div>
  );
}
