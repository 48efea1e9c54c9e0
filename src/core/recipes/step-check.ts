import { resolveRef, type RunContext } from './bind';
import type { RecipeValue, StepCheck } from './types';
import { isRef, replaceRefs, sameValue, valueAt } from './values';

/** One line of a step's check: what was expected and whether the answer showed it. */
interface CheckLine {
  ok: boolean;
  text: string;
}

export interface CheckResult {
  passed: boolean;
  lines: CheckLine[];
}

/** The parsed JSON of an answer's body, or `undefined` when it is empty or not JSON (e.g. v1 XML). */
export function parseAnswer(bodyText: string | undefined): unknown {
  if (!bodyText) return undefined;
  try {
    return JSON.parse(bodyText) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Checks a step's answer: its status is one of those expected, every listed
 * field holds a value, and every `equals` path has the expected value
 * (references resolved in this run). Each expectation gives one line.
 */
export function evaluateCheck(check: StepCheck, status: number, answer: unknown, ctx: RunContext): CheckResult {
  const expected = typeof check.status === 'number' ? [check.status] : check.status;
  const lines: CheckLine[] = [
    expected.includes(status)
      ? { ok: true, text: `Status ${status}` }
      : { ok: false, text: `Expected status ${expected.join(' or ')}, got ${status}` },
  ];
  for (const path of check.fields ?? []) {
    const value = valueAt(answer, path);
    lines.push(
      value === undefined || value === null
        ? { ok: false, text: `No ${path} in the answer` }
        : { ok: true, text: `${path} = ${short(value)}` },
    );
  }
  for (const [path, want] of Object.entries(check.equals ?? {})) {
    const wanted = expectedValue(want, ctx);
    if (!wanted.ok) {
      lines.push({ ok: false, text: `${path}: ${wanted.message}` });
      continue;
    }
    const value = valueAt(answer, path);
    lines.push(
      sameValue(value, wanted.value)
        ? { ok: true, text: `${path} is ${short(value)}` }
        : {
            ok: false,
            text: `${path} is ${value === undefined ? 'missing' : short(value)}, expected ${short(wanted.value)}`,
          },
    );
  }
  return { passed: lines.every((l) => l.ok), lines };
}

function expectedValue(
  want: RecipeValue,
  ctx: RunContext,
): { ok: true; value: unknown } | { ok: false; message: string } {
  if (isRef(want)) return resolveRef(want, ctx);
  return {
    ok: true,
    value: replaceRefs(want, (ref) => {
      const r = resolveRef(ref, ctx);
      return r.ok ? r.value : undefined;
    }),
  };
}

function short(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
