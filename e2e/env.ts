/** Fixed ports and key for the e2e run (loopback only). */
export const E2E = {
  port: 5391,
  sandboxPort: 5392,
  sandboxKey: 'e2e-sandbox-key-7f3a9c2b5d1e',
  get explorerUrl() {
    return `http://127.0.0.1:${this.port}`;
  },
  get sandboxUrl() {
    return `http://127.0.0.1:${this.sandboxPort}`;
  },
} as const;
