import { parseArgs } from 'node:util';
import { DEFAULT_LIMITS, LIMIT_FLAGS, type ProxyLimits } from '../proxy/proxy';
import { normaliseAllowedOrigin } from '../proxy/target-policy';

/** Parses a `--name <port>` value, with a clear message for a bad one. */
export function portArg(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    throw new Error(`--${name} must be a port number between 0 and 65535, got "${value}".`);
  }
  return n;
}

/** `--help` of `npm start` and `npm run dev`, which share their flags. */
export function explorerUsage(command: 'start' | 'run dev'): string {
  const limits = DEFAULT_LIMITS;
  return `Usage: npm ${command} -- [options]

${command === 'start' ? 'Builds the explorer when its sources changed, then serves it' : 'Serves the explorer from sources with hot reload'}, its proxy and a sandbox account.

Options:
  --port <n>                  explorer port (default 5173)
  --host <address>            address to bind (default 127.0.0.1; beyond loopback the proxy is reachable by others)
  --sandbox-port <n>          sandbox port (default 5174)
  --sandbox-api-key <key>     fixed sandbox key instead of a new one each start
  --sandbox-seed-contacts <n> extra deterministic sandbox contacts (for paging at scale)
  --allow-origin <origin>     another API origin the proxy may forward to (repeatable; also EXPLORER_ALLOW_ORIGINS)
  --webhook-inbox-file <path> keep the webhook inbox's deliveries in this file across restarts (default: memory only)
${command === 'start' ? '  --rebuild                   build even when the sources did not change\n' : ''}  --max-request-bytes <n>      largest request body the proxy forwards (default ${limits.maxRequestBytes})
  --max-response-bytes <n>    largest answer the proxy passes back (default ${limits.maxResponseBytes})
  --connect-timeout-ms <n>    time to connect to the API host (default ${limits.connectTimeoutMs})
  --total-timeout-ms <n>      time for the whole call (default ${limits.totalTimeoutMs})
  --help                      print this and exit`;
}

/** Parses a `--seed-contacts <n>`-like count: a whole number from 0 to 1,000,000. */
export function countArg(value: string | undefined, name: string): number {
  if (value === undefined) return 0;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0 || n > 1_000_000) {
    throw new Error(`--${name} must be a whole number between 0 and 1000000, got "${value}".`);
  }
  return n;
}

/** Reads the flags shared by `npm start` and `npm run dev`. */
export function readExplorerArgs(argv: readonly string[]) {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'sandbox-port': { type: 'string' },
      'sandbox-api-key': { type: 'string' },
      'sandbox-seed-contacts': { type: 'string' },
      'allow-origin': { type: 'string', multiple: true },
      'webhook-inbox-file': { type: 'string' },
      rebuild: { type: 'boolean' },
      help: { type: 'boolean' },
      'max-request-bytes': { type: 'string' },
      'max-response-bytes': { type: 'string' },
      'connect-timeout-ms': { type: 'string' },
      'total-timeout-ms': { type: 'string' },
    },
    strict: true,
  });
  const fromEnv = (process.env.EXPLORER_ALLOW_ORIGINS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return {
    port: portArg(values.port, 'port', 5173),
    host: values.host ?? '127.0.0.1',
    sandboxPort: portArg(values['sandbox-port'], 'sandbox-port', 5174),
    sandboxApiKey: values['sandbox-api-key'],
    sandboxSeedContacts: countArg(values['sandbox-seed-contacts'], 'sandbox-seed-contacts'),
    allowOrigins: [...(values['allow-origin'] ?? []), ...fromEnv].map(normaliseAllowedOrigin),
    webhookInboxFile: values['webhook-inbox-file'],
    rebuild: values.rebuild ?? false,
    help: values.help ?? false,
    limits: readLimits(values),
  };
}

/** Each proxy limit from its flag (`--max-request-bytes` …), validated as a positive integer. */
function readLimits(values: Record<string, unknown>): ProxyLimits {
  const limits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(LIMIT_FLAGS) as (keyof ProxyLimits)[]) {
    const flag = LIMIT_FLAGS[key];
    const raw = values[flag.slice(2)];
    if (typeof raw !== 'string') continue;
    const n = Number(raw);
    if (!Number.isSafeInteger(n) || n <= 0) throw new Error(`${flag} must be a positive whole number, got "${raw}".`);
    limits[key] = n;
  }
  return limits;
}
