import type http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { createExplorerMiddleware } from '../explorer-middleware';
import { startSandbox } from '../sandbox/start-sandbox';
import { openWebhookInbox } from '../webhook-inbox/open-inbox';
import { explorerUsage, readExplorerArgs } from './args';
import { printBanner, warnIfExposed } from './banner';
import { runCli } from './run-cli';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

runCli(async () => {
  const args = readExplorerArgs(process.argv.slice(2));
  if (args.help) {
    console.log(explorerUsage('run dev'));
    process.exit(0);
  }
  warnIfExposed(args.host);
  const inbox = openWebhookInbox(args.webhookInboxFile);
  process.on('exit', inbox.flush);
  const sandbox = await startSandbox(args.sandboxPort, args.sandboxApiKey, { seedContacts: args.sandboxSeedContacts });
  const selfOrigins: string[] = [];
  const middleware = createExplorerMiddleware({
    selfOrigins: () => selfOrigins,
    sandbox: { url: sandbox.url, instance: sandbox.sandbox },
    allowOrigins: args.allowOrigins,
    limits: args.limits,
    version: 'dev',
    webhookInbox: inbox.store,
  });
  const vite = await createServer({
    root,
    configFile: path.join(root, 'vite.config.ts'),
    server: { port: args.port, host: args.host, strictPort: true },
    plugins: [
      {
        name: 'explorer-proxy',
        configureServer(server) {
          server.middlewares.use(middleware);
        },
      },
    ],
  });
  await vite.listen();
  const port = vite.config.server.port;
  selfOrigins.push(`http://${args.host}:${port}`, `http://localhost:${port}`, `http://127.0.0.1:${port}`);
  printBanner({
    explorerUrl: `http://${args.host}:${port}`,
    sandboxUrl: sandbox.url,
    sandboxKey: sandbox.sandbox.apiKey(),
  });
  if (!vite.httpServer) throw new Error('Vite did not start an HTTP server.');
  return [vite.httpServer as http.Server, sandbox.server];
});
