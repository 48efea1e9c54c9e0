import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { FormProvider, useForm, type FieldErrors } from 'react-hook-form';
import type { MethodDef } from '../../core/catalog/types';
import { paramKey, type RawForm } from '../../core/form-model/raw-values';
import { methodFormSchema } from '../../core/form-model/to-zod';
import type { MethodValues } from '../../core/request/types';
import { SchemaField } from './fields/SchemaField';
import { countErrors } from './count-errors';

interface Props {
  method: MethodDef;
  initial: RawForm;
  emptyValues: RawForm;
  exampleValues: RawForm;
  busy: boolean;
  onSend: (values: MethodValues) => void;
  /** Called on every change with the raw values (for the live preview and persistence). */
  onChange: (raw: RawForm) => void;
  serverErrors: ReadonlyMap<string, string>;
  /** Messages from the server that match no field. */
  unmatchedErrors: readonly string[];
  /** Rendered beside the form, e.g. the request preview. */
  aside?: ReactNode;
}

/** The generic, schema-driven form: one component for every method. */
export function MethodForm(props: Props) {
  const { method } = props;
  const resolver = useMemo(() => zodResolver(methodFormSchema(method)), [method]);
  const form = useForm<RawForm, unknown, MethodValues>({
    resolver,
    defaultValues: props.initial,
    mode: 'onBlur',
    reValidateMode: 'onChange',
    shouldFocusError: true,
  });
  const [notSent, setNotSent] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const { onChange } = props;

  useEffect(() => {
    const sub = form.watch((values) => onChange(values as RawForm));
    return () => sub.unsubscribe();
  }, [form, onChange]);

  const submit = form.handleSubmit(
    (values) => {
      setNotSent(null);
      props.onSend(values);
    },
    (errors: FieldErrors<RawForm>) => {
      const n = countErrors(errors);
      setNotSent(`Not sent: ${n} field${n === 1 ? ' needs' : 's need'} attention (see the messages below each field).`);
    },
  );

  const body = method.api === 'v3' ? method.body : undefined;
  return (
    <FormProvider {...form}>
      <form
        ref={formRef}
        noValidate
        aria-label={`${method.summary} form`}
        onSubmit={(e) => void submit(e)}
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
        {method.params.map((p, i) => (
          <SchemaField
            key={p.name}
            name={`params.${paramKey(i)}`}
            label={p.name}
            schema={p.schema}
            required={p.required ?? false}
            description={p.description}
            serverErrors={props.serverErrors}
          />
        ))}
        {body &&
          Object.entries(body.properties).map(([key, schema]) => (
            <SchemaField
              key={key}
              name={`body.${key}`}
              label={key}
              schema={schema}
              required={(body.required ?? []).includes(key)}
              serverErrors={props.serverErrors}
            />
          ))}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={props.busy}>
            {props.busy ? 'Sending…' : 'Send request'}
          </button>
          <button type="button" onClick={() => form.reset(props.exampleValues)}>
            Fill example
          </button>
          <button type="button" onClick={() => form.reset(props.emptyValues)}>
            Reset
          </button>
          <span className="muted kbd-hint">Ctrl/⌘ + Enter sends</span>
        </div>
        {notSent && (
          <p className="field-error" role="alert">
            {notSent}
          </p>
        )}
      </form>
      {props.aside}
    </FormProvider>
  );
}
