import type { ArraySchema, ObjectSchema } from '../../core/catalog/types';
import { controlStarts } from '../../core/form-model/field-positions';
import { SchemaField } from './fields/SchemaField';
import { useRequiredKeys } from './fields/use-required-keys';
import { JsonBodyEditor } from './JsonBodyEditor';
import type { JsonBody } from './use-json-body';

interface Props {
  schema: ObjectSchema | ArraySchema;
  required: boolean;
  json: JsonBody;
  /** Where its first field is, in controls from the form's top. */
  at: number;
}

const NO_PROPERTIES: ObjectSchema = { type: 'object', properties: {} };

/** The JSON body: generated fields, or the same body as raw JSON (a toggle keeps both in sync). */
export function BodySection({ schema, required, json, at }: Props) {
  const object = schema.type === 'object' ? schema : NO_PROPERTIES;
  const entries = Object.entries(object.properties);
  const starts = controlStarts(Object.values(object.properties), at);
  const req = useRequiredKeys('body', object);
  return (
    <section className="body-section" aria-label="Request body">
      <div className="body-head">
        <label className="toggle-label">
          <input type="checkbox" checked={json.enabled} onChange={(e) => json.setEnabled(e.target.checked)} />
          Body as raw JSON
        </label>
        <span className="muted small">Fields marked * are required; empty optional fields are left out.</span>
      </div>
      {json.enabled ? (
        <JsonBodyEditor json={json} />
      ) : schema.type === 'array' ? (
        <SchemaField name="body" label="body" schema={schema} required={required} at={at} />
      ) : (
        entries.map(([key, child], i) => (
          <SchemaField
            key={key}
            name={`body.${key}`}
            label={key}
            schema={child}
            required={req.has(key)}
            at={starts[i] ?? at}
          />
        ))
      )}
    </section>
  );
}
