import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateApiKey } from '../sandbox/api-key';
import { writeDataFile } from '../sandbox/data-file';
import { seedStore } from '../sandbox/seed';
import { toSnapshot } from '../sandbox/snapshot';
import { loadDataFile, startSandbox } from '../sandbox/start-sandbox';
import { countArg, portArg } from './args';
import { runCli } from './run-cli';

const USAGE = `Usage: npm run sandbox -- [--port <q>] [--api-key <k>] [--data <file>] [--no-rate-limit] [--seed-contacts <n>]
       npm run sandbox -- --data <file> --reset-key     (issue a new key for a stopped, persisted sandbox)`;

/** `--reset-key`: rewrites the key in the data file (seeding it if new) and prints the new key. */
function resetKeyInFile(file: string): void {
  const now = () => new Date();
  const store = loadDataFile(file, now)?.store ?? seedStore('', now);
  const key = generateApiKey();
  writeDataFile(file, toSnapshot(store, key));
  console.log(`New sandbox API key for ${file} (the old key is denied from the next start):\n${key}`);
}

runCli(async () => {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      port: { type: 'string' },
      'api-key': { type: 'string' },
      data: { type: 'string' },
      'reset-key': { type: 'boolean' },
      'no-rate-limit': { type: 'boolean' },
      'seed-contacts': { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const dataFile = values.data ? path.resolve(values.data) : undefined;
  if (values['reset-key']) {
    if (!dataFile) throw new Error(`--reset-key needs --data <file>: without one the key is never stored.\n${USAGE}`);
    resetKeyInFile(dataFile);
    process.exit(0);
  }
  const running = await startSandbox(portArg(values.port, 'port', 5174), values['api-key'], {
    ...(dataFile ? { dataFile } : {}),
    ...(values['no-rate-limit'] ? { rateLimit: false as const } : {}),
    seedContacts: countArg(values['seed-contacts'], 'seed-contacts'),
  });
  if (dataFile) {
    // runCli exits on Ctrl+C/SIGTERM; the exit hook is synchronous, so the atomic write completes first.
    process.on('exit', () => running.save());
  }
  console.log(`
  ActiveCampaign API sandbox
    API URL: ${running.url}
    API key: ${running.sandbox.apiKey()}
  v3: ${running.url}/api/3/…   v1: ${running.url}/admin/api.php
  ${dataFile ? `Data: ${dataFile} (saved on a clean stop)` : 'Data: in memory (pass --data <file> to keep it)'}
  Rate limit: ${values['no-rate-limit'] ? 'off' : '5 requests/second per account'}
  Press Ctrl+C to stop.
`);
  return [running.server];
});
