import fs from 'node:fs';
import path from 'node:path';

/**
 * Every input of `vite build`, relative to the project root: the sources and
 * static files, the page, the build config, the dependency versions (a
 * changed package or lock file can change what is bundled) and the
 * TypeScript configs (`tsconfig*.json`, matched below). A change to any of
 * them makes `npm start` rebuild, so it never serves a stale explorer.
 */
export const BUILD_INPUTS = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json', 'package-lock.json'];
const TSCONFIG = /^tsconfig(\..+)?\.json$/;

/** Unit tests are not bundled, so editing one does not warrant a rebuild. */
const isTestFile = (name: string) => /\.test\.tsx?$/.test(name);

/** The newest modification time under `p` (a file or a folder, walked), or 0 when it does not exist. */
function newestMtime(p: string): number {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(p, { withFileTypes: true })) {
    if (!entry.isDirectory() && isTestFile(entry.name)) continue;
    newest = Math.max(newest, newestMtime(path.join(p, entry.name)));
  }
  return newest;
}

/** The build inputs present in `root`, as absolute paths. */
export function buildInputs(root: string): string[] {
  const tsconfigs = fs.readdirSync(root).filter((name) => TSCONFIG.test(name));
  return [...BUILD_INPUTS, ...tsconfigs].map((name) => path.join(root, name));
}

/** True when `dist` holds no build, or any build input changed after it was made. */
export function needsBuild(root: string, dist: string): boolean {
  const built = path.join(dist, 'index.html');
  if (!fs.existsSync(built)) return true;
  const builtAt = fs.statSync(built).mtimeMs;
  return buildInputs(root).some((input) => newestMtime(input) > builtAt);
}
