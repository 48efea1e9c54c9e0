import { useEffect, useMemo, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { RawForm } from '../../core/form-model/raw-values';
import { isBlank } from '../../core/form-model/to-zod';
import type { MethodValues } from '../../core/request/types';
import type { FieldContextValue } from './fields/field-context';

/**
 * The value of `FieldContext`: server messages per field, each hidden once
 * the user edits that field (it no longer describes the value), and blur
 * validation that waits for a click in progress to finish — an error line
 * appearing on mousedown would move the button out from under the pointer.
 */
export function useFieldContext(
  form: UseFormReturn<RawForm, unknown, MethodValues>,
  byField: ReadonlyMap<string, string>,
): FieldContextValue {
  const [dismissed, setDismissed] = useState<{ source: ReadonlyMap<string, string>; names: ReadonlySet<string> }>({
    source: byField,
    names: new Set(),
  });
  const pointerDown = useRef(false);

  useEffect(() => {
    const down = () => (pointerDown.current = true);
    const up = () => (pointerDown.current = false);
    window.addEventListener('pointerdown', down, true);
    window.addEventListener('pointerup', up, true);
    window.addEventListener('pointercancel', up, true);
    return () => {
      window.removeEventListener('pointerdown', down, true);
      window.removeEventListener('pointerup', up, true);
      window.removeEventListener('pointercancel', up, true);
    };
  }, []);

  return useMemo(() => {
    const names = dismissed.source === byField ? dismissed.names : new Set<string>();
    return {
      byField: new Map([...byField].filter(([name]) => !names.has(name))),
      dismiss: (name: string) =>
        setDismissed((d) => ({
          source: byField,
          names: new Set([...(d.source === byField ? d.names : []), name]),
        })),
      validateOnBlur: (name: string) => {
        const field = name as Parameters<typeof form.trigger>[0];
        // Leaving an empty field (e.g. the one focused when the method opened) is no mistake yet: send says so.
        const path = name as Parameters<typeof form.getFieldState>[0];
        const untouched = isBlank(form.getValues(path)) && !form.getFieldState(path).error;
        if (untouched && !form.formState.isSubmitted) return;
        const run = () => void form.trigger(field);
        if (!pointerDown.current) return run();
        // After the click that caused the blur has been dispatched.
        window.addEventListener('pointerup', () => setTimeout(run, 0), { once: true });
      },
    };
  }, [byField, dismissed, form]);
}
