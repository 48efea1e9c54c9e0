import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { startExplorerServer } from '../explorer-server';
import { startSandbox } from '../sandbox/start-sandbox';
import { openWebhookInbox } from '../webhook-inbox/open-inbox';
import { explorerUsage, readExplorerArgs } from './args';
import { printBanner, warnIfExposed } from './banner';
import { needsBuild } from './build-freshness';
import { runCli } from './run-cli';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
// EXPLORER_DIST_DIR lets parallel checkouts or test runs build without clobbering each other.
const dist = path.resolve(root, process.env.EXPLORER_DIST_DIR ?? 'dist');

runCli(async () => {
  const args = readExplorerArgs(process.argv.slice(2));
  if (args.help) {
    console.log(explorerUsage('start'));
    process.exit(0);
  }
  warnIfExposed(args.host);
  // A corrupt inbox file stops the start before a build is spent on it.
  const inbox = openWebhookInbox(args.webhookInboxFile);
  process.on('exit', inbox.flush);
  if (args.rebuild || needsBuild(root, dist)) {
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
    webhookInbox: inbox.store,
  });
  printBanner({ explorerUrl: explorer.url, sandboxUrl: sandbox.url, sandboxKey: sandbox.sandbox.apiKey() });
  return [explorer.server, sandbox.server];
});
