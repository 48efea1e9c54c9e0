import { useFieldId } from './field-context';
import { useState } from 'react';
import { useFormContext, useFormState } from 'react-hook-form';
import type { ObjectSchema } from '../../../core/catalog/types';
import { controlStarts } from '../../../core/form-model/field-positions';
import { InlineMarkdown } from '../../../ui/markdown/InlineMarkdown';
import { hasErrorUnder } from './field-ids';
import { SchemaField } from './SchemaField';
import { useRequiredKeys } from './use-required-keys';

interface Props {
  name: string;
  label: string;
  schema: ObjectSchema;
  required: boolean;
  description?: string | undefined;
  /** Where its first field is, in controls from the form's top. */
  at: number;
}

/** A nested object as a collapsible group; it opens by itself when one of its fields has an error. */
export function ObjectField({ name, label, schema, required, description, at }: Props) {
  const [open, setOpen] = useState(true);
  const { control } = useFormContext();
  const { errors } = useFormState({ control, name });
  const shown = open || hasErrorUnder(errors, name);
  const id = useFieldId(name);
  const req = useRequiredKeys(name, schema);
  const entries = Object.entries(schema.properties);
  const starts = controlStarts(Object.values(schema.properties), at);
  return (
    <fieldset className="group" aria-labelledby={`${id}-legend`}>
      <legend className="group-head">
        <button
          type="button"
          className="group-toggle"
          aria-expanded={shown}
          aria-controls={`${id}-fields`}
          aria-label={shown ? `Collapse ${label}` : `Expand ${label}`}
          onClick={() => setOpen(!shown)}
        >
          <span aria-hidden="true">{shown ? '▾' : '▸'}</span>
        </button>
        <span id={`${id}-legend`}>{label}</span>
        {required && (
          <span className="required" aria-hidden="true">
            {' '}
            *
          </span>
        )}{' '}
        <span className="field-type">object</span>
        {description && (
          <span className="group-desc">
            <InlineMarkdown text={description} />
          </span>
        )}
      </legend>
      <div id={`${id}-fields`} hidden={!shown}>
        {entries.map(([key, child], i) => (
          <SchemaField
            key={key}
            name={`${name}.${key}`}
            label={key}
            schema={child}
            required={req.has(key)}
            at={starts[i] ?? at}
          />
        ))}
      </div>
    </fieldset>
  );
}
