import { useRef } from 'react';
import { useFieldArray, useFormContext, useFormState } from 'react-hook-form';
import type { ArraySchema } from '../../../core/catalog/types';
import { emptyRaw } from '../../../core/form-model/raw-values';
import { InlineMarkdown } from '../../../ui/markdown/InlineMarkdown';
import { errorAt } from './field-ids';
import { SchemaField } from './SchemaField';
import { useServerError, useFieldId } from './field-context';

interface Props {
  name: string;
  label: string;
  schema: ArraySchema;
  required: boolean;
  description?: string | undefined;
  /** Where it is, in controls from the form's top; its rows count as being there too. */
  at: number;
}

/** A list of rows (scalars as `{ value }`, or objects) with add, remove and move up/down. */
export function ArrayField({ name, label, schema, required, description, at }: Props) {
  const { control } = useFormContext();
  const { fields, append, remove, move } = useFieldArray({ control, name, keyName: '_key' });
  const { errors } = useFormState({ control, name, exact: true });
  const serverError = useServerError(name);
  const error = errorAt(errors, name) ?? serverError;
  const addRef = useRef<HTMLButtonElement>(null);
  const id = useFieldId(name);
  const item = schema.items;

  // Moving a row re-inserts its DOM node, which drops focus: put it back on the same button.
  const moveRow = (from: number, to: number, which: 'up' | 'down') => {
    move(from, to);
    requestAnimationFrame(() => {
      const target = document.getElementById(`${id}-${which}-${to}`);
      (target && !(target as HTMLButtonElement).disabled
        ? target
        : document.getElementById(`${id}-remove-${to}`)
      )?.focus();
    });
  };

  return (
    <fieldset className="group" id={id} aria-describedby={error ? `${id}-err` : undefined}>
      <legend>
        {label}
        {required && (
          <span className="required" aria-hidden="true">
            {' '}
            *
          </span>
        )}{' '}
        <span className="field-type">{item.type === 'object' ? 'list of objects' : `list of ${item.type}`}</span>
      </legend>
      {description && (
        <p className="field-desc">
          <InlineMarkdown text={description} />
        </p>
      )}
      {fields.map((row, i) => (
        <fieldset key={row._key} className="row" aria-label={`${label} ${i + 1}`}>
          {item.type === 'object' ? (
            Object.entries(item.properties).map(([key, child]) => (
              <SchemaField
                key={key}
                name={`${name}.${i}.${key}`}
                label={key}
                schema={child}
                required={(item.required ?? []).includes(key)}
                at={at}
              />
            ))
          ) : (
            <SchemaField
              name={`${name}.${i}.value`}
              label={`${label} ${i + 1}`}
              schema={item}
              required={false}
              at={at}
            />
          )}
          <div className="row-actions">
            <button
              type="button"
              id={`${id}-up-${i}`}
              onClick={() => moveRow(i, i - 1, 'up')}
              disabled={i === 0}
              aria-label={`Move ${label} ${i + 1} up`}
            >
              ↑
            </button>
            <button
              type="button"
              id={`${id}-down-${i}`}
              onClick={() => moveRow(i, i + 1, 'down')}
              disabled={i === fields.length - 1}
              aria-label={`Move ${label} ${i + 1} down`}
            >
              ↓
            </button>
            <button
              type="button"
              id={`${id}-remove-${i}`}
              onClick={() => {
                remove(i);
                addRef.current?.focus();
              }}
            >
              Remove {label} {i + 1}
            </button>
          </div>
        </fieldset>
      ))}
      <button
        type="button"
        ref={addRef}
        data-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-err` : undefined}
        onClick={() => append(item.type === 'object' ? emptyRaw(item) : { value: '' })}
      >
        Add {label} item
      </button>
      {error && (
        <p id={`${id}-err`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
