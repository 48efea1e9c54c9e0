import fs from 'node:fs';
import path from 'node:path';

/** Reads the `--data` file; undefined when it does not exist yet (first run). */
export function readDataFile(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/**
 * Writes atomically: a temporary file beside the target, then a rename, so a
 * crash mid-write leaves the previous file whole. Synchronous because it
 * runs from the process `exit` handler.
 */
export function writeDataFile(file: string, text: string): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  fs.writeFileSync(tmp, text, { mode: 0o600 });
  fs.renameSync(tmp, file);
}
