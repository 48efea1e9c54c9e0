import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

/** Runs a CLI entry as npm does (through tsx) and returns its exit code and output; starts no server. */
const root = path.resolve(import.meta.dirname, '../../..');
async function run(file: string, args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', file, ...args], {
      cwd: root,
      timeout: 30_000,
    });
    return { code: 0, out: stdout + stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: err.code ?? -1, out: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}

const CLIS = [
  'src/server/cli/start.ts',
  'src/server/cli/dev.ts',
  'src/server/cli/sandbox.ts',
  'src/server/cli/catalog.ts',
  'bench/run.ts',
];

describe('CLI help and mistakes', () => {
  it('every CLI answers --help with its usage and exit code 0', async () => {
    const results = await Promise.all(CLIS.map((file) => run(file, ['--help'])));
    results.forEach((r, i) => {
      expect(r.code, CLIS[i]).toBe(0);
      expect(r.out, CLIS[i]).toMatch(/^Usage: npm /);
    });
  }, 60_000);

  it('a benchmark filter that matches nothing is an error, not an empty success', async () => {
    const r = await run('bench/run.ts', ['typo']);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/No benchmark matches "typo"\. Available: .*proxy/);
  }, 30_000);
});
