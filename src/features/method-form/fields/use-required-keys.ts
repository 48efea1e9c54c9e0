import { useMemo } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { ObjectSchema } from '../../../core/catalog/types';
import { requiredKeys } from '../../../core/form-model/required-keys';

/**
 * The keys of the object at `name` that are required now: they change with a waiver's flag
 * (`allowNullEmail` moves the mark from email to phone). Watches only those flags.
 */
export function useRequiredKeys(name: string, schema: ObjectSchema): Set<string> {
  const { control } = useFormContext();
  const flags = useMemo(() => [...new Set((schema.waivers ?? []).map((w) => w.when))], [schema]);
  const watched = useWatch({
    control,
    name: flags.length > 0 ? flags.map((f) => `${name}.${f}`) : [`${name}`],
    disabled: flags.length === 0,
  }) as unknown[];
  const key = flags.map((_, i) => String(watched[i])).join('|');
  return useMemo(
    () => requiredKeys(schema, Object.fromEntries(flags.map((f, i) => [f, key.split('|')[i]]))),
    [schema, flags, key],
  );
}
