import { useId } from 'react';
import { parseFieldList, type RedactionPolicy } from '../../core/bundle/redaction-policy';

/** What to hide on top of the key: field names the user marks, and emails/phones. */
export function RedactionOptions({
  fieldsText,
  onFieldsText,
  policy,
  onPolicy,
}: {
  fieldsText: string;
  onFieldsText: (text: string) => void;
  policy: RedactionPolicy;
  onPolicy: (p: RedactionPolicy) => void;
}) {
  const id = useId();
  return (
    <fieldset className="redaction">
      <legend>Redaction</legend>
      <p className="muted small">
        The API key, <code>api_key</code> and secret parameters are always replaced by [REDACTED].
      </p>
      <label htmlFor={`${id}-fields`}>Also redact these fields</label>
      <input
        id={`${id}-fields`}
        type="text"
        placeholder="e.g. firstName, phone, fieldValues"
        aria-describedby={`${id}-fields-help`}
        value={fieldsText}
        onChange={(e) => {
          onFieldsText(e.target.value);
          onPolicy({ ...policy, fields: parseFieldList(e.target.value) });
        }}
      />
      <span id={`${id}-fields-help`} className="muted small">
        Comma-separated names of query/form parameters, headers or JSON keys; their values are hidden everywhere.
      </span>
      <label className="check">
        <input
          type="checkbox"
          checked={policy.maskContacts}
          onChange={(e) => onPolicy({ ...policy, maskContacts: e.target.checked })}
        />
        Mask email addresses and phone numbers
      </label>
    </fieldset>
  );
}
