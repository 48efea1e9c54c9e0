import type { Db } from '../engine/resource';
import type { SandboxResponse } from '../http-types';
import type { SandboxStore } from '../store';
import type { V1Output } from '../../../core/request/types';
import { v1Answer } from './envelope';

/** One v1 call: its parameters (query and form body together, as the real endpoint reads them) and output format. */
export interface V1Call {
  store: SandboxStore;
  /** The same record operations v3 uses: v1 and v3 read and write one account. */
  db: Db;
  output: V1Output;
  /** A parameter from the query, else the form body. */
  param(name: string): string | undefined;
  /** Every parameter, query first then form, in wire order (bracketed keys such as `p[1]` included). */
  pairs: readonly (readonly [string, string])[];
}

export type Action = (call: V1Call) => SandboxResponse;

/** The success envelope around `fields`. */
export function ok(call: V1Call, fields: Record<string, unknown>, message = 'Success: Something is returned') {
  return v1Answer(call.output, fields, true, message);
}

/** The failure envelope: HTTP 200 with `result_code: 0`. */
export function fail(call: V1Call, message = 'Failed: Nothing is returned') {
  return v1Answer(call.output, {}, false, message);
}

/** Rows keyed "0", "1", … next to the envelope, as v1 returns collections. */
export function numbered(rows: readonly Record<string, unknown>[]): Record<string, unknown> {
  return Object.fromEntries(rows.map((r, i) => [String(i), r]));
}

/** `ids=1,2,3` (or `all`) as a predicate on ids. */
export function idFilter(raw: string | undefined): ((id: string) => boolean) | undefined {
  if (!raw) return undefined;
  if (raw.trim().toLowerCase() === 'all') return () => true;
  const ids = new Set(raw.split(',').map((s) => s.trim()));
  return (id) => ids.has(id);
}

/** Values of `name[key]=value` pairs, e.g. `p[3]=3` → [["3","3"]]. */
export function bracketed(call: V1Call, name: string): [string, string][] {
  const prefix = `${name}[`;
  return call.pairs
    .filter(([k]) => k.startsWith(prefix) && k.endsWith(']'))
    .map(([k, v]) => [k.slice(prefix.length, -1), v]);
}
