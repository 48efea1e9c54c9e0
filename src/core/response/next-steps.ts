import { findFix, v3EquivalentOf, type Carry, type Failure } from '../catalog/error-fixes';
import type { Exchange } from '../exchange/types';
import type { MethodValues } from '../request/types';

/** A next step the summary bar offers as a button, with the values it opens its method with. */
export type NextStep =
  | {
      kind: 'method';
      methodId: string;
      /** Absent for a v1 failure's v3 equivalent: the bar names the method. */
      label?: string;
      values: MethodValues;
    }
  | { kind: 'guide'; guideId: string; label: string }
  | { kind: 'setting'; setting: 'check-key' | 'rate-limit'; label: string }
  | { kind: 'retry'; label: string }
  /** Lists the collection the failed method is about (the bar finds that list in the catalog index). */
  | { kind: 'collection' };

/** What the failed call sent: its query (and v1 form) parameters and its JSON body, as recorded (redacted). */
function sentValues(exchange: Exchange): { params: Map<string, string>; body: unknown } {
  const params = new Map<string, string>();
  try {
    new URL(exchange.request.url).searchParams.forEach((v, k) => params.set(k, v));
  } catch {
    // A recorded URL that does not parse carries nothing over.
  }
  const text = exchange.request.body;
  let body: unknown;
  if (text !== undefined) {
    if (exchange.api === 'v1') new URLSearchParams(text).forEach((v, k) => params.set(k, v));
    else {
      try {
        body = JSON.parse(text);
      } catch {
        body = undefined;
      }
    }
  }
  return { params, body };
}

function pick(source: string, sent: { params: Map<string, string>; body: unknown }): unknown {
  if (source.startsWith('param.')) return sent.params.get(source.slice('param.'.length));
  if (!source.startsWith('body.')) return undefined;
  let value: unknown = sent.body;
  for (const key of source.slice('body.'.length).split('.')) {
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  }
  return value;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    node = (node[key] = typeof next === 'object' && next !== null ? next : {}) as Record<string, unknown>;
  }
  node[keys[keys.length - 1] ?? ''] = value;
}

/** The values a step's method opens with, taken from what the failed call sent. */
function carried(carry: Carry | undefined, exchange: Exchange): MethodValues {
  const sent = sentValues(exchange);
  const params: Record<string, unknown> = {};
  for (const [name, source] of Object.entries(carry?.params ?? {})) {
    const v = pick(source, sent);
    if (v !== undefined && v !== '') params[name] = v;
  }
  let body: unknown = carry?.sameBody ? sent.body : undefined;
  for (const [path, source] of Object.entries(carry?.body ?? {})) {
    const v = pick(source, sent);
    if (v === undefined || v === '') continue;
    body ??= {};
    setPath(body as Record<string, unknown>, path, v);
  }
  return body === undefined ? { params } : { params, body };
}

/** The v1 action of a recorded v1 call. */
function v1Action(exchange: Exchange): string | undefined {
  return sentValues(exchange).params.get('api_action');
}

/** The catalog's fix for a failure, as buttons with their values filled from the failed call. */
export function nextSteps(exchange: Exchange, failure: Failure): { advice?: string; steps: NextStep[] } {
  const fix = findFix(failure);
  if (!fix) return { steps: [] };
  const steps = fix.steps.flatMap((step): NextStep[] => {
    if (step.kind === 'method') {
      return [{ kind: 'method', methodId: step.methodId, label: step.label, values: carried(step.carry, exchange) }];
    }
    if (step.kind === 'v3-equivalent') {
      const action = v1Action(exchange);
      const equivalent = action ? v3EquivalentOf(action) : undefined;
      return equivalent
        ? [{ kind: 'method', methodId: equivalent.methodId, values: carried(equivalent.carry, exchange) }]
        : [];
    }
    return [step];
  });
  return { ...(fix.advice ? { advice: fix.advice } : {}), steps };
}
