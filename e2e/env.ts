/**
 * Ports and key for the e2e run (loopback only). `E2E_PORT_BASE` moves all
 * three ports so several runs can share a machine.
 */
const base = Number(process.env.E2E_PORT_BASE ?? 5391);

export const E2E = {
  port: base,
  sandboxPort: base + 1,
  fixturePort: base + 2,
  sandboxKey: 'e2e-sandbox-key-7f3a9c2b5d1e',
  explorerUrl: `http://127.0.0.1:${base}`,
  sandboxUrl: `http://127.0.0.1:${base + 1}`,
  /** A plain local server with odd answers (HTML errors, broken JSON, huge bodies); allowed via --allow-origin. */
  fixtureUrl: `http://127.0.0.1:${base + 2}`,
} as const;
