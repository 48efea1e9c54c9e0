import { createContext, useContext } from 'react';
import { fieldId } from './field-ids';

export interface FieldContextValue {
  /** Form path -> the server's message, for fields the user has not edited since. */
  byField: ReadonlyMap<string, string>;
  /** Called when the user edits a field, so a stale server message stops showing there. */
  dismiss: (name: string) => void;
  /** Validates a field the user left. */
  validateOnBlur: (name: string) => void;
}

/**
 * What each field needs from the form beyond react-hook-form: server-side
 * messages (a 422, a v1 failure) and blur validation, read from context so fields can be memoised.
 */
export const FieldContext = createContext<FieldContextValue>({
  byField: new Map(),
  dismiss: () => undefined,
  validateOnBlur: () => undefined,
});

/** The server's message for one field, if any. */
export function useServerError(name: string): string | undefined {
  return useContext(FieldContext).byField.get(name);
}

/** The form's DOM id prefix (one per open tab): ids stay unique when several forms are mounted. */
export const FieldIdPrefix = createContext('f');

/** The DOM id of the field at a form path, unique to this form. */
export function useFieldId(name: string): string {
  return fieldId(name, useContext(FieldIdPrefix));
}
