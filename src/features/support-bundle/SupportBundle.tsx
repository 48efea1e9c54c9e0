import { useDeferredValue, useId, useMemo, useState } from 'react';
import { buildBundle, contractCheckDeferred, type BundleInput } from '../../core/bundle/bundle-model';
import { toHar } from '../../core/bundle/har';
import { renderJsonBundle } from '../../core/bundle/json-bundle';
import { renderPlainText } from '../../core/bundle/plain-text';
import { NO_EXTRA_REDACTION, type RedactionPolicy } from '../../core/bundle/redaction-policy';
import { renderSupportBundle } from '../../core/bundle/support-bundle';
import type { MethodDef } from '../../core/catalog/types';
import type { Exchange } from '../../core/exchange/types';
import { copyText } from '../../lib/clipboard';
import { ContractCheck } from './ContractCheck';
import { downloadText, fileStamp } from './download';
import { RedactionOptions } from './RedactionOptions';

/** "What I expected", redaction options, the contract check, and the copy/download buttons. */
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
  const [problem, setProblem] = useState('');
  const [policy, setPolicy] = useState<RedactionPolicy>(NO_EXTRA_REDACTION);
  const [fieldsText, setFieldsText] = useState('');
  const [status, setStatus] = useState('');
  const [contractAsked, setContractAsked] = useState(false);
  // Parsing a multi-megabyte body for the check would delay the response's first paint: wait until asked.
  const skipContract = !contractAsked && contractCheckDeferred(exchange);
  const input: BundleInput = {
    exchange,
    method,
    problem,
    explorerVersion: version,
    browser: navigator.userAgent,
    policy,
  };
  // Typing a field name re-redacts every body: let keystrokes paint first on big responses.
  const deferredPolicy = useDeferredValue(policy);
  const model = useMemo(
    () =>
      buildBundle({ exchange, method, explorerVersion: version, browser: '', policy: deferredPolicy, skipContract }),
    [exchange, method, version, deferredPolicy, skipContract],
  );
  const stamp = fileStamp(exchange.startedAt);

  async function copy(text: string, what: string) {
    try {
      await copyText(text);
      setStatus(`${what} copied: paste it into your ticket. The API key is redacted.`);
    } catch (e) {
      setStatus(`Could not copy: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  function download(kind: 'har' | 'json') {
    if (kind === 'har') {
      const har = toHar([model.exchange], { version, browser: navigator.userAgent });
      downloadText(`${method.id}-${stamp}.har`, JSON.stringify(har, null, 2), 'application/json');
    } else {
      downloadText(`${method.id}-${stamp}.bundle.json`, renderJsonBundle(input), 'application/json');
    }
    setStatus(`${kind === 'har' ? 'HAR' : 'JSON'} downloaded (whole bodies, key redacted).`);
  }

  return (
    <section className="bundle" aria-label="Support bundle">
      <ContractCheck
        differences={model.contract}
        status={exchange.response?.status}
        {...(model.contractSkipped ? { onCheck: () => setContractAsked(true) } : {})}
      />
      <label htmlFor={`${id}-problem`}>Problem, in one line</label>
      <input id={`${id}-problem`} type="text" value={problem} onChange={(e) => setProblem(e.target.value)} />
      <RedactionOptions fieldsText={fieldsText} onFieldsText={setFieldsText} policy={policy} onPolicy={setPolicy} />
      <div className="bundle-actions">
        <button type="button" onClick={() => void copy(renderSupportBundle(input), 'Support bundle')}>
          Copy support bundle
        </button>
        <button type="button" onClick={() => void copy(renderPlainText(input), 'Plain-text bundle')}>
          Copy as plain text
        </button>
        <button type="button" onClick={() => download('har')}>
          Download HAR
        </button>
        <button type="button" onClick={() => download('json')}>
          Download JSON
        </button>
      </div>
      <span role="status" className="muted">
        {status}
      </span>
    </section>
  );
}
