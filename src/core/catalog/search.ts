import { matchSorter, rankings } from 'match-sorter';
import type { MethodSummary } from './catalog-index';

/** Which API versions a search covers. */
export type ApiFilter = 'all' | 'v3' | 'v1';

const KEYS = [
  { key: 'summary', threshold: rankings.MATCHES },
  { key: 'where', threshold: rankings.CONTAINS },
  { key: 'id', threshold: rankings.CONTAINS },
  { key: 'group', threshold: rankings.CONTAINS },
  { key: 'http', threshold: rankings.EQUAL },
  { key: 'paramNames', threshold: rankings.CONTAINS },
];

/**
 * Searches methods. Every word of the query must match somewhere (fuzzy over
 * summary, path or `api_action`, group and parameter names). Ranking, best
 * first: the summary equals the query; the summary starts with it; every
 * word starts a word of the summary; then match-sorter's fuzzy rank. At equal
 * rank v3 comes before v1 (the API to build on), then catalog order.
 */
export function searchMethods(
  methods: readonly MethodSummary[],
  query: string,
  api: ApiFilter = 'all',
): MethodSummary[] {
  const pool0 = api === 'all' ? [...methods] : methods.filter((m) => m.api === api);
  const words = normalise(query).split(' ').filter(Boolean);
  if (words.length === 0) return pool0;
  const order = new Map(methods.map((m, i) => [m.id, i]));
  // Narrow word by word (each must match somewhere), then rank the survivors.
  let pool = pool0;
  for (const word of words) pool = matchSorter(pool, word, { keys: KEYS, baseSort: () => 0 });
  const fuzzy = new Map(
    matchSorter(pool, query.trim(), { keys: KEYS, threshold: rankings.NO_MATCH, baseSort: () => 0 }).map((m, i) => [
      m.id,
      i,
    ]),
  );
  const phrase = words.join(' ');
  const tier = (m: MethodSummary): number => {
    const summary = normalise(withoutVersionTag(m.summary));
    if (summary === phrase) return 0;
    if (summary.startsWith(phrase)) return 1;
    const summaryWords = summary.split(' ');
    if (words.every((w) => summaryWords.some((s) => s.startsWith(w)))) return 2;
    return 3;
  };
  const ranked = pool.map((m) => ({ m, tier: tier(m), fuzzy: fuzzy.get(m.id) ?? 0 }));
  ranked.sort(
    (a, b) =>
      a.tier - b.tier ||
      // Inside the fuzzy tier match-sorter's own order decides; above it, the API version and catalog order.
      (a.tier === 3 ? a.fuzzy - b.fuzzy : 0) ||
      (a.m.api === b.m.api ? 0 : a.m.api === 'v3' ? -1 : 1) ||
      (order.get(a.m.id) ?? 0) - (order.get(b.m.id) ?? 0),
  );
  return ranked.map((r) => r.m);
}

/** Lower case, punctuation as spaces, single spaces: "List, search" and "list search" compare equal. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_]+/gu, ' ')
    .trim();
}

/** v1 summaries end in "(v1)"; the tag says which API, not what the method does. */
function withoutVersionTag(summary: string): string {
  return summary.replace(/\s*\(v1\)\s*$/, '');
}
