import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm run bench`: runs every `bench/*.bench.ts` in its own process, one
 * after the other (they share two cores), and prints their figures.
 * `npm run bench -- proxy` runs only files whose name contains "proxy".
 */
const dir = path.dirname(fileURLToPath(import.meta.url));
const all = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort();
const names = all.map((f) => f.slice(0, -'.bench.ts'.length));
const USAGE = `Usage: npm run bench -- [name]

Runs every bench/*.bench.ts, or only those whose name contains [name]: ${names.join(', ')}.`;

const arg = process.argv[2];
if (arg === '--help' || arg === '-h') {
  console.log(USAGE);
  process.exit(0);
}
if (arg?.startsWith('-') || process.argv.length > 3) {
  console.error(`Unexpected arguments: ${process.argv.slice(2).join(' ')}\n${USAGE}`);
  process.exit(2);
}
const filter = arg ?? '';
const files = all.filter((f) => f.includes(filter));
if (files.length === 0) {
  // A typo must not look like a passing run.
  console.error(`No benchmark matches "${filter}". Available: ${names.join(', ')}.`);
  process.exit(2);
}
let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file}`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(dir, file)], { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
console.log(`\n${files.length - failed} benchmarks ran, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
