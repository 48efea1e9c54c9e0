/**
 * Building blocks for resource filters, with ActiveCampaign's comparison
 * rules: text compares case-insensitively, numbers (and numeric strings)
 * numerically, and `filters[x][<op>]` picks the operator.
 */
import type { Filter, Operator, Row } from './resource';

export const OPERATORS: readonly Operator[] = ['eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'contains', 'starts_with'];

const NUMERIC = /^-?\d+(\.\d+)?$/;

/** Orders two values: numerically when both are numbers, else as lower-case text. */
export function compareValues(a: unknown, b: unknown): number {
  const x = typeof a === 'number' ? String(a) : typeof a === 'string' ? a : '';
  const y = typeof b === 'number' ? String(b) : typeof b === 'string' ? b : '';
  if (NUMERIC.test(x) && NUMERIC.test(y)) return Number(x) - Number(y);
  const lx = x.toLowerCase();
  const ly = y.toLowerCase();
  return lx < ly ? -1 : lx > ly ? 1 : 0;
}

/** Whether `value` passes `op` against the wanted text. */
export function matches(value: unknown, op: Operator, wanted: string): boolean {
  const text = (typeof value === 'string' || typeof value === 'number' ? String(value) : '').toLowerCase();
  const w = wanted.toLowerCase();
  switch (op) {
    case 'eq':
      return text === w;
    case 'neq':
      return text !== w;
    case 'contains':
      return text.includes(w);
    case 'starts_with':
      return text.startsWith(w);
    case 'lt':
      return compareValues(value, wanted) < 0;
    case 'lte':
      return compareValues(value, wanted) <= 0;
    case 'gt':
      return compareValues(value, wanted) > 0;
    case 'gte':
      return compareValues(value, wanted) >= 0;
  }
}

/** Compares one attribute; `fallback` is the operator of the plain form (`filters[name]=x`). */
export function byField(field: string, fallback: Operator = 'eq'): Filter {
  return (value, op) => (row) => matches(row[field], op ?? fallback, value);
}

/** Matches when any of the attributes contains the text (or passes the given operator). */
export function anyField(fields: readonly string[], fallback: Operator = 'contains'): Filter {
  return (value, op) => (row) => fields.some((f) => matches(row[f], op ?? fallback, value));
}

/** `ids=1,2,3` (also repeated or as `ids[]`): the rows with one of these ids. */
export const idList: Filter = (value) => {
  const ids = new Set(value.split(',').map((s) => s.trim()));
  return (row) => ids.has(row.id);
};

/** A date attribute after (`gt`) or before (`lt`) the given date or date-time. */
export function dateBound(field: string, op: 'gt' | 'lt'): Filter {
  return (value) => {
    const bound = Date.parse(value);
    if (Number.isNaN(bound)) return () => true;
    return (row) => {
      const v = row[field];
      const at = typeof v === 'string' ? Date.parse(v) : NaN;
      return !Number.isNaN(at) && (op === 'gt' ? at >= bound : at <= bound);
    };
  };
}

/** A numeric attribute compared with the value (`minimum_value`, `id_greater`…), scaled by `factor`. */
export function numberBound(field: string, op: Operator, factor = 1): Filter {
  return (value) => {
    const n = Number(value);
    if (!Number.isFinite(n)) return () => true;
    return (row: Row) => matches(row[field], op, String(n * factor));
  };
}
