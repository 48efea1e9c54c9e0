import { zodResolver } from '@hookform/resolvers/zod';
import {
  memo,
  useCallback,
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type ReactNode,
  type Ref,
} from 'react';
import { flushSync } from 'react-dom';
import { FormProvider, useForm, type FieldErrors } from 'react-hook-form';
import type { MethodDef } from '../../core/catalog/types';
import type { RawForm } from '../../core/form-model/raw-values';
import { methodFormSchema } from '../../core/form-model/to-zod';
import type { MethodValues, PreparedRequest } from '../../core/request/types';
import { useAfterFirstPaint } from '../../ui/use-after-first-paint';
import { BodySection } from './BodySection';
import { EditorPanel, EditorTabs } from './EditorTabs';
import { countErrors } from './fields/field-ids';
import { FieldContext } from './fields/field-context';
import { FirstScreenContext, firstScreenControls } from './fields/first-screen';
import { HeadersTab } from './HeadersTab';
import { ParamsTab } from './ParamsTab';
import { RequestBar } from './RequestBar';
import { RequestMessages } from './RequestMessages';
import { SendLock } from './send-lock';
import { useFieldContext } from './use-field-context';
import { useEditorTabs, type TabId } from './use-editor-tabs';
import { useJsonBody } from './use-json-body';
import './RequestEditor.css';

/**
 * What the app can do to a mounted editor, through `ref`:
 * - `setValues(raw)` replaces every value as if the user had typed them (persisted through `onChange`,
 *   the prepared request follows) — e.g. paging setting `offset`, "Reopen in form";
 * - `getValues()` reads the current raw values.
 */
export interface RequestEditorHandle {
  setValues: (raw: RawForm) => void;
  getValues: () => RawForm;
}

export interface RequestEditorProps {
  method: MethodDef;
  initial: RawForm;
  emptyValues: RawForm;
  exampleValues: RawForm;
  /** The request the current values would send (see usePreparedRequest); null while it is being prepared. */
  request: PreparedRequest | null;
  /** A call is in flight: Send becomes Cancel and no second send can start. */
  busy: boolean;
  onSend: (values: MethodValues) => void;
  onCancel?: () => void;
  /** Called on every change with the raw values (for persistence); must not re-render the editor. */
  onChange: (raw: RawForm) => void;
  serverErrors: ReadonlyMap<string, string>;
  /** Messages from the server that match no field. */
  unmatchedErrors: readonly string[];
  /** The Docs and Code tabs' content (features do not import each other: the app passes them). */
  docs?: ReactNode;
  code?: ReactNode;
  /** Focus the first field on mount (Send when the method has none). */
  autoFocus?: boolean;
  ref?: Ref<RequestEditorHandle>;
}

const ID = 'req';

/**
 * The request pane: a fixed request bar (method, URL as sent, Send/Cancel) over tabs — Params (a
 * compact table), Body (generated fields or raw JSON), Headers, Docs, Code. Fills its container; the
 * active tab scrolls on its own. Memoised: the page re-renders around it.
 */
export const RequestEditor = memo(function RequestEditor(props: RequestEditorProps) {
  const { method, onChange, busy } = props;
  const resolver = useMemo(() => zodResolver(methodFormSchema(method)), [method]);
  const form = useForm<RawForm, unknown, MethodValues>({
    resolver,
    defaultValues: props.initial,
    // Blur validation is done per field (see useFieldContext), so a click in progress is never disturbed.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    // Focus is moved by hand: the field may sit in another tab or a collapsed group.
    shouldFocusError: false,
  });
  const body = method.api === 'v3' ? method.body : undefined;
  const json = useJsonBody(method, form, body);
  const [notSent, setNotSent] = useState<{ message: string; at: number } | null>(null);
  const [onlySet, setOnlySet] = useState<readonly number[] | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const sendRef = useRef<HTMLButtonElement>(null);
  const fieldContext = useFieldContext(form, props.serverErrors);
  const lock = useRef(new SendLock());

  const { tabs, active, selectTab } = useEditorTabs(method, {
    headers: props.request?.headers.length,
    docs: Boolean(props.docs),
    code: Boolean(props.code),
  });

  // A large form paints its first screen first; the fields below it follow right after that paint.
  const [firstScreen] = useState(firstScreenControls);
  const painted = useAfterFirstPaint();
  const [revealedEarly, setRevealedEarly] = useState(false);
  const shownUpTo = painted || revealedEarly ? Infinity : firstScreen;
  const revealAll = () => {
    if (shownUpTo !== Infinity) flushSync(() => setRevealedEarly(true));
  };

  useEffect(() => {
    const sub = form.watch((values) => onChange(values as RawForm));
    return () => sub.unsubscribe();
  }, [form, onChange]);

  useEffect(() => lock.current.busyChanged(busy), [busy]);

  useEffect(() => {
    if (!props.autoFocus) return;
    // Once the browser is idle after the first paint (at most 150 ms later): focusing forces a layout,
    // which would otherwise delay the editor's first paint and the fields rendered right after it.
    // If focus moved in the meantime (the page focused the field already, or the user pressed Esc or `/`),
    // it stays where it went: a late focus must never pull the user back.
    const focusedBefore = document.activeElement;
    const focus = () => {
      if (document.activeElement !== focusedBefore && document.activeElement !== document.body) return;
      const first = formRef.current?.querySelector<HTMLElement>(
        '[role="tabpanel"] .field-value :is(input, select, textarea):not([tabindex="-1"])',
      );
      (first ?? sendRef.current)?.focus();
    };
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(focus, 50);
      return () => clearTimeout(timer);
    }
    const idle = requestIdleCallback(focus, { timeout: 150 });
    return () => cancelIdleCallback(idle);
    // On mount only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // A 422 pointing at a field in the other tab: show that tab, so the message is seen where it belongs.
  useEffect(() => {
    const first = [...props.serverErrors.keys()][0];
    if (!first) return;
    setOnlySet(null);
    if (first.startsWith('params.') && active !== 'params') selectTab('params');
    else if (first.startsWith('body') && active !== 'body' && body) selectTab('body');
    // Only when new server errors arrive.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.serverErrors]);

  // After a refused send, the render that shows the errors has run: focus the first one, in page order.
  useEffect(() => {
    if (!notSent) return;
    // A macrotask later: the fields' own error renders are queued behind this one.
    const timer = setTimeout(() => {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid]:not(.field-row)')?.focus();
    }, 0);
    return () => clearTimeout(timer);
  }, [notSent]);

  const refuse = (message: string) => {
    lock.current.refused();
    setNotSent({ message, at: Date.now() });
  };
  const submit = form.handleSubmit(
    (values) => {
      setNotSent(null);
      lock.current.sent(Date.now());
      props.onSend(values);
    },
    (errors: FieldErrors<RawForm>) => {
      const n = countErrors(errors);
      // Show the tab holding the first error (params come first on the page).
      const where: TabId = errors.params && Object.keys(errors.params).length > 0 ? 'params' : 'body';
      setOnlySet(null);
      if (tabs.some((t) => t.id === where)) selectTab(where);
      const hint = json.enabled && where === 'body' ? 'see the messages below the body' : 'see the message in each row';
      refuse(`Not sent: ${n} field${n === 1 ? ' needs' : 's need'} attention (${hint}).`);
    },
  );
  const resetTo = useCallback(
    (values: RawForm) => {
      form.reset(values);
      onChange(values);
      setNotSent(null);
      if (json.enabled) json.refresh();
    },
    [form, onChange, json],
  );

  const inForm = active !== 'docs' && active !== 'code';

  useImperativeHandle(props.ref, () => ({ setValues: resetTo, getValues: () => form.getValues() }), [resetTo, form]);

  return (
    <FormProvider {...form}>
      <FieldContext.Provider value={fieldContext}>
        <div
          className="request-editor"
          onKeyDownCapture={revealAll}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              if (!busy) formRef.current?.requestSubmit();
            }
          }}
        >
          {/* Docs and Code render outside the form: their own buttons must never submit it. */}
          <form
            ref={formRef}
            noValidate
            className={inForm ? 'request-form' : 'request-form collapsed'}
            aria-label={`${method.summary} form`}
            onSubmit={(e) => {
              e.preventDefault();
              // Synchronous guard: the second click of a double-click arrives before busy has rendered.
              if (!lock.current.acquire(busy, Date.now())) return;
              revealAll();
              // The form still holds the last valid body: sending it would not be what the editor shows.
              if (json.enabled && !json.parsed.ok) {
                selectTab('body');
                refuse(`Not sent: the body is not valid JSON (${json.parsed.error}).`);
                return;
              }
              void submit(e);
            }}
          >
            <RequestBar
              http={method.http}
              kind={method.kind}
              request={props.request}
              busy={busy}
              onCancel={props.onCancel}
              sendRef={sendRef}
            />
            <RequestMessages notSent={notSent?.message} unmatched={props.unmatchedErrors} />
            <EditorTabs
              idPrefix={ID}
              tabs={tabs}
              active={active}
              onSelect={selectTab}
              actions={
                <>
                  <button type="button" className="small-button" onClick={() => resetTo(props.exampleValues)}>
                    Fill example
                  </button>
                  <button type="button" className="small-button" onClick={() => resetTo(props.emptyValues)}>
                    Reset
                  </button>
                </>
              }
            />
            {inForm && (
              <EditorPanel idPrefix={ID} id={active}>
                <FirstScreenContext.Provider value={shownUpTo}>
                  {active === 'params' && <ParamsTab method={method} onlySet={onlySet} onOnlySet={setOnlySet} />}
                  {active === 'body' && body && (
                    <BodySection
                      schema={body}
                      required={(method.api === 'v3' && method.bodyRequired) || false}
                      json={json}
                      at={0}
                    />
                  )}
                </FirstScreenContext.Provider>
                {active === 'headers' && <HeadersTab request={props.request} />}
              </EditorPanel>
            )}
          </form>
          {!inForm && (
            <EditorPanel idPrefix={ID} id={active}>
              {active === 'docs' ? props.docs : props.code}
            </EditorPanel>
          )}
        </div>
      </FieldContext.Provider>
    </FormProvider>
  );
});
