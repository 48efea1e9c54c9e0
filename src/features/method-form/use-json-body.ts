import { useCallback, useMemo, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { ArraySchema, ObjectSchema } from '../../core/catalog/types';
import { parseJsonText, unknownPaths, type ParsedJson } from '../../core/form-model/json-body';
import { toRaw, type RawForm } from '../../core/form-model/raw-values';
import { previewValues } from '../../core/form-model/to-zod';
import type { MethodDef } from '../../core/catalog/types';
import type { MethodValues } from '../../core/request/types';

export interface JsonBody {
  enabled: boolean;
  text: string;
  parsed: ParsedJson;
  /** Keys in the JSON that the method's schema has no field for (they cannot be sent from the form). */
  unknown: readonly string[];
  /** Why switching back to the form was refused, if it was. */
  blocked: string | undefined;
  setEnabled: (on: boolean) => void;
  edit: (text: string) => void;
  /** Re-reads the text from the form (after Fill example or Reset). */
  refresh: () => void;
}

function bodyText(method: MethodDef, raw: RawForm, schema: ObjectSchema | ArraySchema): string {
  const body = previewValues(method, raw).body ?? (schema.type === 'array' ? [] : {});
  return JSON.stringify(body, null, 2);
}

/**
 * "Body as raw JSON": the text is the user's own while the mode is on, so an
 * invalid edit never loses a character; each valid edit is written into the
 * form, which keeps the preview, persistence and validation on one path.
 */
export function useJsonBody(
  method: MethodDef,
  form: UseFormReturn<RawForm, unknown, MethodValues>,
  schema: ObjectSchema | ArraySchema | undefined,
): JsonBody {
  const [state, setState] = useState({ enabled: false, text: '', blocked: undefined as string | undefined });
  const parsed = useMemo(() => parseJsonText(state.text), [state.text]);
  const unknown = useMemo(
    () => (schema && state.enabled && parsed.ok ? unknownPaths(schema, parsed.value) : []),
    [schema, state.enabled, parsed],
  );

  const refresh = useCallback(() => {
    if (schema) setState((s) => ({ ...s, text: bodyText(method, form.getValues(), schema), blocked: undefined }));
  }, [method, form, schema]);

  const setEnabled = useCallback(
    (on: boolean) => {
      if (!schema) return;
      if (on) {
        setState({ enabled: true, text: bodyText(method, form.getValues(), schema), blocked: undefined });
      } else if (!parsed.ok) {
        setState((s) => ({
          ...s,
          blocked: `Fix the JSON first (${parsed.error}); the form still holds the last valid body.`,
        }));
      } else {
        setState((s) => ({ ...s, enabled: false, blocked: undefined }));
      }
    },
    [method, form, schema, parsed],
  );

  const edit = useCallback(
    (text: string) => {
      setState((s) => ({ ...s, text, blocked: undefined }));
      const next = parseJsonText(text);
      // Once a send has failed, the listed errors should follow the edits, as the form's fields do.
      if (schema && next.ok) {
        form.setValue('body', toRaw(schema, next.value), {
          shouldDirty: true,
          shouldValidate: form.formState.isSubmitted,
        });
      }
    },
    [form, schema],
  );

  return { ...state, parsed, unknown, setEnabled, edit, refresh };
}
