import { lazy, Suspense } from 'react';
import { useFormContext, useFormState } from 'react-hook-form';
import { listErrors } from './fields/field-ids';
import type { JsonBody } from './use-json-body';

// CodeMirror is loaded when raw mode is first switched on, so it stays out of the first load.
const JsonCodeEditor = lazy(() => import('./json-editor/JsonCodeEditor'));

/** The body as one JSON document, with line/column syntax errors and the schema's errors listed by path. */
export function JsonBodyEditor({ json }: { json: JsonBody }) {
  const { control } = useFormContext();
  const { errors } = useFormState({ control, name: 'body' });
  const schemaErrors = listErrors(errors.body);
  const problem = !json.parsed.ok ? json.parsed.error : undefined;
  const invalid = Boolean(problem) || schemaErrors.length > 0;
  const describedBy = [invalid ? 'json-body-err' : '', 'json-body-help'].filter(Boolean).join(' ');
  return (
    <div className="json-body">
      <Suspense fallback={<p className="muted">Loading the JSON editor…</p>}>
        <JsonCodeEditor
          value={json.text}
          onChange={json.edit}
          label="Request body (JSON)"
          describedBy={describedBy}
          invalid={invalid}
        />
      </Suspense>
      {invalid && (
        <div id="json-body-err" className="field-error" role="status">
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
      <p id="json-body-help" className="field-desc">
        Edits here update the form; fields the method does not define are not sent.
      </p>
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
