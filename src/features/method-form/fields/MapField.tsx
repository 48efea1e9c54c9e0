import { useFieldId } from './field-context';
import { useRef } from 'react';
import { useFieldArray, useFormContext, useFormState, useWatch } from 'react-hook-form';
import type { MapSchema } from '../../../core/catalog/types';
import { InlineMarkdown } from '../../../ui/markdown/InlineMarkdown';
import { errorAt } from './field-ids';
import { useField } from './use-field';

interface Props {
  name: string;
  label: string;
  schema: MapSchema;
  required: boolean;
  description?: string | undefined;
}

/**
 * Bracketed parameters (`p[1]=1`, `field[%PERS_1%,0]=Blue`) as key/value
 * rows; each row shows the exact wire name it becomes.
 */
export function MapField({ name, label, schema, required, description }: Props) {
  const { control } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name, keyName: '_key' });
  const { errors } = useFormState({ control, name, exact: true });
  const error = errorAt(errors, name);
  const id = useFieldId(name);
  const addRef = useRef<HTMLButtonElement>(null);
  return (
    <fieldset className="group" id={id}>
      <legend>
        {label}[…]
        {required && (
          <span className="required" aria-hidden="true">
            {' '}
            *
          </span>
        )}{' '}
        <span className="field-type">{schema.keyLabel} → value</span>
      </legend>
      {description && (
        <p className="field-desc">
          <InlineMarkdown text={description} />
        </p>
      )}
      {fields.map((row, i) => (
        <MapRow
          key={row._key}
          name={`${name}.${i}`}
          label={label}
          index={i}
          schema={schema}
          onRemove={() => {
            remove(i);
            addRef.current?.focus();
          }}
        />
      ))}
      <button
        type="button"
        ref={addRef}
        data-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-err` : undefined}
        onClick={() => append({ key: '', value: '' })}
      >
        Add {label} entry
      </button>
      {error && (
        <p id={`${id}-err`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

interface RowProps {
  name: string;
  label: string;
  index: number;
  schema: MapSchema;
  onRemove: () => void;
}

function MapRow({ name, label, index, schema, onRemove }: RowProps) {
  const { control } = useFormContext();
  const key = useField(`${name}.key`);
  const value = useField(`${name}.value`);
  const keyText = useWatch({ control, name: `${name}.key` }) as unknown;
  const keyId = useFieldId(`${name}.key`);
  const valueId = useFieldId(`${name}.value`);
  const n = index + 1;
  const wire = `${label}[${typeof keyText === 'string' && keyText !== '' ? keyText : '…'}]`;
  const valueEnum = 'enum' in schema.value ? schema.value.enum : undefined;
  return (
    <div className="map-row-wrap">
      <div className="map-row">
        <label htmlFor={keyId} className="sr-only">{`${label} key ${n}`}</label>
        {schema.keyEnum ? (
          <select
            id={keyId}
            aria-invalid={key.error ? true : undefined}
            aria-describedby={key.error ? `${keyId}-err` : undefined}
            {...key.registration}
          >
            <option value="">— {schema.keyLabel} —</option>
            {schema.keyEnum.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        ) : (
          <input
            id={keyId}
            className="mono"
            placeholder={schema.keyLabel}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={key.error ? true : undefined}
            aria-describedby={key.error ? `${keyId}-err` : undefined}
            {...key.registration}
          />
        )}
        <span aria-hidden="true">=</span>
        <label htmlFor={valueId} className="sr-only">{`${label} value ${n}`}</label>
        {valueEnum ? (
          <select
            id={valueId}
            aria-invalid={value.error ? true : undefined}
            aria-describedby={`${valueId}-wire${value.error ? ` ${valueId}-err` : ''}`}
            {...value.registration}
          >
            <option value="">— value —</option>
            {valueEnum.map((v) => (
              <option key={String(v)} value={String(v)}>
                {String(v)}
              </option>
            ))}
          </select>
        ) : (
          <input
            id={valueId}
            className="mono"
            autoComplete="off"
            spellCheck={false}
            aria-invalid={value.error ? true : undefined}
            aria-describedby={`${valueId}-wire${value.error ? ` ${valueId}-err` : ''}`}
            {...value.registration}
          />
        )}
        <button type="button" onClick={onRemove} aria-label={`Remove ${label} entry ${n}`}>
          ✕
        </button>
      </div>
      <p id={`${valueId}-wire`} className="field-desc mono">
        sent as {wire}
      </p>
      {key.error && (
        <p id={`${keyId}-err`} className="field-error">
          {key.error}
        </p>
      )}
      {value.error && (
        <p id={`${valueId}-err`} className="field-error">
          {value.error}
        </p>
      )}
    </div>
  );
}
