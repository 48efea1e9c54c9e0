import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/chromium';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Debian's Chromium with the flags this machine needs (no downloads, no background traffic). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions);
}

export interface RunningExplorer {
  url: string;
  sandboxUrl: string;
  sandboxKey: string;
  stop: () => Promise<void>;
}

/** Starts `npm start` on loopback with fixed ports, waits for its banner, and stops it on demand. */
export async function startExplorer(
  port: number,
  extraArgs: readonly string[] = [],
  sandboxKey = 'bench-sandbox-key-000000',
): Promise<RunningExplorer> {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(root, 'src/server/cli/start.ts'),
      '--port',
      String(port),
      '--sandbox-port',
      String(port + 1),
      '--sandbox-api-key',
      sandboxKey,
      ...extraArgs,
    ],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, EXPLORER_DIST_DIR: process.env.EXPLORER_DIST_DIR ?? 'dist' },
    },
  );
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('Press Ctrl+C')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`npm start exited early (${code}): ${out}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    sandboxUrl: `http://127.0.0.1:${port + 1}`,
    sandboxKey,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Median and percentiles of a sample, in the sample's unit. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? NaN;
}
