import { useFieldId } from './field-context';
import { useRef, type InputHTMLAttributes } from 'react';
import { useFormContext } from 'react-hook-form';
import type { ScalarSchema } from '../../../core/form-model/convert-scalar';
import { formatDateTime, rangeHint } from '../../../core/form-model/date-format';
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
  const id = useFieldId(name);
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
      ) : control === 'date' ? (
        <DateControl name={name} label={label} common={common} />
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

/**
 * A date typed as YYYY-MM-DD — the format the help promises and the API takes — with a button that
 * opens the browser's calendar; a native date input would show the locale's format (mm/dd/yyyy).
 */
function DateControl({
  name,
  label,
  common,
}: {
  name: string;
  label: string;
  common: InputHTMLAttributes<HTMLInputElement> & { ref: (el: HTMLInputElement | null) => void };
}) {
  const { setValue, getValues } = useFormContext();
  const picker = useRef<HTMLInputElement>(null);
  return (
    <div className="inline-control date-control">
      <input
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        placeholder="YYYY-MM-DD"
        pattern="\d{4}-\d{2}-\d{2}"
        {...common}
      />
      {/* The calendar's own input: never focused or announced; its value is always YYYY-MM-DD. */}
      <input
        ref={picker}
        type="date"
        className="date-picker-proxy"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(e) => setValue(name, e.target.value, { shouldDirty: true, shouldValidate: true })}
      />
      <button
        type="button"
        className="icon-button"
        aria-label={`Pick ${label} from a calendar`}
        title="Pick from a calendar"
        onClick={() => {
          const el = picker.current;
          if (!el) return;
          const current = getValues(name) as unknown;
          el.value = typeof current === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(current) ? current : '';
          try {
            el.showPicker();
          } catch {
            el.focus(); // browsers without showPicker
          }
        }}
      >
        <span aria-hidden="true">▦</span>
      </button>
    </div>
  );
}
