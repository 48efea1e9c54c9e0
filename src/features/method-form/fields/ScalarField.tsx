import { useFormContext } from 'react-hook-form';
import type { ScalarSchema } from '../../../core/form-model/convert-scalar';
import { formatDateTime, rangeHint } from '../../../core/form-model/date-format';
import { fieldId } from './field-ids';
import { describedBy, FieldShell } from './FieldShell';
import { JsonField } from './JsonField';
import { useField } from './use-field';

interface Props {
  name: string;
  label: string;
  schema: ScalarSchema;
  required: boolean;
  description?: string | undefined;
}

type Control = 'select' | 'json' | 'number' | 'date' | 'date-time' | 'email' | 'url' | 'password' | 'text';

/** The control for a scalar, looked up on type + format with a text fallback (as Swagger UI does). */
function controlFor(schema: ScalarSchema): Control {
  switch (schema.type) {
    case 'boolean':
      return 'select';
    case 'json':
      return 'json';
    case 'integer':
    case 'number':
      return schema.enum ? 'select' : 'number';
    case 'string':
      if (schema.enum) return 'select';
      return schema.format ?? 'text';
  }
}

/** One scalar input: text, email, URL, number with its range, select, date, date-time or JSON. */
export function ScalarField(props: Props) {
  const { schema } = props;
  const control = controlFor(schema);
  if (control === 'json') return <JsonField {...props} />;
  return <InputField {...props} control={control} />;
}

function InputField({ name, label, schema, required, description, control }: Props & { control: Control }) {
  const { setValue } = useFormContext();
  const { error, registration } = useField(name);
  const id = fieldId(name);
  const range = schema.type === 'integer' || schema.type === 'number' ? rangeHint(schema.minimum, schema.maximum) : '';
  const desc = [description, range ? `Allowed: ${range}.` : '', formatHint(control)].filter(Boolean).join(' ');
  const common = {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-required': required || undefined,
    'aria-describedby': describedBy(id, desc, error),
    ...registration,
  };
  return (
    <FieldShell
      id={id}
      label={label}
      required={required}
      typeLabel={typeLabel(schema)}
      description={desc}
      error={error}
    >
      {control === 'select' ? (
        <select {...common}>
          <option value="">— not set —</option>
          {options(schema).map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      ) : control === 'number' && (schema.type === 'integer' || schema.type === 'number') ? (
        <input
          type="number"
          step={schema.type === 'integer' ? 1 : 'any'}
          min={schema.minimum}
          max={schema.maximum}
          placeholder={schema.default !== undefined ? `default ${schema.default}` : undefined}
          {...common}
        />
      ) : control === 'date-time' ? (
        <div className="inline-control">
          <input
            type="text"
            autoComplete="off"
            spellCheck={false}
            placeholder="2026-01-31T14:30:00-06:00"
            {...common}
          />
          <button
            type="button"
            aria-label={`Set ${label} to now`}
            onClick={() => setValue(name, formatDateTime(new Date()), { shouldDirty: true, shouldValidate: true })}
          >
            Now
          </button>
        </div>
      ) : (
        <input
          type={control === 'text' ? 'text' : control}
          autoComplete="off"
          spellCheck={false}
          placeholder={control === 'email' ? 'name@example.com' : control === 'url' ? 'https://' : undefined}
          {...common}
        />
      )}
    </FieldShell>
  );
}

function options(schema: ScalarSchema): string[] {
  if (schema.type === 'boolean') return ['true', 'false'];
  return 'enum' in schema && schema.enum ? schema.enum.map(String) : [];
}

function formatHint(control: Control): string {
  if (control === 'date') return 'Format: YYYY-MM-DD.';
  if (control === 'date-time') return 'Format: YYYY-MM-DDTHH:MM:SS with the offset, e.g. -06:00.';
  return '';
}

function typeLabel(schema: ScalarSchema): string {
  if (schema.type === 'string' && schema.format) return schema.format;
  return schema.type;
}
