import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { startExplorerServer } from '../explorer-server';
import { startSandbox } from '../sandbox/start-sandbox';
import { readExplorerArgs } from './args';
import { printBanner, warnIfExposed } from './banner';
import { runCli } from './run-cli';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
// EXPLORER_DIST_DIR lets parallel checkouts or test runs build without clobbering each other.
const dist = path.resolve(root, process.env.EXPLORER_DIST_DIR ?? 'dist');

/** True when the build is missing or older than any source file. */
function needsBuild(): boolean {
  const built = path.join(dist, 'index.html');
  if (!fs.existsSync(built)) return true;
  const builtAt = fs.statSync(built).mtimeMs;
  const newer = (dir: string): boolean =>
    fs.readdirSync(dir, { withFileTypes: true }).some((e) => {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) return newer(p);
      return !/\.test\.tsx?$/.test(e.name) && fs.statSync(p).mtimeMs > builtAt;
    });
  return (
    ['src', 'public'].some((d) => fs.existsSync(path.join(root, d)) && newer(path.join(root, d))) ||
    fs.statSync(path.join(root, 'index.html')).mtimeMs > builtAt
  );
}

runCli(async () => {
  const args = readExplorerArgs(process.argv.slice(2));
  warnIfExposed(args.host);
  if (args.rebuild || needsBuild()) {
    console.log('Building the explorer (first start or sources changed)…');
    await build({
      root,
      logLevel: 'warn',
      configFile: path.join(root, 'vite.config.ts'),
      // Hashed assets of an older build stay, so an explorer already serving this folder keeps working.
      build: { outDir: dist, emptyOutDir: false },
    });
  }
  const sandbox = await startSandbox(args.sandboxPort, args.sandboxApiKey, { seedContacts: args.sandboxSeedContacts });
  const explorer = await startExplorerServer({
    distDir: dist,
    port: args.port,
    host: args.host,
    sandbox: { url: sandbox.url, instance: sandbox.sandbox },
    allowOrigins: args.allowOrigins,
    limits: args.limits,
    version: process.env.npm_package_version ?? '0.0.0',
  });
  printBanner({ explorerUrl: explorer.url, sandboxUrl: sandbox.url, sandboxKey: sandbox.sandbox.apiKey() });
  return [explorer.server, sandbox.server];
});
