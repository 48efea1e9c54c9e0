import { useMutation } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { z } from 'zod';
import type { MethodDef } from '../core/catalog/types';
import type { Exchange } from '../core/exchange/types';
import { emptyForm, exampleForm, type RawForm } from '../core/form-model/raw-values';
import { mapServerErrors } from '../core/form-model/server-errors';
import { previewValues } from '../core/form-model/to-zod';
import { buildRequest } from '../core/request/build-request';
import { redactRequest } from '../core/request/redact';
import type { MethodValues } from '../core/request/types';
import { MethodForm } from '../features/method-form/MethodForm';
import { RequestPreview } from '../features/method-form/RequestPreview';
import { ResponseView } from '../features/response-viewer/ResponseView';
import { SupportBundle } from '../features/support-bundle/SupportBundle';
import type { ConnectionState } from '../features/connection/use-connection';
import { readSession, writeSession } from '../lib/session-store';
import { sendThroughProxy } from '../lib/proxy-client';
import { MethodDocs } from './MethodDocs';

const rawFormSchema = z.object({ params: z.record(z.string(), z.unknown()), body: z.record(z.string(), z.unknown()) });

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
  const initial = useMemo(
    () => (readSession(storageKey, rawFormSchema) as RawForm | undefined) ?? emptyForm(method),
    [method, storageKey],
  );
  const [raw, setRaw] = useState<RawForm>(initial);
  const onChange = useCallback(
    (next: RawForm) => {
      setRaw(next);
      writeSession(storageKey, next);
    },
    [storageKey],
  );

  const send = useMutation({
    mutationFn: async (values: MethodValues): Promise<Exchange> => {
      if (!connection.resolved.ok) throw new Error(connection.resolved.message);
      return sendThroughProxy(method, buildRequest(method, values, connection.resolved.connection));
    },
  });
  const exchange = send.data;

  const preview = useMemo(() => {
    const conn = connection.resolved.ok
      ? connection.resolved.connection
      : { apiUrl: 'https://youraccount.api-us1.com', apiKey: '' };
    return redactRequest(buildRequest(method, previewValues(method, raw), conn));
  }, [method, raw, connection.resolved]);

  const serverErrors = useMemo(() => {
    if (exchange?.response?.status !== 422) return { byField: new Map<string, string>(), unmatched: [] };
    try {
      return mapServerErrors(method, JSON.parse(exchange.response.bodyText));
    } catch {
      return { byField: new Map<string, string>(), unmatched: [] };
    }
  }, [exchange, method]);

  return (
    <article className="method-page" aria-labelledby="method-title">
      <MethodDocs method={method} />
      <div className="form-and-preview">
        <MethodForm
          method={method}
          initial={initial}
          emptyValues={emptyForm(method)}
          exampleValues={exampleForm(method)}
          busy={send.isPending}
          onSend={(values) => send.mutate(values)}
          onChange={onChange}
          serverErrors={serverErrors.byField}
          unmatchedErrors={serverErrors.unmatched}
          aside={<RequestPreview request={preview} />}
        />
      </div>
      {send.error && (
        <p className="field-error" role="alert">
          Not sent: {send.error.message}
        </p>
      )}
      {exchange && (
        <>
          <ResponseView exchange={exchange} />
          <SupportBundle
            key={`${method.id}-${exchange.startedAt}`}
            exchange={exchange}
            method={method}
            version={version}
          />
        </>
      )}
    </article>
  );
}
