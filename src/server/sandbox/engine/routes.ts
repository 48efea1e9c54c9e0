/**
 * Engine routes: one per catalog operation that has no hand-tuned route,
 * matched most-literal first so `/lists/exclusions` is not read as a list id.
 */
import type { SandboxRequest, SandboxResponse } from '../http-types';
import type { SandboxStore } from '../store';
import { followLink, serve } from './handle';
import { operations, type Operation } from './operations';

interface EngineRoute {
  op: Operation;
  pattern: RegExp;
  keys: string[];
  literals: number;
}

function compile(op: Operation): EngineRoute {
  const keys: string[] = [];
  const source = op.method.path.replace(/\{(\w+)\}/g, (_m, key: string) => {
    keys.push(key);
    return '([^/]+)';
  });
  const literals = op.method.path.split('/').filter((s) => s && !s.startsWith('{')).length;
  return { op, pattern: new RegExp(`^${source}/?$`), keys, literals };
}

/** Builds the engine's routes for every operation whose `METHOD path` is not in `taken`. */
export function engineRoutes(taken: ReadonlySet<string>): readonly EngineRoute[] {
  return operations
    .filter((op) => !taken.has(`${op.method.http} ${op.method.path}`))
    .map(compile)
    .sort((a, b) => b.literals - a.literals || a.keys.length - b.keys.length);
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Serves the request from the engine, or undefined when no catalog operation or record link matches. */
export function handleWithEngine(
  routes: readonly EngineRoute[],
  store: SandboxStore,
  req: SandboxRequest,
): SandboxResponse | undefined {
  for (const r of routes) {
    if (r.op.method.http !== req.method) continue;
    const m = r.pattern.exec(req.path);
    if (!m) continue;
    const params: Record<string, string> = {};
    r.keys.forEach((k, i) => (params[k] = decode(m[i + 1] ?? '')));
    return serve(r.op, { store, req, params });
  }
  if (req.method === 'GET') {
    const link = /^\/api\/3\/(.+)\/([^/]+)\/([^/]+)\/?$/.exec(req.path);
    if (link) return followLink(store, link[1] ?? '', decode(link[2] ?? ''), link[3] ?? '');
  }
  return undefined;
}
