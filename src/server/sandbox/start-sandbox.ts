import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSandboxServer } from './node-server';
import { generateApiKey } from './api-key';
import { createSandbox, type Sandbox } from './sandbox';

export interface RunningSandbox {
  sandbox: Sandbox;
  server: http.Server;
  url: string;
}

/** Starts the sandbox on 127.0.0.1 (loopback only: it is a local test account). */
export async function startSandbox(port: number, apiKey: string = generateApiKey()): Promise<RunningSandbox> {
  const sandbox = createSandbox({ apiKey, baseUrl: '', now: () => new Date() });
  const server = createSandboxServer(sandbox);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  sandbox.store.baseUrl = url;
  return { sandbox, server, url };
}
