import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Runs a copied shell command with the real curl and returns the status code and body. A private .curlrc (in a
 * fresh HOME) makes curl quiet and print the status after the body, without changing the command the user copies.
 */
export async function runCurl(command: string): Promise<{ status: number; body: string }> {
  const home = await fs.mkdtemp(path.join(os.tmpdir(), 'curl-home-'));
  await fs.writeFile(path.join(home, '.curlrc'), 'silent\nwrite-out = "\\n%{http_code}"\n');
  const { stdout } = await run('bash', ['-c', command], { env: { ...process.env, HOME: home, CURL_HOME: home } });
  const cut = stdout.lastIndexOf('\n');
  return { status: Number(stdout.slice(cut + 1)), body: stdout.slice(0, cut) };
}
