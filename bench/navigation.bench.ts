/**
 * "Open in…" costs, in Node on the real catalog (the browser runs the same code):
 * - building the resource index from the first-load method index, once per page (target < 25 ms);
 * - deciding whether a tree row is an id or a link, done for every rendered row on every paint,
 *   over rows of a 100,000-contact list (target < 5 µs a row, so a 120-row window stays under 1 ms);
 * - matching a `links` URL with the catalog, once per click (target < 0.5 ms).
 */
import { summarize } from '../src/core/catalog/catalog-index';
import { catalog } from '../src/core/catalog/registry';
import { detectRow } from '../src/core/navigation/detect';
import { matchLink } from '../src/core/navigation/links';
import { buildResourceIndex } from '../src/core/navigation/resource-index';
import { parsePath } from '../src/core/response/json-path';

const summaries = catalog.map((m) => summarize(m, 'bench'));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const builds: number[] = [];
let index = buildResourceIndex(summaries);
for (let i = 0; i < 30; i++) {
  const t = performance.now();
  index = buildResourceIndex(summaries);
  builds.push(performance.now() - t);
}

const ROWS = 100_000;
const rows: { path: string; value: string }[] = [];
for (let i = 0; i < ROWS; i++) {
  const kind = i % 4;
  const c = `contacts[${i >> 2}]`;
  if (kind === 0) rows.push({ path: `${c}.id`, value: String(i + 1) });
  else if (kind === 1) rows.push({ path: `${c}.email`, value: `c${i}@example.com` });
  else if (kind === 2) rows.push({ path: `${c}.orgid`, value: '0' });
  else
    rows.push({ path: `${c}.links.contactLists`, value: `https://acme.api-us1.com/api/3/contacts/${i}/contactLists` });
}
let found = 0;
const detectStart = performance.now();
for (const r of rows) if (detectRow(index, parsePath(r.path), r.value, 'contacts')) found++;
const perRowUs = ((performance.now() - detectStart) * 1000) / ROWS;

const urls = rows.filter((r) => r.path.endsWith('contactLists')).slice(0, 5000);
const matchStart = performance.now();
for (const r of urls) matchLink(index, r.value);
const perMatchMs = (performance.now() - matchStart) / urls.length;

const figures = {
  indexBuildMs: Number(median(builds).toFixed(2)),
  detectPerRowUs: Number(perRowUs.toFixed(2)),
  rowsWithAnAction: found,
  matchLinkMs: Number(perMatchMs.toFixed(4)),
};
console.log(figures);
const missed = [
  figures.indexBuildMs < 25 ? '' : 'index build ≥ 25 ms',
  figures.detectPerRowUs < 5 ? '' : 'detection ≥ 5 µs a row',
  figures.matchLinkMs < 0.5 ? '' : 'link matching ≥ 0.5 ms',
  found === ROWS / 2 ? '' : `expected ${ROWS / 2} rows with an action, found ${found}`,
].filter(Boolean);
if (missed.length > 0) {
  console.error(`Missed: ${missed.join('; ')}`);
  process.exit(1);
}
