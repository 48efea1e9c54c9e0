import { useDeferredValue, useId, useMemo, useState } from 'react';
import { buildBundle, contractCheckDeferred, describeProblem, type BundleModel } from '../../core/bundle/bundle-model';
import { bundleHar } from '../../core/bundle/har';
import { renderJsonBundle } from '../../core/bundle/json-bundle';
import { plainTextBundle } from '../../core/bundle/plain-text';
import { DEFAULT_POLICY, type RedactionPolicy } from '../../core/bundle/redaction-policy';
import { markdownBundle } from '../../core/bundle/support-bundle';
import type { MethodDef } from '../../core/catalog/types';
import type { Exchange } from '../../core/exchange/types';
import { copyReporting } from '../../lib/clipboard';
import { BundleText } from './BundlePreview';
import { ContractCheck } from './ContractCheck';
import { downloadText, fileStamp } from './download';
import { RedactionOptions } from './RedactionOptions';
import { useBundleConnection } from './use-bundle-connection';
import { useBundleProblem } from './use-bundle-problem';
import './support-bundle.css';

type Format = 'markdown' | 'plain';
const FORMATS: readonly { id: Format; label: string }[] = [
  { id: 'markdown', label: 'Markdown' },
  { id: 'plain', label: 'Plain text' },
];

function render(model: BundleModel, format: Format) {
  return format === 'markdown' ? markdownBundle(model) : plainTextBundle(model);
}

/**
 * The support bundle: the problem in one line, what to hide, the contract
 * check, and a preview of exactly the text that is copied, every redaction
 * highlighted. Downloads (HAR, JSON) come from the same model.
 */
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
  const problem = useBundleProblem(exchange);
  const connection = useBundleConnection(exchange);
  const [policy, setPolicy] = useState<RedactionPolicy>(DEFAULT_POLICY);
  const [fieldsText, setFieldsText] = useState('');
  const [format, setFormat] = useState<Format>('markdown');
  const [status, setStatus] = useState('');
  const [contractAsked, setContractAsked] = useState(false);
  // Parsing a multi-megabyte body for the check would delay the dialog: wait until asked (or a copy needs it).
  const skipContract = !contractAsked && contractCheckDeferred(exchange);
  // Typing a field name or the problem re-renders the preview: let keystrokes paint first on big responses.
  const deferredPolicy = useDeferredValue(policy);
  const deferredProblem = useDeferredValue(problem.text);
  const browser = navigator.userAgent;
  const redacted = useMemo(
    () =>
      buildBundle({
        exchange,
        method,
        explorerVersion: version,
        browser,
        policy: deferredPolicy,
        skipContract,
        ...(connection ? { connection } : {}),
      }),
    [exchange, method, version, browser, deferredPolicy, skipContract, connection],
  );
  // Only the cheap part follows the problem's keystrokes; bodies are not redacted again.
  const model = useMemo(() => describeProblem(redacted, deferredProblem), [redacted, deferredProblem]);
  const text = useMemo(() => render(model, format), [model, format]);
  const stamp = fileStamp(exchange.startedAt);

  /** The model every output is taken from, with the contract checked (copies and downloads always carry it). */
  function checkedModel(): BundleModel {
    if (!model.contractSkipped) return model;
    setContractAsked(true); // the preview then shows the check too, so it still matches what was copied
    const full = buildBundle({
      exchange,
      method,
      explorerVersion: version,
      browser,
      policy: deferredPolicy,
      ...(connection ? { connection } : {}),
    });
    return describeProblem(full, deferredProblem);
  }

  async function copy() {
    const formatLabel = FORMATS.find((f) => f.id === format)?.label ?? format;
    setStatus(
      await copyReporting(
        render(checkedModel(), format).text,
        `Support bundle copied (${formatLabel}): paste it into your ticket. The API key is redacted.`,
      ),
    );
  }

  function download(kind: 'har' | 'json') {
    const m = checkedModel();
    if (kind === 'har') {
      const har = bundleHar(m, { version, browser });
      downloadText(`${method.id}-${stamp}.har`, JSON.stringify(har, null, 2), 'application/json');
    } else {
      downloadText(`${method.id}-${stamp}.bundle.json`, renderJsonBundle(m), 'application/json');
    }
    setStatus(`${kind === 'har' ? 'HAR' : 'JSON'} downloaded (whole bodies, same redaction as the preview).`);
  }

  const formatLabel = FORMATS.find((f) => f.id === format)?.label ?? format;
  return (
    <section className="bundle-dialog" aria-label="Support bundle">
      <div className="bundle-dialog__problem">
        <div className="bundle-field">
          <label htmlFor={`${id}-problem`}>Problem, in one line</label>
          <input
            id={`${id}-problem`}
            type="text"
            data-autofocus
            placeholder="e.g. Creating a contact answers 422 although the email is new"
            aria-describedby={`${id}-problem-note`}
            value={problem.text}
            onChange={(e) => problem.setText(e.target.value)}
          />
          <span id={`${id}-problem-note`} className="muted small" aria-live="polite">
            {problem.note}
          </span>
        </div>
      </div>
      <section className="bundle-preview" aria-label="Preview">
        <div className="bundle-preview__bar">
          <h3>Preview</h3>
          <span className="segmented" role="group" aria-label="Format">
            {FORMATS.map((f) => (
              <button key={f.id} type="button" aria-pressed={format === f.id} onClick={() => setFormat(f.id)}>
                {f.label}
              </button>
            ))}
          </span>
          <button type="button" className="primary" onClick={() => void copy()}>
            Copy support bundle
          </button>
        </div>
        <span role="status" className="bundle-preview__status small">
          {status}
        </span>
        <BundleText text={text} label={`Bundle text (${formatLabel})`} />
      </section>
      <div className="bundle-dialog__options">
        <RedactionOptions fieldsText={fieldsText} onFieldsText={setFieldsText} policy={policy} onPolicy={setPolicy} />
        <ContractCheck
          differences={model.contract}
          status={exchange.response?.status}
          {...(model.contractSkipped ? { onCheck: () => setContractAsked(true) } : {})}
        />
        <div className="bundle-downloads">
          <button type="button" onClick={() => download('har')}>
            Download HAR
          </button>
          <button type="button" onClick={() => download('json')}>
            Download JSON
          </button>
          <span className="muted small">Whole bodies, same redaction.</span>
        </div>
      </div>
    </section>
  );
}
