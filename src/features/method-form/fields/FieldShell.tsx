import type { ReactNode } from 'react';

interface Props {
  id: string;
  label: string;
  required: boolean;
  typeLabel: string;
  description?: string | undefined;
  error?: string | undefined;
  children: ReactNode;
}

/** Label, required mark, description and error around one control; the ids match `describedBy`. */
export function FieldShell({ id, label, required, typeLabel, description, error, children }: Props) {
  return (
    <div className="field">
      <div className="field-head">
        <label htmlFor={id}>{label}</label>
        {required && (
          <span className="required" aria-hidden="true">
            *
          </span>
        )}
        <span className="field-type" aria-hidden="true">
          {typeLabel}
        </span>
      </div>
      {children}
      {description && (
        <p id={`${id}-desc`} className="field-desc">
          {description}
        </p>
      )}
      {error && (
        <p id={`${id}-err`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** The `aria-describedby` value for a control in a `FieldShell`. */
export function describedBy(id: string, description: string | undefined, error: string | undefined) {
  return [description ? `${id}-desc` : '', error ? `${id}-err` : ''].filter(Boolean).join(' ') || undefined;
}
