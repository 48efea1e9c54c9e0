import type { MethodDef, ParamDef } from '../../core/catalog/types';
import { paramKey, type RawForm } from '../../core/form-model/raw-values';
import { isBlank } from '../../core/form-model/to-zod';

/** The parameters in display order: required first, then as the catalog lists them. */
export function orderedParams(method: MethodDef): { param: ParamDef; index: number }[] {
  return method.params
    .map((param, index) => ({ param, index }))
    .sort((a, b) => Number(b.param.required ?? false) - Number(a.param.required ?? false) || a.index - b.index);
}

/** Indexes of the parameters that hold a value now ("Show only set"). */
export function setParams(method: MethodDef, raw: RawForm): number[] {
  return method.params.flatMap((_, i) => (isBlank(raw.params[paramKey(i)]) ? [] : [i]));
}
