/**
 * The proxy's cost on loopback, in one run: direct to a local upstream, through
 * a bare ~20-line node:http pass-through (the floor for any Node proxy here),
 * and through ours (the same middleware `npm start` serves). Each server runs in
 * its own process; this process is the client. Ports 6580-6582, loopback only.
 * Targets (issue 8): p50 added ≤ 1 ms over direct; throughput ≥ 0.9 × bare; peak RSS growth < 50 MB at 100 MB.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { createExplorerMiddleware } from '../src/server/explorer-middleware';
import { percentile } from './support';

const PORTS = { upstream: 6580, bare: 6581, ours: 6582 } as const;
const UPSTREAM = `http://127.0.0.1:${PORTS.upstream}`;
const LATENCY_REQUESTS = 2000;
const WARMUP_REQUESTS = 300;
const THROUGHPUT_SECONDS = 3;
/** Rounds alternate the targets, so a neighbour's load on this shared box hits all three alike. */
const THROUGHPUT_ROUNDS = 3;
const BIG_BYTES = 100 * 1024 * 1024;
const USER_ME = JSON.stringify({
  user: { username: 'admin', firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com', id: '1' },
});

type Role = keyof typeof PORTS;

/** Child-process side: serve one role until killed. */
function serve(role: Role): void {
  let server: http.Server;
  if (role === 'upstream') {
    const chunk = Buffer.alloc(64 * 1024, 'x');
    server = http.createServer((req, res) => {
      if (req.url === '/big') {
        res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': String(BIG_BYTES) });
        let left = BIG_BYTES / chunk.length;
        const pump = () => {
          while (left > 0) {
            left--;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end();
        };
        return pump();
      }
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(USER_ME) });
      res.end(USER_ME);
    });
  } else if (role === 'bare') {
    // The floor: what any Node pass-through costs, with no checks at all.
    const agent = new http.Agent({ keepAlive: true });
    server = http.createServer((req, res) => {
      const up = http.request(
        { host: '127.0.0.1', port: PORTS.upstream, method: req.method, path: req.url, headers: req.headers, agent },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      up.on('error', () => res.destroy());
      req.pipe(up);
    });
  } else {
    const self = `http://127.0.0.1:${PORTS.ours}`;
    const middleware = createExplorerMiddleware({
      selfOrigins: () => [self],
      allowOrigins: [UPSTREAM],
      limits: { maxResponseBytes: 128 * 1024 * 1024 },
      version: 'bench',
    });
    server = http.createServer((req, res) => middleware(req, res, () => res.writeHead(404).end()));
  }
  server.listen(PORTS[role], '127.0.0.1', () => console.log('ready'));
}

function start(role: Role): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--serve', role], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout?.once('data', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`${role} exited (${code})`)));
  });
}

interface Target {
  name: string;
  port: number;
  path: string;
  headers: Record<string, string>;
}

const targets: Target[] = [
  { name: 'direct', port: PORTS.upstream, path: '/api/3/users/me', headers: {} },
  { name: 'bare proxy', port: PORTS.bare, path: '/api/3/users/me', headers: {} },
  {
    name: 'our proxy',
    port: PORTS.ours,
    path: '/proxy/api/3/users/me',
    headers: { 'X-Target-Origin': UPSTREAM, 'Api-Token': 'bench-key' },
  },
];

function once(agent: http.Agent, t: Target): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    http
      .get({ host: '127.0.0.1', port: t.port, path: t.path, headers: t.headers, agent }, (res) => {
        res.resume();
        res.on('end', () =>
          res.statusCode === 200 ? resolve(performance.now() - t0) : reject(new Error(`${t.name}: ${res.statusCode}`)),
        );
      })
      .on('error', reject);
  });
}

/** Sequential keep-alive requests; the three targets take turns so drift hits them equally. */
async function latencies(): Promise<Map<string, number[]>> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const samples = new Map(targets.map((t) => [t.name, [] as number[]]));
  for (let i = 0; i < WARMUP_REQUESTS + LATENCY_REQUESTS; i++) {
    for (const t of targets) {
      const ms = await once(agent, t);
      if (i >= WARMUP_REQUESTS) samples.get(t.name)?.push(ms);
    }
  }
  agent.destroy();
  for (const s of samples.values()) s.sort((a, b) => a - b);
  return samples;
}

/** Server processes by target name, for CPU time per request: a figure that load from neighbours barely moves. */
const serverPid = new Map<string, number>();
const cpuUse = new Map<string, { ticks: number; requests: number }>();

function cpuTicks(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return Number(fields[11]) + Number(fields[12]); // utime + stime
}

async function throughput(t: Target, seconds: number): Promise<number> {
  const url = `http://127.0.0.1:${t.port}${t.path}`;
  const pid = serverPid.get(t.name) ?? 0;
  const before = cpuTicks(pid);
  const r = await autocannon({ url, headers: t.headers, connections: 50, duration: seconds });
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${t.name}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  const use = cpuUse.get(t.name) ?? { ticks: 0, requests: 0 };
  cpuUse.set(t.name, { ticks: use.ticks + cpuTicks(pid) - before, requests: use.requests + r.requests.total });
  return r.requests.average;
}

/** Median req/s per target over interleaved rounds, after a one-second warm-up each. */
async function throughputs(): Promise<Map<string, number>> {
  const runs = new Map(targets.map((t) => [t.name, [] as number[]]));
  for (const t of targets) await throughput(t, 1);
  for (let round = 0; round < THROUGHPUT_ROUNDS; round++) {
    for (const t of targets) runs.get(t.name)?.push(await throughput(t, THROUGHPUT_SECONDS));
  }
  return new Map(
    [...runs].map(([name, r]) => [
      name,
      percentile(
        [...r].sort((a, b) => a - b),
        50,
      ),
    ]),
  );
}

function rssKb(pid: number): number {
  const line = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(line?.[1] ?? NaN);
}

/** Streams 100 MB through ours, reading as fast as it can, sampling the server's RSS every 20 ms. */
async function streamingRss(ours: ChildProcess): Promise<{ growthMb: number; seconds: number }> {
  const pid = ours.pid ?? 0;
  const before = rssKb(pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssKb(pid))), 20);
  const t0 = performance.now();
  const received = await new Promise<number>((resolve, reject) => {
    http
      .get(
        { host: '127.0.0.1', port: PORTS.ours, path: '/proxy/big', headers: { 'X-Target-Origin': UPSTREAM } },
        (res) => {
          let n = 0;
          res.on('data', (c: Buffer) => (n += c.length));
          res.on('end', () => resolve(n));
        },
      )
      .on('error', reject);
  });
  clearInterval(sampler);
  peak = Math.max(peak, rssKb(pid));
  if (received !== BIG_BYTES) throw new Error(`streamed ${received} bytes, expected ${BIG_BYTES}`);
  return { growthMb: (peak - before) / 1024, seconds: (performance.now() - t0) / 1000 };
}

async function main(): Promise<void> {
  const children = await Promise.all((['upstream', 'bare', 'ours'] as const).map(start));
  const ours = children[2];
  serverPid.set('direct', children[0]?.pid ?? 0);
  serverPid.set('bare proxy', children[1]?.pid ?? 0);
  serverPid.set('our proxy', ours?.pid ?? 0);
  try {
    if (!ours) throw new Error('our proxy did not start');
    const lat = await latencies();
    const p = (name: string, q: number) => percentile(lat.get(name) ?? [], q);
    console.log(`latency at concurrency 1 (${LATENCY_REQUESTS} keep-alive requests each, ms):`);
    for (const t of targets)
      console.log(`  ${t.name.padEnd(11)} p50 ${p(t.name, 50).toFixed(3)}  p99 ${p(t.name, 99).toFixed(3)}`);
    for (const name of ['bare proxy', 'our proxy']) {
      console.log(
        `  added by ${name.padEnd(11)} p50 ${(p(name, 50) - p('direct', 50)).toFixed(3)}  p99 ${(p(name, 99) - p('direct', 99)).toFixed(3)}`,
      );
    }
    const rps = await throughputs();
    console.log(
      `throughput at 50 connections (median of ${THROUGHPUT_ROUNDS} interleaved ${THROUGHPUT_SECONDS} s runs, req/s):`,
    );
    for (const t of targets) {
      const use = cpuUse.get(t.name);
      // /proc ticks are 10 ms (CLK_TCK 100 on Linux).
      const cpuUs = use ? (use.ticks * 10_000) / use.requests : NaN;
      console.log(
        `  ${t.name.padEnd(11)} ${Math.round(rps.get(t.name) ?? 0)}  (server CPU ${cpuUs.toFixed(0)} µs/request)`,
      );
    }
    const ratio = (rps.get('our proxy') ?? 0) / (rps.get('bare proxy') ?? 1);
    const rss = await streamingRss(ours);
    console.log(`  ours / bare ${ratio.toFixed(2)} (target ≥ 0.90)`);
    const perRequest = (name: string) => {
      const use = cpuUse.get(name);
      return use ? use.ticks / use.requests : NaN;
    };
    // On a shared box req/s swings with neighbours' load; CPU per request is the same claim, load-independent.
    console.log(
      `  CPU per request, bare / ours ${(perRequest('bare proxy') / perRequest('our proxy')).toFixed(2)} (target ≥ 0.90)`,
    );
    console.log(
      `streaming 100 MB through ours: peak RSS growth ${rss.growthMb.toFixed(1)} MB (target < 50), ${(100 / rss.seconds).toFixed(0)} MB/s`,
    );
    const added = p('our proxy', 50) - p('direct', 50);
    console.log(`p50 added by ours ${added.toFixed(3)} ms (target ≤ 1.000)`);
  } finally {
    for (const c of children) c.kill('SIGTERM');
  }
}

if (process.argv[2] === '--serve') serve(process.argv[3] as Role);
else await main();
