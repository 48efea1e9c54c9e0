import diff from 'microdiff';
import * as z from 'zod/mini';
import type { Exchange } from '../exchange/types';
import { redactText } from '../request/redact';
import type { MethodValues } from '../request/types';

/** How many calls history keeps; the oldest are dropped past this. */
export const HISTORY_CAP = 200;

/** One stored call: the redacted exchange and the (redacted) values it was sent with, for reopen and re-send. */
export interface HistoryRecord {
  id: number;
  exchange: Exchange;
  /** Missing for imported HAR entries, which have no form values. */
  values?: MethodValues;
  /** The one-line problem description typed in the support bundle, kept with the call. */
  problem?: string;
}

/** Longest problem description kept: one line for a ticket's subject, not an essay. */
const PROBLEM_MAX_LENGTH = 500;

/** The record with its problem description set (folded to one line and capped), or cleared when empty. */
export function withProblem<T extends Omit<HistoryRecord, 'id'>>(record: T, problem: string): T {
  const line = problem.replace(/\s+/g, ' ').trim().slice(0, PROBLEM_MAX_LENGTH);
  const rest = { ...record };
  delete rest.problem;
  return line ? { ...rest, problem: line } : rest;
}

/** Whether a stored record is the capture of this very call (same method, same start time). */
export function isSameCall(a: Exchange, b: Exchange): boolean {
  return a.methodId === b.methodId && a.startedAt === b.startedAt;
}

const header = z.object({ name: z.string(), value: z.string() });
/** Validates what comes back from IndexedDB: stored data is untrusted (older versions, other tabs, tampering). */
export const historyRecordSchema = z.object({
  id: z.number(),
  exchange: z.object({
    methodId: z.string(),
    methodSummary: z.string(),
    api: z.enum(['v3', 'v1']),
    startedAt: z.string(),
    durationMs: z.number(),
    request: z.object({
      method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']),
      url: z.string(),
      headers: z.array(header),
      body: z.optional(z.string()),
    }),
    response: z.optional(
      z.object({
        status: z.number(),
        statusText: z.string(),
        headers: z.array(header),
        bodyText: z.string(),
        bytes: z.number(),
        serverTiming: z.optional(z.string()),
        proxyError: z.optional(z.object({ code: z.string(), message: z.string() })),
      }),
    ),
    networkError: z.optional(z.string()),
  }),
  values: z.optional(z.object({ params: z.record(z.string(), z.unknown()), body: z.optional(z.unknown()) })),
  problem: z.optional(z.string()),
});

export type StatusClass = '2xx' | '3xx' | '4xx' | '5xx' | 'failed';
export const STATUS_CLASSES: readonly StatusClass[] = ['2xx', '3xx', '4xx', '5xx', 'failed'];

/** The status class of a call; `failed` when no HTTP answer came back or the proxy refused. */
export function statusClass(ex: Exchange): StatusClass {
  const s = ex.response?.status;
  if (s === undefined || ex.response?.proxyError) return 'failed';
  if (s >= 500) return '5xx';
  if (s >= 400) return '4xx';
  if (s >= 300) return '3xx';
  return s >= 200 ? '2xx' : 'failed';
}

export interface HistoryFilter {
  statusClass?: StatusClass | undefined;
  httpMethod?: string | undefined;
}

/** Newest first, then narrowed by status class and HTTP method. */
export function filterHistory(records: readonly HistoryRecord[], filter: HistoryFilter): HistoryRecord[] {
  return [...records]
    .sort((a, b) => b.id - a.id)
    .filter(
      (r) =>
        (!filter.statusClass || statusClass(r.exchange) === filter.statusClass) &&
        (!filter.httpMethod || r.exchange.request.method === filter.httpMethod),
    );
}

/** Replaces every secret inside form values, so a typed-in key or secret parameter is never stored. */
export function redactValues(values: MethodValues, secrets: readonly string[]): MethodValues {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return redactText(v, secrets);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object')
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return {
    params: walk(values.params) as Record<string, unknown>,
    ...(values.body !== undefined ? { body: walk(values.body) } : {}),
  };
}

export interface ResponseChange {
  /** `contacts[0].email`-style path; `$` for the whole body. */
  path: string;
  kind: 'added' | 'removed' | 'changed';
  before?: string;
  after?: string;
}

/** The differences between two responses' parsed JSON bodies (status included), or why they cannot be compared. */
export function compareResponses(a: Exchange, b: Exchange): { changes: ResponseChange[] } | { error: string } {
  const left = parse(a);
  const right = parse(b);
  if ('error' in left) return { error: `The first response ${left.error}` };
  if ('error' in right) return { error: `The second response ${right.error}` };
  const changes: ResponseChange[] = [];
  if (a.response?.status !== b.response?.status) {
    changes.push({
      path: 'HTTP status',
      kind: 'changed',
      before: String(a.response?.status),
      after: String(b.response?.status),
    });
  }
  const l = left.value;
  const r = right.value;
  if (!isContainer(l) || !isContainer(r) || Array.isArray(l) !== Array.isArray(r)) {
    if (JSON.stringify(l) !== JSON.stringify(r))
      changes.push({ path: '$', kind: 'changed', before: show(l), after: show(r) });
    return { changes };
  }
  for (const d of diff(l, r)) {
    const path = formatPath(d.path);
    if (d.type === 'CREATE') changes.push({ path, kind: 'added', after: show(d.value) });
    else if (d.type === 'REMOVE') changes.push({ path, kind: 'removed', before: show(d.oldValue) });
    else changes.push({ path, kind: 'changed', before: show(d.oldValue), after: show(d.value) });
  }
  return { changes };
}

function parse(ex: Exchange): { value: unknown } | { error: string } {
  if (!ex.response) return { error: 'has no body (the call did not complete).' };
  try {
    return { value: JSON.parse(ex.response.bodyText) as unknown };
  } catch {
    return { error: 'is not JSON.' };
  }
}

function isContainer(v: unknown): v is Record<string, unknown> | unknown[] {
  return v !== null && typeof v === 'object';
}

function formatPath(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${p}` : String(p)),
    '',
  );
}

function show(v: unknown): string {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
