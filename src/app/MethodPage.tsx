import { useMutation } from '@tanstack/react-query';
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Group, Panel, Separator } from 'react-resizable-panels';
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
import { decodeLinkValues, VALUES_PARAM } from '../core/request/deep-link';
import type { MethodValues } from '../core/request/types';
import { RequestEditor, type RequestEditorHandle } from '../features/method-form/RequestEditor';
import { PLACEHOLDER_CONNECTION, usePreparedRequest } from '../features/method-form/use-prepared-request';
import { ResponseView } from '../features/response-viewer/ResponseView';
import type { ResponseNavigation } from '../features/response-viewer/response-navigation';
import { bodyBlob, openEarly, prewarmResponseParser } from '../features/response-viewer/parse-client';
import { SupportBundle } from '../features/support-bundle/SupportBundle';
import type { ConnectionState } from '../features/connection/use-connection';
import { formStorageKey, readSession, writeSession } from '../lib/session-store';
import { sendCallOptions } from '../lib/send-call';
import { CodeSnippets } from '../features/support-bundle/CodeSnippets';
import { MethodDocs } from '../features/catalog-browser/MethodDocs';
import { PagingPanel } from '../features/paging/PagingPanel';
import { ShareLink } from '../features/catalog-browser/ShareLink';
import { Dialog } from '../ui/dialog/Dialog';
import { ResponsePlaceholder } from './workspace/ResponsePlaceholder';
import { useSplitSizes } from './workspace/use-split-sizes';

// Only the outline is checked here; restoreForm fits the rest to the method's current schema.
const rawFormSchema = z.object({ params: z.record(z.string(), z.unknown()), body: z.unknown() });

/** What a history entry brings to the page it opens in. */
export interface PagePreset {
  /** Changes for every opening, so opening the same entry twice starts afresh. */
  seq: number;
  values?: MethodValues | undefined;
  exchange?: Exchange | undefined;
  send?: boolean;
  /** Called once the re-send started, so a later remount of the tab does not send again. */
  onSent?: () => void;
}

/** What a method page may open elsewhere in the workspace: a method filled ("Open in…", a next step), a guide, the connection settings. */
export interface PageActions {
  openMethodWith: (methodId: string, options: { values?: MethodValues; send?: boolean; newTab?: boolean }) => void;
  openGuide: (guideId: string) => void;
  openConnectionSettings: () => void;
}

/** One method as a workspace tab: the request pane beside (or above) the response pane. */
export function MethodPage({
  method,
  connection,
  version,
  active,
  sideBySide,
  focusToken,
  bundleToken,
  tabId,
  preset,
  actions,
}: {
  method: MethodDef;
  connection: ConnectionState;
  version: string;
  /** Only the active tab is shown; the others stay mounted so they keep their values and response. */
  active: boolean;
  sideBySide: boolean;
  /** Changes when the user opened this method: focus moves to its first field. */
  focusToken: number;
  /** Changes when the palette asked for the support bundle of this tab. */
  bundleToken: number;
  /** The workspace tab this page lives in; makes its DOM ids unique. */
  tabId: string;
  /** A history entry opened here: its values fill the form, its response shows; `send` sends them again at once. */
  preset?: PagePreset | undefined;
  actions?: PageActions | undefined;
}) {
  const storageKey = formStorageKey(method.id);
  // A shared link's values win over what this tab last typed; then the link's query is dropped from the URL.
  const linkValues = useMemo(() => {
    const encoded = new URLSearchParams(window.location.search).get(VALUES_PARAM);
    return encoded ? decodeLinkValues(encoded) : undefined;
  }, []);
  const presetValues = preset?.values;
  const initial = useMemo(
    () =>
      (presetValues && formFromValues(method, presetValues.params, presetValues.body)) ??
      (linkValues && formFromValues(method, linkValues.params, linkValues.body)) ??
      restoreForm(method, readSession(storageKey, rawFormSchema)),
    [method, storageKey, linkValues, presetValues],
  );
  useEffect(() => {
    if (presetValues) writeSession(storageKey, withoutSecrets(method, initial));
    if (!linkValues) return;
    writeSession(storageKey, initial);
    window.history.replaceState(null, '', window.location.pathname);
  }, [linkValues, presetValues, initial, storageKey, method]);
  const [raw, setRaw] = useState<RawForm>(initial);
  const onChange = useCallback(
    (next: RawForm) => {
      writeSession(storageKey, withoutSecrets(method, next));
      // Low priority: the keystroke paints first; the form and preview do not depend on this state.
      startTransition(() => setRaw(next));
    },
    [storageKey, method],
  );

  const [exchange, setExchange] = useState<Exchange | undefined>(preset?.exchange);
  const [bundleOpen, setBundleOpen] = useState(false);
  const abort = useRef<AbortController | undefined>(undefined);
  // The paging panel stays while the next page is on its way (Fetch all keeps its state).
  const [lastSent, setLastSent] = useState<{ values: MethodValues; exchange: Exchange }>();
  // Fetch all's merged document replaces the answer on screen until the next call.
  const [merged, setMerged] = useState<Exchange | undefined>();
  // The worker starts while the request is in flight; a large body goes to it as soon as it lands.
  const send = useMutation({
    ...sendCallOptions({ onStart: prewarmResponseParser, onBody: openEarly, bodyBlob }),
    onSuccess: (sent, variables) => {
      setExchange(sent);
      setMerged(undefined);
      setLastSent({ values: variables.values, exchange: sent });
    },
  });
  const editor = useRef<RequestEditorHandle>(null);

  const shownConnection = useMemo(
    () => (connection.resolved.ok ? connection.resolved.connection : PLACEHOLDER_CONNECTION),
    [connection.resolved],
  );
  // The preview and the snippets start from the same prepared request as the real call (snippets hide the key).
  const prepared = usePreparedRequest(method, raw, shownConnection);
  const emptyValues = useMemo(() => emptyForm(method), [method]);
  const exampleValues = useMemo(() => exampleForm(method), [method]);
  const { mutate } = send;
  const onSend = useCallback(
    (values: MethodValues) => {
      // One call at a time: a double-click must not send twice (a second POST would create a duplicate).
      if (abort.current) return;
      const controller = new AbortController();
      abort.current = controller;
      mutate(
        {
          method,
          values,
          connection: connection.resolved.ok ? connection.resolved.connection : connection.resolved,
          signal: controller.signal,
        },
        { onSettled: () => (abort.current = undefined) },
      );
    },
    [mutate, method, connection.resolved],
  );
  const onCancel = useCallback(() => abort.current?.abort(), []);
  // Re-send from history: the entry's own values, once, when the page opens for it.
  const resendOnOpen = preset?.send ? presetValues : undefined;
  const onPresetSent = preset?.onSent;
  useEffect(() => {
    if (!resendOnOpen) return;
    onSend(resendOnOpen);
    onPresetSent?.();
  }, [resendOnOpen, onSend, onPresetSent]);
  // Paging: a step puts its values in the form (so preview, history and bundle show the exact request) and sends them.
  const onPageStep = useCallback(
    (values: MethodValues) => {
      editor.current?.setValues(formFromValues(method, values.params, values.body));
      onSend(values);
    },
    [method, onSend],
  );

  const serverErrors = useMemo(
    () =>
      exchange?.response ? mapResponseErrors(method, exchange.response.status, exchange.response.bodyText) : noErrors(),
    [exchange, method],
  );

  const pageRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!active || focusToken === 0) return;
    focusFirstField(pageRef.current);
  }, [active, focusToken]);
  useEffect(() => {
    if (active && bundleToken > 0 && exchange) setBundleOpen(true);
    // Only a new request from the palette opens it, not a new exchange.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [bundleToken]);

  // Ctrl/⌘+Enter sends from anywhere in the workspace (not only inside the form), as in desktop clients.
  useEffect(() => {
    if (!active) return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.defaultPrevented || e.key !== 'Enter' || !(e.ctrlKey || e.metaKey)) return;
      if (e.target instanceof Element && e.target.closest('dialog')) return;
      const form = pageRef.current?.querySelector<HTMLFormElement>('.request-pane form');
      if (!form) return;
      e.preventDefault();
      form.requestSubmit();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active]);

  // Ids, links and next steps in the response open in a new tab, so this answer stays where it is.
  const navigation = useMemo(
    (): ResponseNavigation | undefined =>
      actions && {
        openMethod: (methodId, values, { send }) => actions.openMethodWith(methodId, { values, send, newTab: true }),
        openGuide: actions.openGuide,
        openSetting: () => actions.openConnectionSettings(),
        // The same path as Send (validation, the one pipeline, the rate budget waiting out Retry-After).
        retry: () => pageRef.current?.querySelector<HTMLFormElement>('.request-pane form')?.requestSubmit(),
      },
    [actions],
  );

  const orientation = sideBySide ? 'horizontal' : 'vertical';
  // Flipping the arrangement remounts the panes; the editor then starts from the values typed so far.
  const [mountedOrientation, setMountedOrientation] = useState(orientation);
  const [editorInitial, setEditorInitial] = useState(initial);
  if (mountedOrientation !== orientation) {
    setMountedOrientation(orientation);
    setEditorInitial(raw);
  }
  const requestId = `request-${tabId}`;
  const responseId = `response-${tabId}`;
  const layout = useSplitSizes(orientation, [requestId, responseId]);

  return (
    <div
      className="method-page"
      ref={pageRef}
      hidden={!active}
      role="tabpanel"
      id={`tabpanel-${tabId}`}
      aria-labelledby={`tab-${tabId}`}
    >
      <Group
        key={orientation}
        orientation={orientation}
        className="request-response"
        defaultLayout={layout.defaultLayout}
        onLayoutChanged={layout.onLayoutChanged}
      >
        <Panel
          id={requestId}
          // The response gets the larger share: it is what the user reads. Stacked, less so than Hoppscotch's 35/65,
          // which on a 390×844 phone left the form about 100 px under the URL bar and tabs; 44/56 gives it about 170 px
          // and still shows the status line and ten tree rows after a send (e2e/workspace.spec.ts).
          defaultSize={sideBySide ? '42%' : '44%'}
          minSize={sideBySide ? '320px' : '140px'}
          className="pane-fill"
        >
          <section className="request-pane" aria-label="Request">
            <header className="request-head">
              <h2>{method.summary}</h2>
              <ShareLink method={method} values={() => previewValues(method, raw)} />
            </header>
            <RequestEditor
              method={method}
              initial={editorInitial}
              emptyValues={emptyValues}
              exampleValues={exampleValues}
              request={prepared}
              busy={send.isPending}
              onSend={onSend}
              onCancel={onCancel}
              onChange={onChange}
              serverErrors={serverErrors.byField}
              unmatchedErrors={serverErrors.unmatched}
              docs={<MethodDocs method={method} />}
              code={<CodeSnippets request={prepared} apiKey={shownConnection.apiKey} />}
              autoFocus={focusToken > 0}
              idPrefix={`t${tabId}`}
              ref={editor}
            />
          </section>
        </Panel>
        <Separator className="splitter" aria-label="Resize the request and response panes" />
        <Panel
          id={responseId}
          defaultSize={sideBySide ? '58%' : '56%'}
          minSize={sideBySide ? '360px' : '160px'}
          className="pane-fill"
        >
          <section className="response-pane" aria-label="Response panel">
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
            {send.isPending ? (
              <ResponsePlaceholder busy onCancel={onCancel} />
            ) : send.error ? (
              <p className="response-note field-error" role="alert">
                Not sent: {send.error.message}
              </p>
            ) : !exchange ? (
              <ResponsePlaceholder />
            ) : null}
            {exchange && !send.isPending && (
              <>
                <ResponseView
                  exchange={merged ?? exchange}
                  navigation={navigation}
                  actions={
                    <button type="button" className="small-button" onClick={() => setBundleOpen(true)}>
                      Support bundle
                    </button>
                  }
                />
              </>
            )}
          </section>
        </Panel>
      </Group>
      {exchange && (
        <Dialog open={bundleOpen} onClose={() => setBundleOpen(false)} title="Support bundle" wide>
          <SupportBundle
            key={`${method.id}-${exchange.startedAt}`}
            exchange={exchange}
            method={method}
            version={version}
          />
        </Dialog>
      )}
    </div>
  );
}

/** Moves focus to the request's first field, or to Send when the method has none (a tab opened again). */
function focusFirstField(page: HTMLElement | null): void {
  const field = page?.querySelector<HTMLElement>(
    '.request-pane [role="tabpanel"] .field-value :is(input, select, textarea):not([tabindex="-1"])',
  );
  (field ?? page?.querySelector<HTMLElement>('.request-pane button[type="submit"]'))?.focus();
}
