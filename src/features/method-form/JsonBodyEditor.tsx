import { useFormContext, useFormState } from 'react-hook-form';
import { listErrors } from './fields/field-ids';
import type { JsonBody } from './use-json-body';

/** The body as one JSON document, with line/column syntax errors and the schema's errors listed by path. */
export function JsonBodyEditor({ json }: { json: JsonBody }) {
  const { control } = useFormContext();
  const { errors } = useFormState({ control, name: 'body' });
  const schemaErrors = listErrors(errors.body);
  const problem = !json.parsed.ok ? json.parsed.error : undefined;
  const describedBy = ['json-body-help', problem || schemaErrors.length > 0 ? 'json-body-err' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor="json-body">Request body (JSON)</label>
      <textarea
        id="json-body"
        className="mono json-editor"
        rows={14}
        spellCheck={false}
        value={json.text}
        onChange={(e) => json.edit(e.target.value)}
        aria-invalid={problem || schemaErrors.length > 0 ? true : undefined}
        aria-describedby={describedBy}
      />
      <p id="json-body-help" className="field-desc">
        Edits here update the form; fields the method does not define are not sent.
      </p>
      {(problem || schemaErrors.length > 0) && (
        <div id="json-body-err" className="field-error">
          {problem && <p>Body: {problem}</p>}
          {schemaErrors.length > 0 && (
            <ul>
              {schemaErrors.map((e) => (
                <li key={e.path}>
                  <code>{e.path}</code>: {e.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {json.unknown.length > 0 && (
        <p className="field-warn" role="status">
          Not in this method’s schema, so not sent: {json.unknown.join(', ')}
        </p>
      )}
      {json.blocked && (
        <p className="field-error" role="alert">
          {json.blocked}
        </p>
      )}
    </div>
  );
}
