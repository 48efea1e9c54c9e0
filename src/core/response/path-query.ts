import type { PathSegment } from './json-path';

/**
 * The filter box's query: a JSONPath-style pattern (`contacts[*].email`,
 * `$.contacts[0].id`, `..email`) or plain text matched against keys and
 * scalar values. Pure and hand-written: maintained JSONPath libraries
 * (jsonpath-plus, jsonpath) evaluate over a whole in-memory value, while the
 * large-body tree walks a lazy reader node by node, so matching one path at a
 * time is what fits.
 */
export type PathStep =
  | { kind: 'key'; key: string }
  | { kind: 'index'; index: number }
  | { kind: 'any' }
  /** `..`: any number of levels (zero or more) before the next step. */
  | { kind: 'descend' };

export type PathQuery = { kind: 'path'; steps: PathStep[] } | { kind: 'text'; text: string } | { kind: 'empty' };

/** `$…`, `..x`, brackets or wildcards, or dotted identifiers (`meta.total`); `jane.doe@example.org` stays text. */
const PATH_LIKE = /^\$|^\.\.|[[*]|^[A-Za-z_][\w$]*(\.[A-Za-z_][\w$]*)+$/;
const NAME = /^[^.[\]\s]+/;

/** Reads a query; text that is not a well-formed path is matched as plain text. */
export function parsePathQuery(input: string): PathQuery {
  const q = input.trim();
  if (q === '') return { kind: 'empty' };
  if (!PATH_LIKE.test(q) || /\s/.test(q.replace(/\["[^"]*"\]/g, ''))) return { kind: 'text', text: q.toLowerCase() };
  const steps = parseSteps(q);
  return steps ? { kind: 'path', steps } : { kind: 'text', text: q.toLowerCase() };
}

function parseSteps(q: string): PathStep[] | undefined {
  const steps: PathStep[] = [];
  let rest = q.startsWith('$') ? q.slice(1) : q;
  let first = !q.startsWith('$');
  while (rest !== '') {
    if (rest.startsWith('..')) {
      steps.push({ kind: 'descend' });
      rest = rest.slice(2);
      first = true; // a name may follow directly
      continue;
    }
    if (rest.startsWith('[')) {
      const close = rest.indexOf(']');
      if (close === -1) return undefined;
      const inside = rest.slice(1, close).trim();
      rest = rest.slice(close + 1);
      if (inside === '*') steps.push({ kind: 'any' });
      else if (/^\d+$/.test(inside)) steps.push({ kind: 'index', index: Number(inside) });
      else if (/^(["']).*\1$/.test(inside)) steps.push({ kind: 'key', key: inside.slice(1, -1) });
      else return undefined;
      first = false;
      continue;
    }
    if (rest.startsWith('.')) rest = rest.slice(1);
    else if (!first) return undefined;
    first = false;
    if (rest.startsWith('*')) {
      steps.push({ kind: 'any' });
      rest = rest.slice(1);
      continue;
    }
    const name = NAME.exec(rest)?.[0];
    if (!name) return undefined;
    steps.push({ kind: 'key', key: name });
    rest = rest.slice(name.length);
  }
  return steps.length > 0 ? steps : undefined;
}

function stepMatches(step: PathStep, seg: PathSegment): boolean {
  if (step.kind === 'any') return true;
  if (step.kind === 'index') return seg === step.index;
  // `contacts.0` is not JSONPath, but a key step also matches an index written as digits.
  return step.kind === 'key' && String(seg) === step.key;
}

/** Whether the whole path (root first) matches the steps. */
export function matchesPath(steps: readonly PathStep[], path: readonly PathSegment[]): boolean {
  const go = (s: number, p: number): boolean => {
    if (s === steps.length) return p === path.length;
    const step = steps[s];
    if (!step) return false;
    if (step.kind === 'descend') {
      for (let k = p; k <= path.length; k++) if (go(s + 1, k)) return true;
      return false;
    }
    const seg = path[p];
    return seg !== undefined && stepMatches(step, seg) && go(s + 1, p + 1);
  };
  return go(0, 0);
}

/**
 * Whether something below `path` may still match: lets the walk skip whole
 * subtrees (`contacts[*].email` never looks inside `meta`).
 */
export function mayMatchBelow(steps: readonly PathStep[], path: readonly PathSegment[]): boolean {
  const go = (s: number, p: number): boolean => {
    if (p === path.length) return s < steps.length;
    const step = steps[s];
    if (!step) return false;
    if (step.kind === 'descend') return true;
    const seg = path[p];
    return seg !== undefined && stepMatches(step, seg) && go(s + 1, p + 1);
  };
  return go(0, 0);
}

/** Plain-text matching: a key or a scalar value containing the text, case-insensitive. */
export function matchesText(text: string, key: PathSegment | null, scalar: string | undefined): boolean {
  return (
    (typeof key === 'string' && key.toLowerCase().includes(text)) ||
    (scalar !== undefined && scalar.toLowerCase().includes(text))
  );
}
