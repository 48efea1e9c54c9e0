/**
 * The response viewer in Chromium on huge answers (issue 6): a 20 MB and a
 * 100 MB `GET /api/3/contacts` body, served by a local fixture server
 * through the explorer's proxy, exactly as a user would fetch them.
 * - first rows: from the response's arrival (its `responseEnd`) until the frame
 *   showing the first tree rows has painted; longest main-thread task in that time
 *   (Long Tasks API, which reports tasks of 50 ms or more); DOM nodes afterwards;
 * - expand: from clicking "Expand contacts" (100,000 items) until the frame showing them;
 * - the naive approach, `JSON.stringify(value, null, 2)` in a `<pre>`, on the same body in the same run.
 * Targets: first rows < 300 ms, longest task < 100 ms, DOM nodes < 3,000, expand 100k < 100 ms.
 * Ports 6350-6352, loopback only.
 */
import http from 'node:http';
import type { Page } from '@playwright/test';
import { bigContactsJson } from '../e2e/big-contacts';
import { LazyJson } from '../src/core/response/lazy-json';
import { TreeModel } from '../src/core/response/tree-model';
import { launchChromium, percentile, startExplorer } from './support';

const PORT = 6350;
const FIXTURE_PORT = 6352;
const FIXTURE = `http://127.0.0.1:${FIXTURE_PORT}`;
// RESPONSE_BENCH_ONLY=20 runs just the 20 MB case (the 100 MB naive run alone takes minutes).
const SIZES = [
  { name: '20 MB', count: 100_000 },
  { name: '100 MB', count: 510_000 },
].filter((s) => !process.env.RESPONSE_BENCH_ONLY || s.name.startsWith(`${process.env.RESPONSE_BENCH_ONLY} `));

const bodies = new Map(SIZES.map((s) => [String(s.count), Buffer.from(bigContactsJson(s.count))]));
const server = http.createServer((req, res) => {
  const body = bodies.get(new URL(req.url ?? '/', FIXTURE).searchParams.get('search') ?? '');
  if (!body) res.writeHead(404).end();
  else res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': body.length }).end(body);
});
await new Promise<void>((resolve) => server.listen(FIXTURE_PORT, '127.0.0.1', resolve));

interface Figures {
  ms: number;
  longestTask: number;
  nodes: number;
}

/** Installs the probes in the page: long tasks, and a promise resolved once a row with `label` has painted. */
function armProbe(page: Page, label: string): Promise<void> {
  return page.evaluate((rowLabel) => {
    const w = window as unknown as { __probe: Promise<unknown>; __tasks: { start: number; end: number }[] };
    w.__tasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__tasks.push({ start: e.startTime, end: e.startTime + e.duration });
    }).observe({ type: 'longtask' });
    w.__probe = new Promise((resolve) => {
      const check = () => {
        const row = document.querySelector(`[role="tree"] [role="treeitem"][aria-label="${rowLabel}"]`);
        if (!row) return requestAnimationFrame(check);
        // A message posted from rAF is handled after that frame is painted.
        requestAnimationFrame(() => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => resolve(performance.now());
          ch.port2.postMessage(null);
        });
      };
      requestAnimationFrame(check);
    });
  }, label);
}

async function collect(page: Page, from: number | 'response'): Promise<Figures> {
  return page.evaluate(async (start) => {
    const w = window as unknown as { __probe: Promise<number>; __tasks: { start: number; end: number }[] };
    const painted = await w.__probe;
    const proxied = performance.getEntriesByType('resource').filter((r) => r.name.includes('/proxy/'));
    const arrival = start === 'response' ? ((proxied.at(-1) as PerformanceResourceTiming).responseEnd ?? 0) : start;
    // Let the Long Tasks observer deliver the last entries.
    await new Promise((r) => setTimeout(r, 100));
    const during = w.__tasks.filter((t) => t.start < painted && t.end > arrival);
    return {
      ms: painted - arrival,
      longestTask: Math.max(0, ...during.map((t) => t.end - t.start)),
      nodes: document.getElementsByTagName('*').length,
    };
  }, from);
}

async function ours(page: Page, explorerUrl: string, count: number) {
  await page.goto(explorerUrl);
  await page.getByRole('combobox', { name: 'Connection' }).selectOption({ label: 'My ActiveCampaign account' });
  await page.getByLabel('API URL').fill(FIXTURE);
  await page.getByLabel('API key', { exact: true }).fill('bench-key-0123456789abcdef');
  await page.getByRole('searchbox', { name: 'Search methods' }).fill('List, search and filter contacts');
  await page.getByRole('link', { name: 'List, search and filter contacts', exact: true }).click();
  await page.getByLabel('search', { exact: true }).fill(String(count));
  await armProbe(page, `contacts: [${count}]`);
  await page.getByRole('button', { name: 'Send request' }).click();
  const first = await collect(page, 'response');
  const responseNodes = await page.locator('section.response').evaluate((el) => el.getElementsByTagName('*').length);

  await armProbe(page, '0: {8}');
  const clicked = await page.evaluate(() => {
    const t0 = performance.now();
    const button = document.querySelector<HTMLButtonElement>('button[aria-label="Expand contacts"]');
    button?.click();
    return t0;
  });
  const expand = await collect(page, clicked);
  return { first, responseNodes, expand };
}

async function naive(page: Page, explorerUrl: string, count: number): Promise<Figures | string> {
  await page.goto(`${explorerUrl}/explorer-config.json`);
  await page.evaluate(() => document.body.replaceChildren());
  await armProbe(page, 'naive');
  try {
    return await page.evaluate(
      async ([fixture, search]) => {
        const w = window as unknown as { __tasks: { start: number; end: number }[] };
        const res = await fetch(`/proxy/api/3/contacts?search=${search}`, { headers: { 'X-Target-Origin': fixture } });
        const text = await res.text();
        const arrival = (performance.getEntriesByType('resource').at(-1) as PerformanceResourceTiming).responseEnd;
        const pre = document.createElement('pre');
        pre.textContent = JSON.stringify(JSON.parse(text), null, 2);
        document.body.append(pre);
        const painted = await new Promise<number>((resolve) =>
          requestAnimationFrame(() => {
            const ch = new MessageChannel();
            ch.port1.onmessage = () => resolve(performance.now());
            ch.port2.postMessage(null);
          }),
        );
        await new Promise((r) => setTimeout(r, 100));
        const during = w.__tasks.filter((t) => t.start < painted && t.end > arrival);
        return {
          ms: painted - arrival,
          longestTask: Math.max(0, ...during.map((t) => t.end - t.start)),
          nodes: document.getElementsByTagName('*').length,
        };
      },
      [FIXTURE, String(count)] as const,
    );
  } catch (e) {
    return `failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
  }
}

/** The worker's share, measured in Node: opening the bytes lazily vs JSON.parse, and opening 100,000 items. */
function modelFigures(bytes: Buffer, count: number): void {
  const median = (fn: () => void) => {
    const runs = Array.from({ length: 5 }, () => {
      const t0 = performance.now();
      fn();
      return performance.now() - t0;
    }).sort((a, b) => a - b);
    return percentile(runs, 50);
  };
  const u8 = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const open = median(() => LazyJson.open(u8));
  const parse = median(() => JSON.parse(new TextDecoder().decode(u8)));
  const lazy = LazyJson.open(u8);
  if (!lazy) throw new Error('fixture is not valid JSON');
  const toggle = median(() => {
    const model = new TreeModel(lazy);
    model.toggle('contacts', true, 1);
    model.rows(0, 130);
  });
  console.log(
    `  model     open lazily ${ms(open)} vs decode + JSON.parse ${ms(parse)}; ` +
      `open ${count.toLocaleString('en-US')} items and read 130 rows ${toggle.toFixed(1)} ms (Node, median of 5)`,
  );
}

const verdict = (value: number, target: number) => (value < target ? 'meets' : 'MISSES');
const ms = (n: number) => `${n.toFixed(0)} ms`;

const explorer = await startExplorer(PORT, ['--allow-origin', FIXTURE]);
const browser = await launchChromium();
const newPage = async () => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  // tsx compiles with keepNames, so functions sent to the page call a `__name` helper that only exists here.
  await page.addInitScript(() => {
    (globalThis as unknown as { __name: (f: unknown) => unknown }).__name = (f) => f;
  });
  return page;
};
try {
  for (const size of SIZES) {
    const bytes = bodies.get(String(size.count))?.length ?? 0;
    console.log(
      `\n${size.name} body (${size.count.toLocaleString('en-US')} contacts, ${bytes.toLocaleString('en-US')} bytes)`,
    );
    modelFigures(bodies.get(String(size.count)) ?? Buffer.alloc(0), size.count);
    const page = await newPage();
    const r = await ours(page, explorer.url, size.count);
    await page.close();
    console.log(
      `  explorer  first rows ${ms(r.first.ms)} (target < 300: ${verdict(r.first.ms, 300)}), ` +
        `longest task ${r.first.longestTask > 0 ? ms(r.first.longestTask) : '< 50 ms (none reported)'} ` +
        `(target < 100: ${verdict(r.first.longestTask, 100)}), ` +
        `DOM nodes ${r.first.nodes} in the page, ${r.responseNodes} in the response (target < 3,000: ${verdict(r.first.nodes, 3000)})`,
    );
    console.log(
      `  explorer  expand ${size.count.toLocaleString('en-US')} items ${ms(r.expand.ms)} (target < 100: ${verdict(r.expand.ms, 100)}), ` +
        `longest task ${r.expand.longestTask > 0 ? ms(r.expand.longestTask) : '< 50 ms'}, DOM nodes ${r.expand.nodes}`,
    );
    const naivePage = await newPage();
    const n = await naive(naivePage, explorer.url, size.count);
    await naivePage.close();
    console.log(
      typeof n === 'string'
        ? `  naive     <pre>JSON.stringify(value, null, 2)</pre>: ${n}`
        : `  naive     <pre>JSON.stringify(value, null, 2)</pre>: painted ${ms(n.ms)}, longest task ${ms(n.longestTask)}, DOM nodes ${n.nodes} (one text node of the whole body)`,
    );
  }
} finally {
  await browser.close();
  await explorer.stop();
  server.close();
}
