/**
 * The sandbox's speed at two account sizes, on loopback: requests per second
 * for an unfiltered contact list (the default page of 20) and for a contact
 * create, at the demo account's 250 contacts and at 100,000. Each sandbox
 * runs in its own process (rate limit off; this process is the client), on a
 * port the OS picks on 127.0.0.1. Server CPU time per request is printed
 * too: on a shared box it barely moves with neighbours' load, so it is the
 * figure behind the target that an unfiltered page costs the same at both sizes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { createSandboxServer } from '../src/server/sandbox/node-server';
import { createSandbox } from '../src/server/sandbox/sandbox';
import { SEED_CONTACTS } from '../src/server/sandbox/seed';

const KEY = 'bench-sandbox-key';
const SIZES = [SEED_CONTACTS, 100_000] as const;
const SECONDS = 3;
const ROUNDS = 3;
const CONNECTIONS = 20;

/** Child-process side: a sandbox with `total` contacts on a free loopback port, until killed. */
function serve(total: number): void {
  const t0 = performance.now();
  const sandbox = createSandbox({ apiKey: KEY, baseUrl: '', seedContacts: total - SEED_CONTACTS });
  const seedMs = performance.now() - t0;
  const server = createSandboxServer(sandbox, { rateLimit: false });
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address() as AddressInfo;
    sandbox.store.baseUrl = `http://127.0.0.1:${port}`;
    const heapMb = process.memoryUsage().heapUsed / 1e6;
    console.log(`ready ${port} ${seedMs.toFixed(0)} ${heapMb.toFixed(0)}`);
  });
}

interface Running {
  child: ChildProcess;
  url: string;
  seedMs: number;
  heapMb: number;
}

function start(total: number): Promise<Running> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--serve', String(total)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout?.once('data', (d: Buffer) => {
      const [, port, seedMs, heapMb] = d.toString().trim().split(' ');
      resolve({ child, url: `http://127.0.0.1:${port}`, seedMs: Number(seedMs), heapMb: Number(heapMb) });
    });
    child.once('exit', (code) => reject(new Error(`sandbox with ${total} contacts exited (${code})`)));
  });
}

function cpuTicks(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return Number(fields[11]) + Number(fields[12]); // utime + stime
}

interface Load {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  body?: () => string;
}

let created = 0;
const loads: readonly Load[] = [
  { name: 'list', method: 'GET', path: '/api/3/contacts' },
  {
    name: 'create',
    method: 'POST',
    path: '/api/3/contacts',
    body: () => JSON.stringify({ contact: { email: `bench-${++created}@example.com`, firstName: 'Bench' } }),
  },
];

/** req/s and server CPU µs per request over one timed run. */
async function measure(server: Running, load: Load, seconds: number): Promise<{ rps: number; cpuUs: number }> {
  const pid = server.child.pid ?? 0;
  const before = cpuTicks(pid);
  const headers = { 'Api-Token': KEY, 'Content-Type': 'application/json' };
  const result = await autocannon({
    url: `${server.url}${load.path}`,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: load.method,
        path: load.path,
        headers,
        ...(load.body ? { setupRequest: (req) => ({ ...req, body: load.body?.() }) } : {}),
      },
    ],
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${load.name}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  }
  // /proc ticks are 10 ms (CLK_TCK 100 on Linux).
  return { rps: result.requests.average, cpuUs: ((cpuTicks(pid) - before) * 10_000) / result.requests.total };
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function main(): Promise<void> {
  const figures = new Map<string, { rps: number; cpuUs: number }>();
  for (const total of SIZES) {
    const server = await start(total);
    try {
      console.log(`${total.toLocaleString('en-US')} contacts: seeded in ${server.seedMs} ms, heap ${server.heapMb} MB`);
      for (const load of loads) {
        await measure(server, load, 1);
        const runs = [];
        for (let round = 0; round < ROUNDS; round++) runs.push(await measure(server, load, SECONDS));
        const f = { rps: median(runs.map((r) => r.rps)), cpuUs: median(runs.map((r) => r.cpuUs)) };
        figures.set(`${load.name}@${total}`, f);
        console.log(
          `  ${load.method} ${load.path} (${load.name}): ${Math.round(f.rps)} req/s, server CPU ${f.cpuUs.toFixed(0)} µs/request` +
            ` (median of ${ROUNDS} × ${SECONDS} s at ${CONNECTIONS} connections)`,
        );
      }
    } finally {
      server.child.kill('SIGTERM');
    }
  }
  const [small, large] = SIZES;
  for (const load of loads) {
    const a = figures.get(`${load.name}@${small}`);
    const b = figures.get(`${load.name}@${large}`);
    if (!a || !b) continue;
    console.log(
      `${load.name}: CPU per request at ${large.toLocaleString('en-US')} / at ${small} contacts ${(b.cpuUs / a.cpuUs).toFixed(2)}` +
        (load.name === 'list' ? ' (target ≤ 1.20: an unfiltered page costs the same at any size)' : ''),
    );
  }
}

if (process.argv[2] === '--serve') serve(Number(process.argv[3]));
else await main();
