import type { MethodDef } from '../catalog/types';
import { formFromValues } from '../form-model/raw-values';
import { methodFormSchema } from '../form-model/to-zod';
import type { MethodValues } from '../request/types';
import type { IdTaker, ResourceIndex, Role } from './resource-index';

/** One entry of the "Open in…" menu: a method and the values that put the id in. */
export interface OpenChoice extends IdTaker {
  values: MethodValues;
  /** A read (Get, a related list, a v1 view or report): it may send at once, see `sendAtOnce`. */
  read: boolean;
}

export interface ChoiceGroup {
  role: Role;
  choices: readonly OpenChoice[];
}

/** The values that put `id` into `param`; a repeated parameter (`dealIds[]`) takes a list. */
function idValues(param: string, id: string): MethodValues {
  return { params: { [param]: param.endsWith('[]') ? [id] : id } };
}

/** The methods that take an id of `collection`, grouped by role (get, related, change, delete), each filled with `id`. */
export function openInChoices(index: ResourceIndex, collection: string, id: string): ChoiceGroup[] {
  const groups: ChoiceGroup[] = [];
  for (const taker of index.takers.get(collection) ?? []) {
    const read = taker.role === 'get' || taker.role === 'related';
    const choice: OpenChoice = { ...taker, values: idValues(taker.param, id), read };
    const last = groups[groups.length - 1];
    if (last?.role === taker.role) (last.choices as OpenChoice[]).push(choice);
    else groups.push({ role: taker.role, choices: [choice] });
  }
  return groups;
}

/**
 * Whether opening a method with these values may send it at once: only a read, and only when
 * the values pass the same validation as Send (a method needing more than the id opens filled
 * and waits). One action then shows the record, and a read changes nothing; writes and deletes
 * always wait for the user's Send.
 */
export function sendAtOnce(method: MethodDef, read: boolean, values: MethodValues): boolean {
  if (!read || (method.http !== 'GET' && method.api === 'v3')) return false;
  return methodFormSchema(method).safeParse(formFromValues(method, values.params, values.body)).success;
}
