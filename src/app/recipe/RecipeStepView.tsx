import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Group, Panel, Separator } from 'react-resizable-panels';
import type { MethodDef } from '../../core/catalog/types';
import { emptyForm, exampleForm, formFromValues, type RawForm } from '../../core/form-model/raw-values';
import { mapResponseErrors, noErrors } from '../../core/form-model/server-errors';
import { previewValues } from '../../core/form-model/to-zod';
import { displayValues, editedValues } from '../../core/recipes/editor-values';
import type { StepRun } from '../../core/recipes/run-state';
import type { RecipeStep, RecipeValue, StepValues, ValueRef } from '../../core/recipes/types';
import { findRefs, refToken } from '../../core/recipes/values';
import type { Connection } from '../../core/request/types';
import { MethodDocs } from '../../features/catalog-browser/MethodDocs';
import { RequestEditor } from '../../features/method-form/RequestEditor';
import { PLACEHOLDER_CONNECTION, usePreparedRequest } from '../../features/method-form/use-prepared-request';
import { ResponseView } from '../../features/response-viewer/ResponseView';
import { CodeSnippets } from '../../features/support-bundle/CodeSnippets';
import { SupportBundle } from '../../features/support-bundle/SupportBundle';
import { Dialog } from '../../ui/dialog/Dialog';
import { ResponsePlaceholder } from '../workspace/ResponsePlaceholder';
import { useSplitSizes } from '../workspace/use-split-sizes';
import { useWideEnough } from './use-width';

/** Below this width the step's request sits above its response. */
const SIDE_BY_SIDE_MIN_WIDTH = 900;

/**
 * The selected step in the normal views: the request editor with the step's
 * bound values (editable until it runs; references not yet known read
 * `{{step.path}}`) beside the response views with its answer.
 */
export function RecipeStepView({
  step,
  index,
  method,
  run,
  busy,
  known,
  connection,
  sideBySide,
  tabId,
  version,
  onValues,
  onSend,
  onCancel,
}: {
  step: RecipeStep;
  index: number;
  method: MethodDef;
  run: StepRun;
  /** A run is in flight (this step or another): Send is Cancel. */
  busy: boolean;
  /** A reference's value when known now (earlier step passed, input set). */
  known: (ref: ValueRef) => unknown;
  connection: Connection | undefined;
  sideBySide: boolean;
  tabId: string;
  /** The explorer's version, for the support bundle. */
  version: string;
  onValues: (values: StepValues) => void;
  onSend: (values: StepValues) => void;
  onCancel: () => void;
}) {
  // The editor starts from the bound values; it is remounted (by its key, from the page) when bindings change.
  const initial = useMemo(() => {
    const shown = displayValues(step.values, known);
    return formFromValues(method, shown.params, shown.body);
    // Only on mount: later changes come from the editor itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const [raw, setRaw] = useState<RawForm>(initial);
  const [bundleOpen, setBundleOpen] = useState(false);
  const values = useRef(step.values);
  useEffect(() => {
    values.current = step.values;
  }, [step.values]);
  const onChange = useCallback(
    (next: RawForm) => {
      setRaw(next);
      onValues(editedValues(previewValues(method, next), values.current, known));
    },
    [method, known, onValues],
  );
  const send = useCallback(
    (sent: { params: Readonly<Record<string, unknown>>; body?: unknown }) =>
      onSend(editedValues(sent, values.current, known)),
    [known, onSend],
  );
  const shownConnection = connection ?? PLACEHOLDER_CONNECTION;
  const prepared = usePreparedRequest(method, raw, shownConnection);
  const emptyValues = useMemo(() => emptyForm(method), [method]);
  const exampleValues = useMemo(() => exampleForm(method), [method]);
  const response = run.exchange?.response;
  const serverErrors = useMemo(
    () => (response ? mapResponseErrors(method, response.status, response.bodyText) : noErrors()),
    [response, method],
  );
  const waiting = findRefs(step.values.params as RecipeValue, 'params')
    .concat(findRefs(step.values.body, 'body'))
    .filter(({ ref }) => known(ref) === undefined)
    .map(({ ref }) => refToken(ref));

  // Side by side only when the workspace says so and this area can hold both (the recipe takes a share of the tab).
  const box = useRef<HTMLDivElement>(null);
  const roomy = useWideEnough(box, SIDE_BY_SIDE_MIN_WIDTH);
  const orientation = sideBySide && roomy ? 'horizontal' : 'vertical';
  const beside = orientation === 'horizontal';
  const requestId = `recipe-request-${tabId}`;
  const responseId = `recipe-response-${tabId}`;
  const layout = useSplitSizes(`recipe-${orientation}`, [requestId, responseId]);
  return (
    <div className="recipe-step-view" ref={box}>
      <Group
        key={orientation}
        orientation={orientation}
        className="request-response"
        defaultLayout={layout.defaultLayout}
        onLayoutChanged={layout.onLayoutChanged}
      >
        <Panel id={requestId} defaultSize="45%" minSize={beside ? '300px' : '140px'} className="pane-fill">
          <section className="request-pane" aria-label="Request">
            <header className="request-head recipe-step-head">
              <h2>
                <span className="muted">Step {index + 1} · </span>
                {method.summary}
              </h2>
            </header>
            <p className="recipe-step-does">
              {step.does}
              {waiting.length > 0 && run.status !== 'running' && <WaitingNote tokens={[...new Set(waiting)]} />}
            </p>
            <RequestEditor
              method={method}
              initial={initial}
              emptyValues={emptyValues}
              exampleValues={exampleValues}
              request={prepared}
              busy={busy}
              onSend={send}
              onCancel={onCancel}
              onChange={onChange}
              serverErrors={serverErrors.byField}
              unmatchedErrors={serverErrors.unmatched}
              docs={<MethodDocs method={method} />}
              code={<CodeSnippets request={prepared} apiKey={shownConnection.apiKey} />}
              idPrefix={`r${tabId}`}
            />
          </section>
        </Panel>
        <Separator className="splitter" aria-label="Resize the request and response panes" />
        <Panel id={responseId} defaultSize="55%" minSize={beside ? '320px' : '160px'} className="pane-fill">
          <section className="response-pane" aria-label="Response panel">
            {run.status === 'running' ? (
              <ResponsePlaceholder busy onCancel={onCancel} />
            ) : run.exchange ? (
              <ResponseView
                exchange={run.exchange}
                actions={
                  <button type="button" className="small-button" onClick={() => setBundleOpen(true)}>
                    Support bundle
                  </button>
                }
              />
            ) : run.error ? (
              <p className="response-note field-error" role="alert">
                {run.field ? `${run.field}: ` : ''}
                {run.error}
              </p>
            ) : (
              <div className="response-empty">
                <p role="status">Step {index + 1} has not run yet.</p>
                <p className="muted">
                  <strong>Send</strong> runs this step alone; <strong>Run all</strong> runs every step. Its answer shows
                  here.
                </p>
              </div>
            )}
            {run.exchange && run.error && (
              <p className="response-note field-error" role="alert">
                {run.error}
              </p>
            )}
          </section>
        </Panel>
      </Group>
      {run.exchange && (
        <Dialog open={bundleOpen} onClose={() => setBundleOpen(false)} title="Support bundle" wide>
          <SupportBundle key={run.exchange.startedAt} exchange={run.exchange} method={method} version={version} />
        </Dialog>
      )}
    </div>
  );
}

/** Which values are still `{{tokens}}`: they fill in once the steps they come from have passed. */
function WaitingNote({ tokens }: { tokens: readonly string[] }) {
  const one = tokens.length === 1;
  return (
    <span className="muted">
      {' '}
      {tokens.map((token, i) => (
        <span key={token}>
          {i > 0 && ', '}
          <code>{token}</code>
        </span>
      ))}{' '}
      {one ? 'fills in when the step it comes from passes.' : 'fill in when the steps they come from pass.'}
    </span>
  );
}
