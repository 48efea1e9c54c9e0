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
      rebuild: { type: 'boolean' },
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
    rebuild: values.rebuild ?? false,
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
