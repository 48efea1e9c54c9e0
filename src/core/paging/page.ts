import type { MethodValues } from '../request/types';
import type { PagingSpec } from './paging-spec';

/** Where one answer sits in its list. */
export interface PageInfo {
  /** The answer's key holding the records (`contacts`, `rows`; empty for v1 lists keyed "0", "1", …). */
  rootKey: string;
  records: readonly unknown[];
  mode: 'offset' | 'keyset' | 'page';
  /** Records skipped before this page (offset mode); the 1-based page number minus one times its size (page mode). */
  offset: number;
  /** The page size asked for. */
  limit: number;
  /** The list's total as the server stated it (`meta.total`, v1 `total`), as a number; keyset: records after `afterId`. */
  total?: number;
  /** Keyset mode: the `id_greater` this page was asked with. */
  afterId?: number;
  /** The id of the last record, the next keyset page's `id_greater`. */
  lastId?: number;
}

/** A parameter change: `undefined` removes the parameter (the API's default applies). */
export type ParamPatch = Readonly<Record<string, string | number | undefined>>;

/** The four steps of a page bar; a missing one cannot be taken from here. */
export interface PageSteps {
  first?: ParamPatch;
  previous?: ParamPatch;
  next?: ParamPatch;
  last?: ParamPatch;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A count the API may send as a number or a numeric string (`meta.total: "22"`). */
export function toCount(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^\s*\d+\s*$/.test(v)) return Number(v);
  return undefined;
}

function paramNumber(values: MethodValues, name: string): number | undefined {
  return toCount(values.params[name]);
}

/** Whether the values ask for keyset paging (`id_greater` set on a method that supports it). */
export function isKeyset(spec: PagingSpec, values: MethodValues): boolean {
  return spec.style === 'offset' && spec.keyset && paramNumber(values, 'id_greater') !== undefined;
}

/** Finds the records in an answer: the spec's root key, else the first array beside `meta`. */
function findRecords(spec: PagingSpec, body: Record<string, unknown>): { rootKey: string; records: unknown[] } {
  if (spec.style === 'page') {
    // v1 lists key their rows "0", "1", … beside the result_code envelope.
    const records = Object.keys(body)
      .filter((k) => /^\d+$/.test(k))
      .sort((a, b) => Number(a) - Number(b))
      .map((k) => body[k]);
    return { rootKey: '', records };
  }
  if (spec.rootKey && Array.isArray(body[spec.rootKey])) {
    return { rootKey: spec.rootKey, records: body[spec.rootKey] as unknown[] };
  }
  const key = Object.keys(body).find((k) => k !== 'meta' && Array.isArray(body[k]));
  return key ? { rootKey: key, records: body[key] as unknown[] } : { rootKey: spec.rootKey ?? '', records: [] };
}

/** The id of a record, when it has a numeric one (ActiveCampaign sends ids as strings). */
export function recordId(record: unknown): number | undefined {
  return isObject(record) ? toCount(record.id) : undefined;
}

/** Reads where a parsed answer sits in its list; undefined when the body is no page of this method. */
export function readPage(spec: PagingSpec, values: MethodValues, body: unknown): PageInfo | undefined {
  if (!isObject(body)) return undefined;
  const { rootKey, records } = findRecords(spec, body);
  if (spec.style === 'page') {
    const page = paramNumber(values, 'page') ?? 1;
    if (rootKey === '' && records.length === 0 && !('result_code' in body)) return undefined;
    return { rootKey, records, mode: 'page', offset: (page - 1) * spec.pageSize, limit: spec.pageSize };
  }
  if (rootKey === '' || !Array.isArray(body[rootKey])) return undefined;
  const limit = paramNumber(values, 'limit') ?? spec.defaultLimit;
  const total = spec.api === 'v3' ? toCount(isObject(body.meta) ? body.meta.total : undefined) : toCount(body.total);
  const lastId = recordId(records.at(-1));
  const base = {
    rootKey,
    records,
    limit,
    ...(total !== undefined ? { total } : {}),
    ...(lastId !== undefined ? { lastId } : {}),
  };
  if (isKeyset(spec, values)) {
    return { ...base, mode: 'keyset', offset: 0, afterId: paramNumber(values, 'id_greater') ?? 0 };
  }
  return { ...base, mode: 'offset', offset: paramNumber(values, 'offset') ?? 0 };
}

/** Whether a page is the list's last one. */
export function isLastPage(page: PageInfo): boolean {
  if (page.records.length === 0) return true;
  if (page.mode === 'keyset')
    return page.total !== undefined ? page.records.length >= page.total : page.records.length < page.limit;
  if (page.total !== undefined) return page.offset + page.records.length >= page.total;
  return page.records.length < page.limit;
}

/** First / Previous / Next / Last from a page, as parameter changes for the same method. */
export function pageSteps(page: PageInfo): PageSteps {
  const last = isLastPage(page);
  if (page.mode === 'page') {
    const n = page.offset / page.limit + 1;
    return {
      ...(n > 1 ? { first: { page: 1 }, previous: { page: n - 1 } } : {}),
      ...(!last ? { next: { page: n + 1 } } : {}),
    };
  }
  if (page.mode === 'keyset') {
    // Keyset paging moves forward only; going back means starting again from the first id.
    return {
      ...(page.afterId ? { first: { id_greater: 0 } } : {}),
      ...(!last && page.lastId !== undefined ? { next: { id_greater: page.lastId } } : {}),
    };
  }
  const steps: PageSteps = {};
  if (page.offset > 0) {
    steps.first = { offset: 0 };
    steps.previous = { offset: Math.max(0, page.offset - page.limit) };
  }
  if (!last) {
    steps.next = { offset: page.offset + page.limit };
    if (page.total !== undefined) steps.last = { offset: lastOffset(page.total, page.limit) };
  }
  return steps;
}

/** The offset of the last page of `total` records in pages of `limit` (0 for an empty list). */
export function lastOffset(total: number, limit: number): number {
  return total <= 0 ? 0 : Math.floor((total - 1) / limit) * limit;
}

/** "1–20 of 22", "21–22 of 22", "No records"; keyset pages count from the id they start after. */
export function pageLabel(page: PageInfo): string {
  const n = page.records.length;
  if (n === 0) return page.offset > 0 ? `No records after ${page.offset}` : 'No records';
  if (page.mode === 'keyset') {
    const of = page.total !== undefined ? ` of ${page.total}` : '';
    return `1–${n}${of} after id ${page.afterId ?? 0}`;
  }
  const of = page.total !== undefined ? ` of ${page.total}` : '';
  return `${page.offset + 1}–${page.offset + n}${of}`;
}

/** The same call's values with a step (or a page size) applied; the body stays as it was. */
export function withParams(values: MethodValues, patch: ParamPatch): MethodValues {
  const params = Object.fromEntries(
    [...Object.entries(values.params), ...Object.entries(patch)].filter(
      ([name]) => !(name in patch) || patch[name] !== undefined,
    ),
  );
  return values.body !== undefined ? { params, body: values.body } : { params };
}

/** The change that switches a call to keyset paging from its start (contacts), or back to offsets. */
export function modePatch(mode: 'offset' | 'keyset'): ParamPatch {
  return mode === 'keyset'
    ? { id_greater: 0, 'orders[id]': 'ASC', offset: undefined }
    : { id_greater: undefined, offset: 0 };
}
