import type { ArraySchema, ObjectSchema } from '../../core/catalog/types';
import { SchemaField } from './fields/SchemaField';
import { JsonBodyEditor } from './JsonBodyEditor';
import type { JsonBody } from './use-json-body';

interface Props {
  schema: ObjectSchema | ArraySchema;
  required: boolean;
  json: JsonBody;
}

/** The JSON body: generated fields, or the same body as raw JSON (a toggle keeps both in sync). */
export function BodySection({ schema, required, json }: Props) {
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
        <SchemaField name="body" label="body" schema={schema} required={required} />
      ) : (
        Object.entries(schema.properties).map(([key, child]) => (
          <SchemaField
            key={key}
            name={`body.${key}`}
            label={key}
            schema={child}
            required={(schema.required ?? []).includes(key)}
          />
        ))
      )}
    </section>
  );
}
