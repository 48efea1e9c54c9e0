import { parseArgs } from 'node:util';
import { startSandbox } from '../sandbox/start-sandbox';
import { portArg } from './args';
import { runCli } from './run-cli';

runCli(async () => {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { port: { type: 'string' }, 'api-key': { type: 'string' } },
    strict: true,
  });
  const running = await startSandbox(portArg(values.port, 'port', 5174), values['api-key']);
  console.log(`
  ActiveCampaign API sandbox
    API URL: ${running.url}
    API key: ${running.sandbox.apiKey()}
  v3: ${running.url}/api/3/…   v1: ${running.url}/admin/api.php
  Press Ctrl+C to stop.
`);
  return [running.server];
});
