import { z } from 'zod';
import { shapes } from './engine/model';
import type { Row } from './engine/resource';
import { emptyStore } from './seed';
import type { SandboxStore } from './store';

/**
 * The `--data` file format: the key and every table's rows as plain JSON.
 * Reading validates the file (its format, each row's id, and each
 * attribute's JSON kind against the resource's documented shape), so a
 * hand-edited or truncated file is refused with a clear message instead of
 * breaking handlers later.
 */
const VERSION = 2;

const fileSchema = z.object({
  format: z.literal('activecampaign-sandbox'),
  version: z.number().int(),
  apiKey: z.string().min(1),
  tables: z.record(
    z.string(),
    z.object({
      lastId: z.number().int().nonnegative(),
      rows: z.array(z.looseObject({ id: z.string().min(1) })),
    }),
  ),
});

type Kind = 'string' | 'number' | 'boolean' | 'array' | 'object';

function kindOf(v: unknown): Kind | 'null' {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'array';
  const t = typeof v;
  return t === 'string' || t === 'number' || t === 'boolean' ? t : 'object';
}

/** Serialises the account and its key. */
export function toSnapshot(store: SandboxStore, apiKey: string): string {
  const tables = Object.fromEntries(
    [...store.tables].map(([name, t]) => [name, { lastId: t.lastId, rows: [...t.rows.values()] }]),
  );
  return JSON.stringify({ format: 'activecampaign-sandbox', version: VERSION, apiKey, tables });
}

function refuse(why: string): never {
  throw new Error(`it is not a sandbox data file: ${why}`);
}

const KIND_WORDS: Record<Kind | 'null', string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

/** The first stored attribute whose JSON kind is not the documented one (null is always allowed), as `key: why`. */
function misfit(name: string, row: Row): string | undefined {
  const base = shapes.get(name)?.base ?? {};
  for (const [k, v] of Object.entries(row)) {
    const documented = kindOf(base[k]);
    const actual = kindOf(v);
    if (k !== 'id' && documented !== 'null' && actual !== 'null' && actual !== documented)
      return `${k}: expected ${KIND_WORDS[documented]}, found ${KIND_WORDS[actual]}`;
  }
  return undefined;
}

/** Reads a snapshot back; throws an Error naming the first problem when the text is not a valid snapshot. */
export function fromSnapshot(text: string, baseUrl: string, now: () => Date): { store: SandboxStore; apiKey: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new Error(`it is not valid JSON (${err instanceof Error ? err.message : String(err)})`, { cause: err });
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    refuse(`${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`);
  }
  const { version, tables, apiKey } = parsed.data;
  if (version !== VERSION) {
    refuse(
      `it has format version ${version}, and this sandbox reads version ${VERSION} (move the file away to start from the demo account)`,
    );
  }
  const store = emptyStore(baseUrl, now);
  for (const [name, { lastId, rows }] of Object.entries(tables)) {
    const table = store.tables.get(name);
    if (!table) refuse(`tables.${name}: the sandbox has no such table`);
    rows.forEach((row, i) => {
      if (table.rows.has(row.id)) refuse(`${name} has id ${row.id} twice`);
      const why = misfit(name, row);
      if (why) refuse(`tables.${name}.rows.${i}.${why}`);
      table.add(row);
    });
    // Never hand out an id that is already taken, even if lastId was edited down.
    table.lastId = Math.max(table.lastId, lastId);
  }
  return { store, apiKey };
}
