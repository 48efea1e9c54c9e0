import { useFieldId } from './field-context';
import { useFormContext, useWatch } from 'react-hook-form';
import type { ScalarSchema } from '../../../core/form-model/convert-scalar';
import { parseJsonText } from '../../../core/form-model/json-body';
import { describedBy, FieldShell } from './FieldShell';
import { useField } from './use-field';

interface Props {
  name: string;
  label: string;
  schema: ScalarSchema;
  required: boolean;
  description?: string | undefined;
}

/** Free-form JSON where the schema is open: a text editor that checks the JSON as you type and can tidy it. */
export function JsonField({ name, label, required, description }: Props) {
  const { control, setValue } = useFormContext();
  const { error, registration } = useField(name);
  const text = useWatch({ control, name }) as unknown;
  const parsed = typeof text === 'string' && text.trim() !== '' ? parseJsonText(text) : undefined;
  const live = parsed && !parsed.ok ? `${label}: ${parsed.error}` : undefined;
  const shown = error ?? live;
  const id = useFieldId(name);
  const desc = [description, 'JSON: strings in double quotes, e.g. "Blue" or ["A", "B"].'].filter(Boolean).join(' ');
  return (
    <FieldShell id={id} label={label} required={required} typeLabel="json" description={desc} error={shown}>
      <textarea
        id={id}
        rows={4}
        spellCheck={false}
        className="mono"
        aria-invalid={shown ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(id, desc, shown)}
        {...registration}
      />
      <div className="row-actions">
        <button
          type="button"
          disabled={!parsed?.ok}
          onClick={() => {
            if (parsed?.ok) setValue(name, JSON.stringify(parsed.value, null, 2), { shouldDirty: true });
          }}
        >
          Format {label}
        </button>
      </div>
    </FieldShell>
  );
}
