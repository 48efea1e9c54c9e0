import type { PathSegment } from '../response/json-path';
import { singularOf } from './inflect';
import { resolveName, type ResourceIndex } from './resource-index';

/** What a row of a parsed response points at: a record by its id, or a `links` URL. */
export type RowTarget = { kind: 'id'; collection: string; id: string } | { kind: 'link'; url: string };

/** Branches that hold paging echoes and counters, never ids of records (`meta.page_input.listid`). */
const SKIPPED = new Set(['meta', 'page_input']);

/** ActiveCampaign ids are positive integers, sent as strings or numbers; `0` means "none". */
export function idLike(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0 ? String(value) : undefined;
  return typeof value === 'string' && /^[1-9]\d{0,17}$/.test(value) ? value : undefined;
}

/** A `links` value: an absolute URL into v3 on any origin (the sandbox's or an account's). */
function linkLike(value: unknown): string | undefined {
  return typeof value === 'string' && /^https?:\/\/[^/\s]+\/api\/3\/\S+$/.test(value) ? value : undefined;
}

/**
 * The record collection a key holds: a plural collection key (`contacts`) or a singular root key
 * (`contact`); with `within`, also an alias (`stages` of a pipeline are deal stages). Records
 * themselves are never found by alias: `owner: {type: "deal", id: "5"}` is not a user.
 */
function collectionOfKey(index: ResourceIndex, key: string, within?: string | null): string | undefined {
  if (index.collections.has(key)) return key;
  const strict = index.bySingular.get(key);
  if (strict || within === null) return strict;
  return resolveName(index, singularOf(key), within);
}

/** Whether a key only numbers rows (v1's `"0"`, `"1"` collections) or wraps the body (XML's `root`). */
function transparent(segment: PathSegment | undefined): boolean {
  return typeof segment === 'number' || segment === undefined || segment === 'root' || /^\d+$/.test(segment);
}

/**
 * The collection of the record that holds the value at `segments`: the nearest named
 * ancestor (`contacts[3]`, `contact`), or the answering method's own subject for records at
 * the top (v1 answers, or items of a v1 `"0"`, `"1"` collection).
 */
function recordCollection(index: ResourceIndex, parents: readonly PathSegment[], subject?: string): string | undefined {
  for (let i = parents.length - 1; i >= 0; i--) {
    const s = parents[i];
    if (transparent(s)) continue;
    return collectionOfKey(index, s as string, null);
  }
  return subject;
}

/**
 * Whether the value at `segments` is an id of a known resource or a `links` URL. Looks only at
 * the row's own path and value, so it costs the same for a row of a 100 MB body read lazily:
 * `id` in a record (`contacts[3].id`, `contact.id`, a v1 row), a field named after a resource
 * (`tag`, `listid`, `owner`, `stage` on a deal), or an item of an id array (`stages[0]`).
 * `subject`: the collection the answering method is about (used for records at the top).
 */
export function detectRow(
  index: ResourceIndex,
  segments: readonly PathSegment[],
  value: unknown,
  subject?: string,
): RowTarget | undefined {
  if (segments.some((s) => typeof s === 'string' && SKIPPED.has(s))) return undefined;
  const key = segments[segments.length - 1];
  const parents = segments.slice(0, -1);
  const parentKey = parents[parents.length - 1];
  if (parentKey === 'links') {
    const url = linkLike(value);
    return url ? { kind: 'link', url } : undefined;
  }
  const id = idLike(value);
  if (id === undefined || key === undefined) return undefined;
  let collection: string | undefined;
  if (key === 'id') collection = recordCollection(index, parents, subject);
  else if (typeof key === 'number') {
    // An item of an array of ids, named after what it holds (`stages: ["18", "19"]`).
    const within = recordCollection(index, parents.slice(0, -1), subject);
    collection = typeof parentKey === 'string' ? collectionOfKey(index, parentKey, within) : undefined;
  } else if (!/^\d+$/.test(key)) {
    collection = resolveName(index, key, recordCollection(index, parents, subject));
  }
  return collection && index.takers.has(collection) ? { kind: 'id', collection, id } : undefined;
}
