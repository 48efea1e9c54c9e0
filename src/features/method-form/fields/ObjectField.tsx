import { useState } from 'react';
import { useFormContext, useFormState } from 'react-hook-form';
import type { ObjectSchema } from '../../../core/catalog/types';
import { fieldId, hasErrorUnder } from './field-ids';
import { SchemaField } from './SchemaField';

interface Props {
  name: string;
  label: string;
  schema: ObjectSchema;
  required: boolean;
  description?: string | undefined;
}

/** A nested object as a collapsible group; it opens by itself when one of its fields has an error. */
export function ObjectField({ name, label, schema, required, description }: Props) {
  const [open, setOpen] = useState(true);
  const { control } = useFormContext();
  const { errors } = useFormState({ control, name });
  const shown = open || hasErrorUnder(errors, name);
  const id = fieldId(name);
  const req = new Set(schema.required ?? []);
  return (
    <fieldset className="group" aria-labelledby={`${id}-legend`}>
      <legend id={`${id}-legend`}>
        {label}
        {required && (
          <span className="required" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </legend>
      <button
        type="button"
        className="link-button toggle"
        aria-expanded={shown}
        aria-controls={`${id}-fields`}
        onClick={() => setOpen(!shown)}
      >
        {shown ? `Collapse ${label}` : `Expand ${label}`}
      </button>
      {description && <p className="field-desc">{description}</p>}
      <div id={`${id}-fields`} hidden={!shown}>
        {Object.entries(schema.properties).map(([key, child]) => (
          <SchemaField key={key} name={`${name}.${key}`} label={key} schema={child} required={req.has(key)} />
        ))}
      </div>
    </fieldset>
  );
}
