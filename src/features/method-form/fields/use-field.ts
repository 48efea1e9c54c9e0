import { useContext } from 'react';
import { useFormContext, useFormState } from 'react-hook-form';
import { errorAt } from './field-ids';
import { FieldContext } from './field-context';

/**
 * A field's registration and its error. `useFormState` scoped to the field's
 * name keeps a keystroke elsewhere from re-rendering this field.
 */
export function useField(name: string) {
  const { register, control } = useFormContext();
  const { errors } = useFormState({ control, name, exact: true });
  const server = useContext(FieldContext);
  const serverError = server.byField.get(name);
  const registration = register(name);
  return {
    error: errorAt(errors, name) ?? serverError,
    registration: {
      ...registration,
      onChange: (e: { target: unknown; type?: unknown }) => {
        if (serverError) server.dismiss(name);
        return registration.onChange(e);
      },
      onBlur: (e: { target: unknown; type?: unknown }) => {
        server.validateOnBlur(name);
        return registration.onBlur(e);
      },
    },
  };
}
