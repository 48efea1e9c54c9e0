import fs from 'node:fs';
import path from 'node:path';
import * as z from 'zod/mini';
import { deliverySchema } from '../../core/webhooks/inbox-wire';
import type { InboxState, InboxStore } from './inbox-store';

const fileSchema = z.object({ version: z.literal(1), nextId: z.number(), deliveries: z.array(deliverySchema) });

/** Quiet time after a change before the file is rewritten: a burst of deliveries is one write. */
const WRITE_DELAY_MS = 250;

/**
 * Reads a persisted inbox (`--webhook-inbox-file`); undefined when the file
 * does not exist yet. A file that is not a valid inbox stops the start with
 * a message naming the problem, and is left as it was.
 */
export function loadInboxFile(file: string): InboxState | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  let why: string;
  try {
    const parsed = fileSchema.safeParse(JSON.parse(text));
    if (parsed.success) return { nextId: parsed.data.nextId, deliveries: parsed.data.deliveries };
    const issue = parsed.error.issues[0];
    why = `${issue?.path.join('.') || '(top level)'}: ${issue?.message ?? 'invalid'}`;
  } catch (err) {
    why = err instanceof Error ? err.message : String(err);
  }
  throw new Error(
    `Cannot load the webhook inbox file ${file}: ${why}. The file was left untouched; fix it, move it away, or pass another --webhook-inbox-file path.`,
  );
}

/** Writes atomically: a temporary file beside the target, then a rename, so a crash mid-write leaves the last file whole. */
function writeInboxFile(file: string, state: InboxState): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  fs.writeFileSync(tmp, JSON.stringify({ version: 1, ...state }), { mode: 0o600 });
  fs.renameSync(tmp, file);
}

/**
 * Keeps `file` in step with the store: rewritten shortly after each change,
 * and at once on `flush()` (call it from the process's `exit` handler).
 */
export function persistInbox(store: InboxStore, file: string): { flush: () => void } {
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    try {
      writeInboxFile(file, store.state());
    } catch (err) {
      // A full disk or a removed folder costs the file, never the running explorer.
      console.error(
        `Could not write the webhook inbox file ${file}: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
  };
  store.subscribe(() => {
    timer ??= setTimeout(flush, WRITE_DELAY_MS);
  });
  return { flush };
}
