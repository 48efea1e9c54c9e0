import { useId } from 'react';
import { parseFieldList, type RedactionPolicy } from '../../core/bundle/redaction-policy';

/** What to hide on top of the key: emails/phones (on by default, and why), and field names the user lists. */
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
      <label className="check">
        <input
          type="checkbox"
          checked={policy.maskContacts}
          aria-describedby={`${id}-mask-why`}
          onChange={(e) => onPolicy({ ...policy, maskContacts: e.target.checked })}
        />
        Mask email addresses and phone numbers
      </label>
      <span id={`${id}-mask-why`} className="muted small redaction__why">
        On by default: bundles often end up in public forums. Ids stay, so support can still find the contact; untick
        for a private ticket if they need the address.
      </span>
      <label htmlFor={`${id}-fields`}>Also redact these fields</label>
      <input
        id={`${id}-fields`}
        type="text"
        placeholder="e.g. firstName, fieldValues"
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
    </fieldset>
  );
}
