import type { MethodDef } from './types';

/** Text a method can be found by: summary, path or api_action, group and parameter names. */
function haystack(m: MethodDef): string {
  const where = m.api === 'v3' ? m.path : `${m.action} admin/api.php`;
  return [m.summary, where, m.group, m.http, m.api, ...m.params.map((p) => p.name)].join(' ').toLowerCase();
}

/** Methods matching every word of the query, best (summary hits first) on top. */
export function searchMethods(methods: readonly MethodDef[], query: string): MethodDef[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...methods];
  const scored: { m: MethodDef; score: number }[] = [];
  for (const m of methods) {
    const text = haystack(m);
    if (!words.every((w) => text.includes(w))) continue;
    const summary = m.summary.toLowerCase();
    const score = words.reduce((s, w) => s + (summary.startsWith(w) ? 3 : summary.includes(w) ? 2 : 0), 0);
    scored.push({ m, score });
  }
  return scored.sort((a, b) => b.score - a.score).map((s) => s.m);
}
