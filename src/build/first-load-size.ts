/**
 * Prints the first-load JavaScript (gzip) of the built SPA and fails above the
 * budget: the entry script plus every module it preloads, as index.html lists
 * them. Lazy chunks (method page, editors, history, palette) do not count.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 150 * 1024;
const dist = process.env.EXPLORER_DIST_DIR ?? path.resolve(import.meta.dirname, '../../dist');

if (process.argv.includes('--help')) {
  console.log('Usage: npm run size  — first-load JS of dist/ (gzip), failing above 150 KB.');
  process.exit(0);
}

const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
const scripts = [
  ...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
]
  .map((m) => m[1] ?? '')
  .filter(Boolean);
let total = 0;
for (const src of new Set(scripts)) {
  const bytes = gzipSync(readFileSync(path.join(dist, src.replace(/^\//, '')))).byteLength;
  total += bytes;
  console.log(`${(bytes / 1024).toFixed(1).padStart(7)} KB  ${src}`);
}
console.log(`${(total / 1024).toFixed(1).padStart(7)} KB  first-load JS (gzip), budget ${BUDGET_BYTES / 1024} KB`);
if (total > BUDGET_BYTES) {
  console.error('First-load JS is over budget: move heavy code behind a dynamic import().');
  process.exit(1);
}
