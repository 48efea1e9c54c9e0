import { useMutation } from '@tanstack/react-query';
import { startTransition, useCallback, useEffect, useMemo, useState } from 'react';
import { z } from 'zod';
import type { MethodDef } from '../core/catalog/types';
import type { Exchange } from '../core/exchange/types';
import {
  emptyForm,
  exampleForm,
  formFromValues,
  restoreForm,
  withoutSecrets,
  type RawForm,
} from '../core/form-model/raw-values';
import { mapResponseErrors, noErrors } from '../core/form-model/server-errors';
import { previewValues } from '../core/form-model/to-zod';
import { buildRequest } from '../core/request/build-request';
import { decodeLinkValues, VALUES_PARAM } from '../core/request/deep-link';
import type { MethodValues } from '../core/request/types';
import { MethodForm } from '../features/method-form/MethodForm';
import { RequestPreview } from '../features/method-form/RequestPreview';
import { PLACEHOLDER_CONNECTION, usePreparedRequest } from '../features/method-form/use-prepared-request';
import { ResponseView } from '../features/response-viewer/ResponseView';
import { bodyBlob, openEarly, prewarmResponseParser } from '../features/response-viewer/parse-client';
import { SupportBundle } from '../features/support-bundle/SupportBundle';
import type { ConnectionState } from '../features/connection/use-connection';
import { readSession, writeSession } from '../lib/session-store';
import { bodyBytesOf, sendThroughProxy } from '../lib/proxy-client';
import { recordCall } from '../lib/history-store';
import { CodeSnippets } from '../features/support-bundle/CodeSnippets';
import { MethodDocs } from '../features/catalog-browser/MethodDocs';
import { BudgetGauge } from '../features/paging/BudgetGauge';
import { PagingPanel } from '../features/paging/PagingPanel';
import { ShareLink } from '../features/catalog-browser/ShareLink';

// Only the outline is checked here; restoreForm fits the rest to the method's current schema.
const rawFormSchema = z.object({ params: z.record(z.string(), z.unknown()), body: z.unknown() });

/** One method: docs, generated form with live preview, response panes and the support bundle. */
export function MethodPage({
  method,
  connection,
  version,
}: {
  method: MethodDef;
  connection: ConnectionState;
  version: string;
}) {
  const storageKey = `explorer.form.${method.id}`;
  // A shared link's values win over what this tab last typed; then the link's query is dropped from the URL.
  const linkValues = useMemo(() => {
    const encoded = new URLSearchParams(window.location.search).get(VALUES_PARAM);
    return encoded ? decodeLinkValues(encoded) : undefined;
  }, []);
  const initial = useMemo(
    () =>
      (linkValues && formFromValues(method, linkValues.params, linkValues.body)) ??
      restoreForm(method, readSession(storageKey, rawFormSchema)),
    [method, storageKey, linkValues],
  );
  useEffect(() => {
    if (!linkValues) return;
    writeSession(storageKey, initial);
    window.history.replaceState(null, '', window.location.pathname);
  }, [linkValues, initial, storageKey]);
  const [raw, setRaw] = useState<RawForm>(initial);
  const onChange = useCallback(
    (next: RawForm) => {
      writeSession(storageKey, withoutSecrets(method, next));
      // Low priority: the keystroke paints first; the form and preview do not depend on this state.
      startTransition(() => setRaw(next));
    },
    [storageKey, method],
  );

  // The paging panel stays while the next page is on its way (Fetch all keeps its state).
  const [lastSent, setLastSent] = useState<{ values: MethodValues; exchange: Exchange }>();
  const send = useMutation({
    mutationFn: async (values: MethodValues): Promise<Exchange> => {
      if (!connection.resolved.ok) throw new Error(connection.resolved.message);
      prewarmResponseParser(); // the worker starts while the request is in flight, not after it lands
      const prepared = buildRequest(method, values, connection.resolved.connection);
      const sent = await sendThroughProxy(method, prepared, { onBody: openEarly });
      void recordCall(sent, values, prepared.secrets, () => bodyBlob(sent.response && bodyBytesOf(sent.response)));
      setLastSent({ values, exchange: sent });
      return sent;
    },
  });
  const exchange = send.data;
  // Paging: a step re-sends through `send` and puts its values in the form (re-keyed), so preview,
  // history and bundle show the exact request; Fetch all's merged document replaces the answer on screen.
  const [formState, setFormState] = useState({ key: 0, initial });
  const [merged, setMerged] = useState<Exchange | undefined>();
  useEffect(() => setMerged(undefined), [exchange]);

  const shownConnection = useMemo(
    () => (connection.resolved.ok ? connection.resolved.connection : PLACEHOLDER_CONNECTION),
    [connection.resolved],
  );
  // The preview and the snippets start from the same prepared request as the real call (snippets hide the key).
  const prepared = usePreparedRequest(method, raw, shownConnection);
  const emptyValues = useMemo(() => emptyForm(method), [method]);
  const exampleValues = useMemo(() => exampleForm(method), [method]);
  const { mutate } = send;
  const onSend = useCallback((values: MethodValues) => mutate(values), [mutate]);
  const onPageStep = useCallback(
    (values: MethodValues) => {
      const next = formFromValues(method, values.params, values.body);
      setFormState((f) => ({ key: f.key + 1, initial: next }));
      onChange(next);
      mutate(values);
    },
    [method, onChange, mutate],
  );

  const serverErrors = useMemo(
    () =>
      exchange?.response ? mapResponseErrors(method, exchange.response.status, exchange.response.bodyText) : noErrors(),
    [exchange, method],
  );

  return (
    <article className="method-page" aria-labelledby="method-title">
      <MethodDocs method={method} />
      <ShareLink method={method} values={() => previewValues(method, raw)} />
      <div className="form-and-preview">
        <MethodForm
          key={formState.key}
          method={method}
          initial={formState.key === 0 ? initial : formState.initial}
          emptyValues={emptyValues}
          exampleValues={exampleValues}
          busy={send.isPending}
          onSend={onSend}
          onChange={onChange}
          serverErrors={serverErrors.byField}
          unmatchedErrors={serverErrors.unmatched}
        />
        <RequestPreview request={prepared} />
      </div>
      {send.error && (
        <p className="field-error" role="alert">
          Not sent: {send.error.message}
        </p>
      )}
      {connection.resolved.ok && <BudgetGauge origin={new URL(connection.resolved.connection.apiUrl).origin} />}
      {lastSent && (
        <PagingPanel
          method={method}
          connection={connection.resolved.ok ? connection.resolved.connection : undefined}
          values={lastSent.values}
          exchange={lastSent.exchange}
          busy={send.isPending}
          onStep={onPageStep}
          onOpen={setMerged}
        />
      )}
      {exchange && (
        <>
          <ResponseView exchange={merged ?? exchange} />
          <SupportBundle
            key={`${method.id}-${exchange.startedAt}`}
            exchange={exchange}
            method={method}
            version={version}
          />
        </>
      )}
      <CodeSnippets request={prepared} apiKey={shownConnection.apiKey} />
    </article>
  );
}
