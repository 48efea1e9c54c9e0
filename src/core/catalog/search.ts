import { matchSorter, rankings } from 'match-sorter';
import type { MethodSummary } from './catalog-index';

/**
 * Fuzzy search over summary, path or `api_action`, group and parameter
 * names; best matches first (summary hits outrank parameter-name hits).
 * Every word of the query must match somewhere.
 */
export function searchMethods(methods: readonly MethodSummary[], query: string): MethodSummary[] {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...methods];
  const keys = [
    { key: 'summary', threshold: rankings.MATCHES },
    { key: 'where', threshold: rankings.CONTAINS },
    { key: 'id', threshold: rankings.CONTAINS },
    { key: 'group', threshold: rankings.CONTAINS },
    { key: 'http', threshold: rankings.EQUAL },
    { key: 'paramNames', threshold: rankings.CONTAINS },
  ];
  // Narrow word by word; the full query ranks the survivors so whole-phrase matches come first.
  let pool = [...methods];
  for (const word of words) pool = matchSorter(pool, word, { keys, baseSort: byCatalogOrder(methods) });
  return matchSorter(pool, query.trim(), { keys, threshold: rankings.NO_MATCH, baseSort: byCatalogOrder(methods) });
}

function byCatalogOrder(methods: readonly MethodSummary[]) {
  const order = new Map(methods.map((m, i) => [m.id, i]));
  return (a: { item: MethodSummary }, b: { item: MethodSummary }) =>
    (order.get(a.item.id) ?? 0) - (order.get(b.item.id) ?? 0);
}
