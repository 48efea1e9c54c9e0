import { parseArgs } from 'node:util';

/** Parses a `--name <port>` value, with a clear message for a bad one. */
export function portArg(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    throw new Error(`--${name} must be a port number between 0 and 65535, got "${value}".`);
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
      'allow-origin': { type: 'string', multiple: true },
      rebuild: { type: 'boolean' },
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
    allowOrigins: [...(values['allow-origin'] ?? []), ...fromEnv],
    rebuild: values.rebuild ?? false,
  };
}
