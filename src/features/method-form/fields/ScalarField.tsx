import { useFormContext } from 'react-hook-form';
import type { ScalarSchema } from '../../../core/form-model/convert-scalar';
import { errorAt, fieldId } from './field-ids';

interface Props {
  name: string;
  label: string;
  schema: ScalarSchema;
  required: boolean;
  description?: string | undefined;
  /** Server-side message for this field (e.g. from a 422), shown until the user edits it. */
  serverError?: string | undefined;
}

/** One scalar input, chosen by type and format (select for enums and booleans, textarea for JSON). */
export function ScalarField({ name, label, schema, required, description, serverError }: Props) {
  const { register, formState } = useFormContext();
  const id = fieldId(name);
  const error = errorAt(formState.errors, name) ?? serverError;
  const describedBy =
    [description ? `${id}-desc` : '', error ? `${id}-err` : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-required': required || undefined,
    'aria-describedby': describedBy,
    ...register(name),
  };
  const options =
    schema.type === 'boolean'
      ? ['true', 'false']
      : 'enum' in schema && schema.enum
        ? schema.enum.map(String)
        : undefined;

  return (
    <div className="field">
      <div className="field-head">
        <label htmlFor={id}>{label}</label>
        {required && (
          <span className="required" aria-hidden="true">
            *
          </span>
        )}
        <span className="field-type" aria-hidden="true">
          {typeLabel(schema)}
        </span>
      </div>
      {options ? (
        <select {...common}>
          <option value="">— not set —</option>
          {options.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      ) : schema.type === 'json' ? (
        <textarea rows={5} spellCheck={false} className="mono" {...common} />
      ) : (
        <input
          type={schema.type === 'string' && schema.format === 'date' ? 'date' : 'text'}
          inputMode={schema.type === 'integer' ? 'numeric' : schema.type === 'number' ? 'decimal' : undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder={placeholder(schema)}
          {...common}
        />
      )}
      {description && (
        <p id={`${id}-desc`} className="field-desc">
          {description}
        </p>
      )}
      {error && (
        <p id={`${id}-err`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

function typeLabel(schema: ScalarSchema): string {
  if (schema.type === 'string' && schema.format) return schema.format;
  return schema.type;
}

function placeholder(schema: ScalarSchema): string | undefined {
  if (schema.type === 'string' && schema.format === 'date-time') return '2026-01-31T14:30:00-06:00';
  if (schema.type === 'string' && schema.format === 'email') return 'name@example.com';
  if ((schema.type === 'integer' || schema.type === 'number') && schema.default !== undefined) {
    return `default ${schema.default}`;
  }
  return undefined;
}
