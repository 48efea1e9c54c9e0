import type { ArraySchema, ObjectSchema } from '../../core/catalog/types';
import { controlStarts } from '../../core/form-model/field-positions';
import { SchemaField } from './fields/SchemaField';
import { JsonBodyEditor } from './JsonBodyEditor';
import type { JsonBody } from './use-json-body';

interface Props {
  schema: ObjectSchema | ArraySchema;
  required: boolean;
  json: JsonBody;
  /** Where its first field is, in controls from the form's top. */
  at: number;
}

/** The JSON body: generated fields, or the same body as raw JSON (a toggle keeps both in sync). */
export function BodySection({ schema, required, json, at }: Props) {
  const entries = schema.type === 'object' ? Object.entries(schema.properties) : [];
  const starts = controlStarts(schema.type === 'object' ? Object.values(schema.properties) : [], at);
  return (
    <section className="body-section" aria-label="Request body">
      <div className="body-head">
        <h3>Body</h3>
        <label className="toggle-label">
          <input type="checkbox" checked={json.enabled} onChange={(e) => json.setEnabled(e.target.checked)} />
          Body as raw JSON
        </label>
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
            required={(schema.required ?? []).includes(key)}
            at={starts[i] ?? at}
          />
        ))
      )}
    </section>
  );
}
