import { startTransition, useEffect, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import type { RawForm, RawValue } from '../../core/form-model/raw-values';

/**
 * How many leaf values under `params` or `body` hold something, following typing at transition
 * priority: the keystroke paints first, the count right after (as the preview does).
 */
function useSetCount(part: 'params' | 'body'): number {
  const { watch, getValues } = useFormContext<RawForm>();
  const [n, setN] = useState(() => count(part, getValues(part)));
  useEffect(() => {
    const sub = watch((values) => {
      const next = count(part, values[part] as RawValue | undefined);
      startTransition(() => setN(next));
    });
    return () => sub.unsubscribe();
  }, [watch, part]);
  return n;
}

/** "Params (3 set)". */
export function ParamsLabel() {
  const n = useSetCount('params');
  return <>Params{n > 0 && <span className="tab-count"> ({n} set)</span>}</>;
}

/** "Body (2 set)": leaf fields holding a value. */
export function BodyLabel() {
  const n = useSetCount('body');
  return <>Body{n > 0 && <span className="tab-count"> ({n} set)</span>}</>;
}

/** Parameters holding a value (a key/value parameter counts once), or the body's filled leaves. */
function count(part: 'params' | 'body', raw: RawValue | undefined): number {
  if (part === 'body' || raw === undefined || typeof raw === 'string' || Array.isArray(raw)) return countSet(raw);
  return Object.values(raw).filter((v) => countSet(v) > 0).length;
}

/** Leaf values holding non-blank text; a parameter's key/value or list rows count each filled cell. */
function countSet(raw: RawValue | undefined): number {
  if (raw === undefined) return 0;
  if (typeof raw === 'string') return raw.trim() === '' ? 0 : 1;
  if (Array.isArray(raw)) return raw.reduce((n, row) => n + countSet(row), 0);
  return Object.values(raw).reduce((n, v) => n + countSet(v), 0);
}
