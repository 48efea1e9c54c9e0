import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateApiKey } from './api-key';
import { readDataFile, writeDataFile } from './data-file';
import { createSandboxServer } from './node-server';
import type { RateLimitOptions } from './rate-limit';
import { createSandbox, type Sandbox } from './sandbox';
import { fromSnapshot, toSnapshot } from './snapshot';
import type { SandboxStore } from './store';
import { deliveryProblem } from './webhooks/delivery-log';
import { createNodeDeliverer } from './webhooks/node-deliverer';

export interface RunningSandbox {
  sandbox: Sandbox;
  server: http.Server;
  url: string;
  /** Writes the data file now (no-op without `dataFile`); the CLI calls it on a clean stop. */
  save(): void;
}

export interface StartSandboxOptions {
  /** 5 requests/second per account (shared by every key) unless `false`. */
  rateLimit?: RateLimitOptions | false;
  /** Persist state here: loaded at start (seeded if missing), written by `save()`. */
  dataFile?: string;
  /** Seeds this many extra deterministic contacts on top of the demo account (ignored when a data file is restored). */
  seedContacts?: number;
}

/** Loads a data file; a corrupt one throws a message that names it and promises it was not touched. */
export function loadDataFile(file: string, now: () => Date): { store: SandboxStore; apiKey: string } | undefined {
  const text = readDataFile(file);
  if (text === undefined) return undefined;
  try {
    return fromSnapshot(text, '', now);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new Error(
      `Cannot load the sandbox data file ${file}: ${why}. The file was left untouched; fix it, move it away, or pass another --data path.`,
      { cause: err },
    );
  }
}

/** Starts the sandbox on 127.0.0.1 (loopback only: it is a local test account). */
export async function startSandbox(
  port: number,
  apiKey?: string,
  options: StartSandboxOptions = {},
): Promise<RunningSandbox> {
  const now = () => new Date();
  const restored = options.dataFile ? loadDataFile(options.dataFile, now) : undefined;
  const sandbox = createSandbox({
    apiKey: apiKey ?? restored?.apiKey ?? generateApiKey(),
    baseUrl: '',
    now,
    ...(restored ? { store: restored.store } : {}),
    ...(options.seedContacts ? { seedContacts: options.seedContacts } : {}),
    // The running sandbox really delivers its webhooks (to loopback only); failures get one line each.
    webhooks: {
      deliver: createNodeDeliverer(),
      onDelivery: (report) => {
        const problem = deliveryProblem(report);
        if (problem) console.warn(problem);
      },
    },
  });
  const server = createSandboxServer(sandbox, { rateLimit: options.rateLimit ?? undefined });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  sandbox.store.baseUrl = url;
  const { dataFile } = options;
  const save = () => {
    if (dataFile) writeDataFile(dataFile, toSnapshot(sandbox.store, sandbox.apiKey()));
  };
  return { sandbox, server, url, save };
}
