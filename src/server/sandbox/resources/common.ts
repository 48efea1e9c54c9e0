/** Small helpers the resource declarations share: seed time, ids as text, hashes, error shapes. */
import type { Attrs, OpKind, Relation, Row } from '../engine/resource';

/** Seeds are stamped from here, an hour per step, so every start yields identical data. */
export const SEED_START = Date.UTC(2026, 0, 1, 15, 0, 0);
const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** A seed time `hours` after the start. */
export function at(hours: number): number {
  return SEED_START + hours * HOUR;
}

/** A value as an id or text ('' for none). */
export function text(v: unknown): string {
  return typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '';
}

const hashes = new Map<string, string>();

/** A stable 32-hex-digit hash, like the real `hash` columns (not cryptographic); remembered, as reads repeat it. */
export function hashOf(input: string): string {
  const known = hashes.get(input);
  if (known !== undefined) return known;
  if (hashes.size > 50_000) hashes.clear();
  let h = 0x811c9dc5;
  let out = '';
  for (let round = 0; round < 4; round++) {
    for (let i = 0; i < input.length; i++) h = Math.imul(h ^ input.charCodeAt(i), 16777619) >>> 0;
    h = Math.imul(h ^ round, 16777619) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  hashes.set(input, out);
  return out;
}

/** A deterministic UUID-shaped id for resources whose real ids are UUIDs (custom objects). */
export function uuidOf(seed: string): string {
  const h = hashOf(seed);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The ids of rows, as the arrays of ids some records carry (`stages: ["1","2"]`). */
export function idsOf(rows: readonly Row[]): string[] {
  return rows.map((r) => r.id);
}

/** Picks the i-th item of a non-empty list, cycling. */
export function pick<T>(list: readonly T[], i: number): T {
  const item = list[((i % list.length) + list.length) % list.length];
  if (item === undefined) throw new Error('pick() needs a non-empty list');
  return item;
}

/** A shallow copy with keys renamed (`from → to`); a key already given under its new name wins. */
export function renamed(attrs: Attrs, names: Readonly<Record<string, string>>): Attrs {
  const out: Attrs = {};
  for (const [k, v] of Object.entries(attrs)) {
    const to = names[k];
    if (to === undefined) out[k] = v;
    else if (!(to in attrs)) out[to] = v;
  }
  return out;
}

/** A shallow copy without the listed keys. */
export function omit(attrs: Attrs, keys: readonly string[]): Attrs {
  return Object.fromEntries(Object.entries(attrs).filter(([k]) => !keys.includes(k)));
}

/** The usual methods of a resource by catalog id prefix: `crud('v3.tags')` → v3.tags.list … v3.tags.delete. */
export function crud(
  prefix: string,
  kinds: readonly OpKind[] = ['list', 'get', 'create', 'update', 'delete'],
): Record<string, OpKind> {
  return Object.fromEntries(kinds.map((kind) => [`${prefix}.${kind}`, kind]));
}

/** A record owned by another: it goes when that one goes. */
export function ownedBy(field: string, to: string, link?: string): Relation {
  return { field, to, onDelete: 'cascade', ...(link ? { link } : {}) };
}

/** A polymorphic owner (a note's `relid`, read by its `reltype`): one relation per kind of owner. */
export function ownedByKind(field: string, kindField: string, tables: Readonly<Record<string, string>>): Relation[] {
  return Object.entries(tables).map(([kind, to]) => ({
    field,
    to,
    onDelete: 'cascade',
    when: { field: kindField, equals: kind },
  }));
}

/** A reference that must name an existing record and is left alone when that record goes. */
export function refersTo(field: string, to: string, checked = true): Relation {
  return { field, to, onDelete: 'keep', ...(checked ? {} : { checked: false }) };
}

/** A reference cleared (set to null) when the record it names goes. */
export function clearedWith(field: string, to: string): Relation {
  return { field, to, onDelete: 'clear' };
}

/** A custom field definition's attributes before anyone sets them (deal and account fields alike). */
export const customFieldMetaDefaults = {
  fieldOptions: null,
  fieldDefault: null,
  fieldDefaultCurrency: null,
  knownFieldId: null,
  personalization: '',
} as const;

/** The companies the demo account sells to: its accounts, and the names its deals carry. */
export const COMPANIES = [
  'Acme Corp',
  'Globex',
  'Initech',
  'Umbrella',
  'Hooli',
  'Stark Industries',
  'Wayne Enterprises',
  'Wonka',
  'Tyrell',
  'Cyberdyne',
  'Soylent',
  'Vandelay',
] as const;
