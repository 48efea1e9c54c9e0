import { useContext, useState, type KeyboardEvent, type ReactNode } from 'react';
import { FieldHelp } from './FieldHelp';
import { TableRowContext } from './table-context';

interface Props {
  id: string;
  label: string;
  required: boolean;
  typeLabel: string;
  description?: string | undefined;
  error?: string | undefined;
  children: ReactNode;
}

/**
 * One field as one compact row: name (with the required mark), type, control; the error inline in
 * the row, the help as a tooltip on hover or focus. Ids match `describedBy`. In the Params table the
 * row carries table roles.
 */
export function FieldShell({ id, label, required, typeLabel, description, error, children }: Props) {
  const inTable = useContext(TableRowContext);
  // Esc hides the tooltip until the row is left (WCAG 1.4.13: content on hover or focus can be dismissed).
  const [helpDismissed, setHelpDismissed] = useState(false);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && description && !helpDismissed) {
      setHelpDismissed(true);
      e.stopPropagation();
    }
  };
  return (
    <div
      className="field-row"
      role={inTable ? 'row' : undefined}
      data-invalid={error ? true : undefined}
      data-help-dismissed={helpDismissed || undefined}
      onKeyDown={onKeyDown}
      onBlur={() => setHelpDismissed(false)}
      onMouseLeave={() => setHelpDismissed(false)}
    >
      <div className="field-name" role={inTable ? 'rowheader' : undefined}>
        <label htmlFor={id}>{label}</label>
        {required && (
          <span className="required" aria-hidden="true" title="required">
            *
          </span>
        )}
      </div>
      <div className="field-type" role={inTable ? 'cell' : undefined}>
        <span aria-hidden={inTable ? undefined : true}>{typeLabel}</span>
      </div>
      <div className="field-value" role={inTable ? 'cell' : undefined}>
        {children}
        {error && (
          <p id={`${id}-err`} className="field-error">
            {error}
          </p>
        )}
        {description && <FieldHelp id={`${id}-desc`} text={description} />}
      </div>
    </div>
  );
}

/** The `aria-describedby` value for a control in a `FieldShell`. */
export function describedBy(id: string, description: string | undefined, error: string | undefined) {
  return [error ? `${id}-err` : '', description ? `${id}-desc` : ''].filter(Boolean).join(' ') || undefined;
}
