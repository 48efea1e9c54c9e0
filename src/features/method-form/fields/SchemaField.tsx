import { useFieldArray, useFormContext } from 'react-hook-form';
import type { MapSchema, ObjectSchema, Schema } from '../../../core/catalog/types';
import { emptyRaw } from '../../../core/form-model/raw-values';
import { ScalarField } from './ScalarField';
import { fieldId } from './field-ids';

export interface SchemaFieldProps {
  name: string;
  label: string;
  schema: Schema;
  required: boolean;
  description?: string | undefined;
  serverErrors: ReadonlyMap<string, string>;
}

/** Renders any schema: a lookup on type, recursing into objects and arrays. */
export function SchemaField(props: SchemaFieldProps) {
  const { schema } = props;
  switch (schema.type) {
    case 'object':
      return <ObjectField {...props} schema={schema} />;
    case 'array':
      return <ArrayField {...props} />;
    case 'map':
      return <MapField {...props} schema={schema} />;
    default:
      return (
        <ScalarField
          name={props.name}
          label={props.label}
          schema={schema}
          required={props.required}
          description={props.description ?? schema.description}
          serverError={props.serverErrors.get(props.name)}
        />
      );
  }
}

function ObjectField({ name, label, schema, required, serverErrors }: SchemaFieldProps & { schema: ObjectSchema }) {
  const req = new Set(schema.required ?? []);
  return (
    <fieldset className="group">
      <legend>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </legend>
      {schema.description && <p className="field-desc">{schema.description}</p>}
      {Object.entries(schema.properties).map(([key, child]) => (
        <SchemaField
          key={key}
          name={`${name}.${key}`}
          label={key}
          schema={child}
          required={req.has(key)}
          serverErrors={serverErrors}
        />
      ))}
    </fieldset>
  );
}

function ArrayField({ name, label, schema, serverErrors, description }: SchemaFieldProps) {
  const { control } = useFormContext();
  const { fields, append, remove, move } = useFieldArray({ control, name, keyName: '_key' });
  if (schema.type !== 'array') return null;
  const item = schema.items;
  return (
    <fieldset className="group" id={fieldId(name)}>
      <legend>{label}</legend>
      {(description ?? schema.description) && <p className="field-desc">{description ?? schema.description}</p>}
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
                serverErrors={serverErrors}
              />
            ))
          ) : (
            <SchemaField
              name={`${name}.${i}.value`}
              label={`${label} ${i + 1}`}
              schema={item}
              required={false}
              serverErrors={serverErrors}
            />
          )}
          <div className="row-actions">
            <button
              type="button"
              onClick={() => move(i, i - 1)}
              disabled={i === 0}
              aria-label={`Move ${label} ${i + 1} up`}
            >
              ↑
            </button>
            <button
              type="button"
              onClick={() => move(i, i + 1)}
              disabled={i === fields.length - 1}
              aria-label={`Move ${label} ${i + 1} down`}
            >
              ↓
            </button>
            <button type="button" onClick={() => remove(i)}>
              Remove {label} {i + 1}
            </button>
          </div>
        </fieldset>
      ))}
      <button type="button" onClick={() => append(item.type === 'object' ? emptyRaw(item) : { value: '' })}>
        Add {label} item
      </button>
    </fieldset>
  );
}

function MapField({ name, label, schema, serverErrors }: SchemaFieldProps & { schema: MapSchema }) {
  const { control, register } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name, keyName: '_key' });
  return (
    <fieldset className="group" id={fieldId(name)}>
      <legend>
        {label}[…] <span className="field-type">{schema.keyLabel} → value</span>
      </legend>
      {schema.description && <p className="field-desc">{schema.description}</p>}
      {fields.map((row, i) => (
        <div key={row._key} className="map-row">
          <label>
            <span className="sr-only">{`${label} key ${i + 1}`}</span>
            <input
              className="mono"
              placeholder={schema.keyLabel}
              aria-label={`${label} key ${i + 1}`}
              {...register(`${name}.${i}.key`)}
            />
          </label>
          <span aria-hidden="true">=</span>
          <label>
            <span className="sr-only">{`${label} value ${i + 1}`}</span>
            <input className="mono" aria-label={`${label} value ${i + 1}`} {...register(`${name}.${i}.value`)} />
          </label>
          <button type="button" onClick={() => remove(i)} aria-label={`Remove ${label} entry ${i + 1}`}>
            ✕
          </button>
          {serverErrors.get(`${name}.${i}.value`) && (
            <p className="field-error">{serverErrors.get(`${name}.${i}.value`)}</p>
          )}
        </div>
      ))}
      <button type="button" onClick={() => append({ key: '', value: '' })}>
        Add {label} entry
      </button>
    </fieldset>
  );
}
