import { useWatch } from 'react-hook-form';
import type { RawForm, RawValue } from '../../core/form-model/raw-values';
import { isBlank } from '../../core/form-model/to-zod';

/** "Params (3 set)": the count follows typing, re-rendering only this label. */
export function ParamsLabel() {
  const params = useWatch<RawForm, 'params'>({ name: 'params' });
  const n = Object.values(params ?? {}).filter((v) => !isBlank(v)).length;
  return <>Params{n > 0 && <span className="tab-count"> ({n} set)</span>}</>;
}

/** "Body (2 set)": leaf fields holding a value. */
export function BodyLabel() {
  const body = useWatch<RawForm, 'body'>({ name: 'body' });
  const n = countSet(body);
  return <>Body{n > 0 && <span className="tab-count"> ({n} set)</span>}</>;
}

function countSet(raw: RawValue | undefined): number {
  if (raw === undefined) return 0;
  if (typeof raw === 'string') return raw.trim() === '' ? 0 : 1;
  if (Array.isArray(raw)) return raw.reduce((n, row) => n + countSet(row), 0);
  return Object.values(raw).reduce((n, v) => n + countSet(v), 0);
}
