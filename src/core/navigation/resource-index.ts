import type { MethodSummary } from '../catalog/catalog-index';
import type { HttpMethod } from '../catalog/types';
import { singularOf, camelCase } from './inflect';
import { aliasOf, keyStems, V1_SUBJECTS } from './key-names';

/** How a method uses the id, which orders the "Open in…" menu: read it, read around it, change it, delete it. */
export type Role = 'get' | 'related' | 'change' | 'delete';

/** A catalog method that takes an id of some resource in one of its parameters. */
export interface IdTaker {
  methodId: string;
  summary: string;
  http: HttpMethod;
  api: 'v3' | 'v1';
  /** Path template (v3) or `api_action` (v1). */
  where: string;
  /** The wire name of the parameter the id goes into. */
  param: string;
  via: 'path' | 'query' | 'v1';
  role: Role;
}

/** One segment of a v3 path template: a literal or a `{param}`. */
type TemplateSegment = { literal: string } | { param: string };

/** A v3 path template split into segments, for matching `links` URLs. */
export interface PathTemplate {
  methodId: string;
  http: HttpMethod;
  segments: readonly TemplateSegment[];
}

/** What the catalog says about resources and the methods that take their ids; built once from the method index. */
export interface ResourceIndex {
  /** Every collection path (`contacts`, `customObjects/schemas`), by its singular root key. */
  readonly bySingular: ReadonlyMap<string, string>;
  readonly collections: ReadonlySet<string>;
  /** Methods taking an id of each collection, in menu order. */
  readonly takers: ReadonlyMap<string, readonly IdTaker[]>;
  /** The GET that reads one record of a collection, and its id parameter. */
  readonly itemGet: ReadonlyMap<string, { methodId: string; param: string }>;
  /** The GET that lists a collection, and its query parameter names. */
  readonly listOf: ReadonlyMap<string, { methodId: string; params: readonly string[] }>;
  /** v3 templates of every method, for `links` URLs. */
  readonly templates: readonly PathTemplate[];
  /** The collection each method answers about (a v3 path's first collection, a v1 action's subject). */
  readonly subjectOf: ReadonlyMap<string, string>;
}

const V3_PREFIX = '/api/3/';

/** Splits `/api/3/deals/{id}/notes` into segments; undefined for a path outside v3. */
export function templateSegments(path: string): TemplateSegment[] | undefined {
  if (!path.startsWith(V3_PREFIX)) return undefined;
  return path
    .slice(V3_PREFIX.length)
    .split('/')
    .map((s) => (/^\{[^}]+\}$/.test(s) ? { param: s.slice(1, -1) } : { literal: s }));
}

/** A parameter that carries an id by its name: `id`, `contactId`, `groupID`, `subscriberid`. */
function isIdParam(name: string): boolean {
  return name === 'id' || /(id|Id|ID)$/.test(name);
}

/** Each `{param}` with the literal segments before it (since the previous param): its collection by position. */
function paramRuns(segments: readonly TemplateSegment[]): { param: string; run: string[] }[] {
  const out: { param: string; run: string[] }[] = [];
  let run: string[] = [];
  for (const s of segments) {
    if ('param' in s) {
      out.push({ param: s.param, run });
      run = [];
    } else run.push(s.literal);
  }
  return out;
}

/** Builds the index from the catalog's method summaries (the first-load index is enough: paths, params, actions). */
export function buildResourceIndex(methods: readonly MethodSummary[]): ResourceIndex {
  const collections = new Set<string>();
  const templates: PathTemplate[] = [];
  for (const m of methods) {
    if (m.api !== 'v3') continue;
    const segments = templateSegments(m.where);
    if (!segments) continue;
    templates.push({ methodId: m.id, http: m.http, segments });
    for (const { param, run } of paramRuns(segments))
      if (run.length > 0 && isIdParam(param)) collections.add(run.join('/'));
    const [only] = segments;
    if (m.http === 'GET' && segments.length === 1 && only && 'literal' in only) collections.add(only.literal);
  }
  const bySingular = new Map<string, string>();
  for (const c of collections) {
    const singular = singularOf(c.split('/').pop() ?? c);
    // Two-segment collections (`lists/exclusions`) must not shadow a resource's own name.
    if (!bySingular.has(singular) || !c.includes('/')) bySingular.set(singular, c);
  }

  const partial = { collections, bySingular };
  const subjectOf = new Map<string, string>();
  const itemGet = new Map<string, { methodId: string; param: string }>();
  const listOf = new Map<string, { methodId: string; params: readonly string[] }>();
  const takers = new Map<string, IdTaker[]>();
  const add = (collection: string, taker: IdTaker) => {
    const list = takers.get(collection) ?? [];
    if (!list.some((t) => t.methodId === taker.methodId && t.param === taker.param)) list.push(taker);
    takers.set(collection, list);
  };

  for (const m of methods) {
    const base = { methodId: m.id, summary: m.summary, http: m.http, api: m.api, where: m.where };
    if (m.api === 'v1') {
      const subject = v1Subject(partial, m.where);
      if (subject === null) continue;
      if (subject) subjectOf.set(m.id, subject);
      const role = v1Role(m.where);
      for (const name of m.paramNames) {
        const collection = name === 'id' ? subject : resolveName(partial, name, subject);
        if (collection) add(collection, { ...base, param: name, via: 'v1', role });
      }
      continue;
    }
    const segments = templateSegments(m.where);
    if (!segments) continue;
    const runs = paramRuns(segments);
    const first = runs[0]?.run.join('/') ?? segments.map((s) => ('literal' in s ? s.literal : '')).join('/');
    if (collections.has(first)) subjectOf.set(m.id, first);
    if (runs.length === 1) {
      const [{ param, run }] = runs as [{ param: string; run: string[] }];
      const collection = pathParamCollection(partial, param, run);
      const last = segments[segments.length - 1];
      const endsWithId = last !== undefined && 'param' in last;
      if (collection) {
        // Reading the record itself (`/contacts/{id}`), not something reached through it.
        const own = endsWithId && run.join('/') === collection;
        const role: Role = m.http === 'DELETE' ? 'delete' : m.http !== 'GET' ? 'change' : own ? 'get' : 'related';
        add(collection, { ...base, param, via: 'path', role });
        if (role === 'get' && !itemGet.has(collection)) itemGet.set(collection, { methodId: m.id, param });
      }
    }
    if (m.http !== 'GET' || runs.length > 0) continue;
    // A list: its query parameters that name another resource filter it by that resource's id.
    const own = segments.map((s) => ('literal' in s ? s.literal : '')).join('/');
    if (!listOf.has(own)) listOf.set(own, { methodId: m.id, params: m.paramNames });
    for (const name of m.paramNames) {
      const collection = resolveName(partial, name, own);
      if (collection && collection !== own) add(collection, { ...base, param: name, via: 'query', role: 'related' });
    }
  }
  const ROLE_ORDER: Record<Role, number> = { get: 0, related: 1, change: 2, delete: 3 };
  const VIA_ORDER = { path: 0, query: 1, v1: 2 };
  const sorted = new Map<string, readonly IdTaker[]>();
  for (const [c, list] of takers) {
    // Stable: within a role and channel, catalog order (which is sidebar order) is kept.
    sorted.set(
      c,
      [...list].sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || VIA_ORDER[a.via] - VIA_ORDER[b.via]),
    );
  }
  return { collections, bySingular, takers: sorted, itemGet, listOf, templates, subjectOf };
}

type Names = Pick<ResourceIndex, 'collections' | 'bySingular'>;

/**
 * The collection a field or parameter name refers to: a root key (`contact`, `tag`), the same
 * with an id suffix (`listid`, `contact_id`, `dealId`), or a known alias (`owner`, `stage`,
 * `seriesid`); `within` is the collection of the record that holds it (`group` on a deal).
 */
export function resolveName(index: Names, name: string, within?: string): string | undefined {
  for (const stem of keyStems(name)) {
    const found = aliasOf(stem, within) ?? index.bySingular.get(stem);
    if (found) return found;
  }
  return undefined;
}

/**
 * The collection a path parameter takes an id of: `{id}` and `{ecomOrderId}` belong to the
 * collection before them (`/ecomOrders/{ecomOrderId}`), as does a parameter named after the start of
 * it (`/groupMembers/{groupID}`); one named after another resource names that one
 * (`/content/editorMarkup/{messageId}` takes a message id).
 */
function pathParamCollection(index: Names, param: string, run: readonly string[]): string | undefined {
  if (!isIdParam(param)) return undefined;
  const position = run.length > 0 && index.collections.has(run.join('/')) ? run.join('/') : undefined;
  if (param === 'id') return position;
  const named = resolveName(index, param);
  if (!position) return named;
  if (!named || named === position) return position;
  const stem = param.replace(/_?(id|Id|ID)$/, '');
  return singularOf(run[run.length - 1] ?? '').startsWith(stem) ? position : named;
}

const V1_VERBS = new Set([
  'add',
  'edit',
  'sync',
  'view',
  'get',
  'list',
  'paginator',
  'delete',
  'me',
  'getforms',
  'html',
]);

/**
 * `deal_stage_edit` → `dealStages`, `contact_view_email` → `contacts`: the words before the
 * first verb name the resource; the exceptions (`contact_tag_add` takes a contact) are data.
 * null: the action is about something the explorer does not link to (v1's reseller accounts).
 */
function v1Subject(index: Names, action: string): string | null | undefined {
  const special = V1_SUBJECTS.find((s) => action === s.prefix || action.startsWith(`${s.prefix}_`));
  if (special) return special.collection;
  const words = action.split('_');
  const verb = words.findIndex((w, i) => i > 0 && V1_VERBS.has(w));
  const noun = words.slice(0, verb > 0 ? verb : -1);
  return noun.length > 0 ? resolveName(index, camelCase(noun.join('_'))) : undefined;
}

/** v1 reads and deletes are both GETs: the action's verb says which it is. */
function v1Role(action: string): Role {
  const words = action.split('_');
  const verb = words[words.length - 1] ?? '';
  if (words.includes('delete')) return 'delete';
  if (['view', 'get', 'html'].includes(verb)) return 'get';
  if (['list', 'paginator', 'totals'].includes(verb) || words.includes('report')) return 'related';
  return 'change';
}

/** The method listing the collection a method is about (`v3.contacts.get` → `v3.contacts.list`); none for that list itself. */
export function collectionListOf(index: ResourceIndex, methodId: string): string | undefined {
  const subject = index.subjectOf.get(methodId);
  const list = subject === undefined ? undefined : index.listOf.get(subject)?.methodId;
  return list === methodId ? undefined : list;
}
