import { useMemo } from 'react';
import type { Exchange } from '../../core/exchange/types';
import {
  isKeyset,
  modePatch,
  pageLabel,
  pageSteps,
  readPage,
  withParams,
  type ParamPatch,
} from '../../core/paging/page';
import type { PagingSpec } from '../../core/paging/paging-spec';
import type { MethodValues } from '../../core/request/types';
import './paging.css';

/** Page sizes offered; the method's maximum caps them. */
const SIZES = [10, 20, 50, 100, 250, 500];
/** Pages are at most a few hundred records; a body past this is no page worth parsing again here. */
const MAX_PAGE_BODY = 8 * 1024 * 1024;

/** "1–20 of 22" with First / Previous / Next / Last and the page size, for an answer that is one page of a list. */
export function PageBar({
  spec,
  values,
  exchange,
  busy,
  onStep,
}: {
  spec: PagingSpec;
  /** The values the shown answer was sent with. */
  values: MethodValues;
  exchange: Exchange;
  busy: boolean;
  /** Re-sends the same method with these values (and puts them in the form). */
  onStep: (values: MethodValues) => void;
}) {
  const text = exchange.response?.status === 200 ? exchange.response.bodyText : '';
  const page = useMemo(() => {
    if (!text || text.length > MAX_PAGE_BODY) return undefined;
    try {
      return readPage(spec, values, JSON.parse(text));
    } catch {
      return undefined;
    }
  }, [spec, values, text]);
  if (!page) return null;
  const steps = pageSteps(page);
  const go = (patch: ParamPatch | undefined) => patch && onStep(withParams(values, patch));
  const keyset = isKeyset(spec, values);

  return (
    <nav className="page-bar" aria-label="Pages">
      <span className="page-bar-label" aria-live="polite">
        {pageLabel(page)}
      </span>
      <button type="button" disabled={busy || !steps.first} onClick={() => go(steps.first)}>
        First
      </button>
      <button type="button" disabled={busy || !steps.previous} onClick={() => go(steps.previous)}>
        Previous
      </button>
      <button type="button" disabled={busy || !steps.next} onClick={() => go(steps.next)}>
        Next
      </button>
      <button
        type="button"
        disabled={busy || !steps.last}
        title={keyset ? 'Keyset paging only moves forward' : undefined}
        onClick={() => go(steps.last)}
      >
        Last
      </button>
      {spec.style === 'offset' && (
        <label>
          Page size{' '}
          <select
            value={page.limit}
            disabled={busy}
            onChange={(e) => go({ limit: Number(e.target.value), ...(keyset ? {} : { offset: 0 }) })}
          >
            {[...new Set([...SIZES.filter((n) => n <= spec.maxLimit), spec.maxLimit, page.limit])]
              .sort((a, b) => a - b)
              .map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
          </select>
        </label>
      )}
      {spec.style === 'offset' && spec.keyset && (
        <label title="Pages by id_greater with orders[id]=ASC: stable while contacts are added or removed">
          <input
            type="checkbox"
            checked={keyset}
            disabled={busy}
            onChange={(e) => go(modePatch(e.target.checked ? 'keyset' : 'offset'))}
          />{' '}
          Page by id (keyset)
        </label>
      )}
    </nav>
  );
}
