import { useId, useState } from 'react';
import { expectedFromMethod, renderSupportBundle } from '../../core/bundle/support-bundle';
import type { MethodDef } from '../../core/catalog/types';
import type { Exchange } from '../../core/exchange/types';
import { copyText } from '../../lib/clipboard';

/** "What I expected" plus the button that copies the four items support asks for. */
export function SupportBundle({
  exchange,
  method,
  version,
}: {
  exchange: Exchange;
  method: MethodDef;
  version: string;
}) {
  const id = useId();
  const [expected, setExpected] = useState(() => expectedFromMethod(method));
  const [status, setStatus] = useState('');

  async function copy() {
    const text = renderSupportBundle({
      exchange,
      method,
      expected,
      explorerVersion: version,
      browser: navigator.userAgent,
    });
    try {
      await copyText(text);
      setStatus('Support bundle copied: paste it into your ticket. The API key is redacted.');
    } catch (e) {
      setStatus(`Could not copy: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  return (
    <section className="bundle" aria-label="Support bundle">
      <label htmlFor={`${id}-expected`}>What I expected</label>
      <textarea id={`${id}-expected`} rows={3} value={expected} onChange={(e) => setExpected(e.target.value)} />
      <button type="button" onClick={() => void copy()}>
        Copy support bundle
      </button>
      <span role="status" className="muted">
        {status}
      </span>
    </section>
  );
}
