import { zodResolver } from '@hookform/resolvers/zod';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { FormProvider, useForm, type FieldErrors } from 'react-hook-form';
import type { MethodDef } from '../../core/catalog/types';
import { controlStarts } from '../../core/form-model/field-positions';
import { paramKey, type RawForm } from '../../core/form-model/raw-values';
import { methodFormSchema } from '../../core/form-model/to-zod';
import type { MethodValues } from '../../core/request/types';
import { useAfterFirstPaint } from '../../ui/use-after-first-paint';
import { BodySection } from './BodySection';
import { countErrors } from './fields/field-ids';
import { SchemaField } from './fields/SchemaField';
import { FieldContext } from './fields/field-context';
import { FirstScreenContext, firstScreenControls } from './fields/first-screen';
import { useFieldContext } from './use-field-context';
import { useJsonBody } from './use-json-body';

interface Props {
  method: MethodDef;
  initial: RawForm;
  emptyValues: RawForm;
  exampleValues: RawForm;
  busy: boolean;
  onSend: (values: MethodValues) => void;
  /** Called on every change with the raw values (for persistence); must not re-render the form. */
  onChange: (raw: RawForm) => void;
  serverErrors: ReadonlyMap<string, string>;
  /** Messages from the server that match no field. */
  unmatchedErrors: readonly string[];
}

/** The generic, schema-driven form: one component for every method. Memoised: the page re-renders around it. */
export const MethodForm = memo(function MethodForm(props: Props) {
  const { method, onChange } = props;
  const resolver = useMemo(() => zodResolver(methodFormSchema(method)), [method]);
  const form = useForm<RawForm, unknown, MethodValues>({
    resolver,
    defaultValues: props.initial,
    // Blur validation is done per field (see useFieldContext), so a click in progress is never disturbed.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    // Focus is moved by hand below: a collapsed group has to open before its field can take focus.
    shouldFocusError: false,
  });
  const body = method.api === 'v3' ? method.body : undefined;
  const json = useJsonBody(method, form, body);
  const [notSent, setNotSent] = useState<{ message: string; at: number } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const fieldContext = useFieldContext(form, props.serverErrors);
  const starts = useMemo(
    () => controlStarts([...method.params.map((p) => p.schema), ...(body ? [body] : [])], 0),
    [method, body],
  );
  // A large form paints its first screen first; the fields below it follow right after that paint.
  const [firstScreen] = useState(firstScreenControls);
  const painted = useAfterFirstPaint();
  const [revealedEarly, setRevealedEarly] = useState(false);
  const shownUpTo = painted || revealedEarly ? Infinity : firstScreen;
  // A key (e.g. Tab) or a send before that must find every field there: render them all now.
  const revealAll = () => {
    if (shownUpTo !== Infinity) flushSync(() => setRevealedEarly(true));
  };

  useEffect(() => {
    const sub = form.watch((values) => onChange(values as RawForm));
    return () => sub.unsubscribe();
  }, [form, onChange]);

  // After a refused send, the render that shows the errors has run: focus the first one, in page order.
  useEffect(() => {
    if (!notSent) return;
    // A macrotask later: the fields' own error renders are queued behind this one.
    const timer = setTimeout(() => {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid]')?.focus();
    }, 0);
    return () => clearTimeout(timer);
  }, [notSent]);

  const refuse = (message: string) => setNotSent({ message, at: Date.now() });
  const submit = form.handleSubmit(
    (values) => {
      setNotSent(null);
      props.onSend(values);
    },
    (errors: FieldErrors<RawForm>) => {
      const n = countErrors(errors);
      const where = json.enabled
        ? 'see the messages below the body and each field'
        : 'see the messages below each field';
      refuse(`Not sent: ${n} field${n === 1 ? ' needs' : 's need'} attention (${where}).`);
    },
  );
  const resetTo = (values: RawForm) => {
    form.reset(values);
    setNotSent(null);
    if (json.enabled) json.refresh();
  };

  return (
    <FormProvider {...form}>
      <FieldContext.Provider value={fieldContext}>
        <form
          ref={formRef}
          noValidate
          aria-label={`${method.summary} form`}
          onSubmit={(e) => {
            revealAll();
            // The form still holds the last valid body: sending it would not be what the editor shows.
            if (json.enabled && !json.parsed.ok) {
              e.preventDefault();
              refuse(`Not sent: the body is not valid JSON (${json.parsed.error}).`);
              return;
            }
            void submit(e);
          }}
          onKeyDownCapture={revealAll}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              formRef.current?.requestSubmit();
            }
          }}
        >
          {props.unmatchedErrors.length > 0 && (
            <div className="server-errors" role="alert">
              <p>The API reported:</p>
              <ul>
                {props.unmatchedErrors.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </div>
          )}
          {method.params.length === 0 && !body && <p className="muted">This method takes no parameters.</p>}
          {(method.params.length > 0 || body) && (
            <p className="muted small">
              Fields marked <span className="required">*</span> are required; empty optional fields are left out.
            </p>
          )}
          <FirstScreenContext.Provider value={shownUpTo}>
            {method.params.map((p, i) => (
              <SchemaField
                key={p.name}
                name={`params.${paramKey(i)}`}
                label={p.name}
                schema={p.schema}
                required={p.required ?? false}
                description={p.description}
                at={starts[i] ?? 0}
              />
            ))}
            {body && (
              <BodySection
                schema={body}
                required={(method.api === 'v3' && method.bodyRequired) || false}
                json={json}
                at={starts[method.params.length] ?? 0}
              />
            )}
          </FirstScreenContext.Provider>
          <div className="form-actions">
            <button type="submit" className="primary" disabled={props.busy}>
              {props.busy ? 'Sending…' : 'Send request'}
            </button>
            <button type="button" onClick={() => resetTo(props.exampleValues)}>
              Fill example
            </button>
            <button type="button" onClick={() => resetTo(props.emptyValues)}>
              Reset
            </button>
            <span className="muted kbd-hint">Ctrl/⌘ + Enter sends</span>
          </div>
          {notSent && (
            <p className="field-error" role="alert">
              {notSent.message}
            </p>
          )}
        </form>
      </FieldContext.Provider>
    </FormProvider>
  );
});
