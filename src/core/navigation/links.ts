import { singularOf } from './inflect';
import { idLike } from './detect';
import { resolveName, type PathTemplate, type ResourceIndex } from './resource-index';

/** A catalog method with the values that reproduce what a link points at. */
export interface LinkTarget {
  methodId: string;
  /** Path or query parameters by wire name. */
  params: Readonly<Record<string, string>>;
  /**
   * `exact`: the method's path is the link's; `related`: the record a to-one link names (its id read
   * from the field of the same name); `list`: the list filtered by the parent; `parent`: the record
   * the link belongs to, when the catalog has no method for the link itself.
   */
  how: 'exact' | 'related' | 'list' | 'parent';
}

/** A link the catalog has no path for: `/api/3/<base>/<id>/<name>`, a relation of one record. */
export interface Relation {
  base: string;
  id: string;
  name: string;
}

export type LinkMatch = { kind: 'exact'; target: LinkTarget } | { kind: 'relation'; relation: Relation };

/** The segments below `/api/3/` of a URL on any origin, decoded; undefined for anything else. */
function v3Segments(url: string): string[] | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const at = path.indexOf('/api/3/');
  if (at < 0) return undefined;
  try {
    return path
      .slice(at + '/api/3/'.length)
      .replace(/\/$/, '')
      .split('/')
      .map((s) => decodeURIComponent(s));
  } catch {
    return undefined;
  }
}

/** The values a template takes from these segments, or undefined when it does not match. */
function fill(template: PathTemplate, segments: readonly string[]): Record<string, string> | undefined {
  if (template.segments.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < segments.length; i++) {
    const t = template.segments[i];
    const s = segments[i] ?? '';
    if (!t) return undefined;
    if ('literal' in t) {
      if (t.literal !== s) return undefined;
    } else if (s === '') return undefined;
    else params[t.param] = s;
  }
  return params;
}

/**
 * Matches a `links` URL with the catalog: the GET whose path template matches (the one with
 * the most literal segments: `/users/me` before `/users/{id}`), with its path parameters filled;
 * otherwise, for `/api/3/<collection>/<id>/<name>`, the relation to resolve with `resolveRelation`.
 */
export function matchLink(index: ResourceIndex, url: string): LinkMatch | undefined {
  const segments = v3Segments(url);
  if (!segments) return undefined;
  let best: { template: PathTemplate; params: Record<string, string>; literals: number } | undefined;
  for (const template of index.templates) {
    if (template.http !== 'GET') continue;
    const params = fill(template, segments);
    if (!params) continue;
    const literals = template.segments.filter((s) => 'literal' in s).length;
    if (!best || literals > best.literals) best = { template, params, literals };
  }
  if (best) return { kind: 'exact', target: { methodId: best.template.methodId, params: best.params, how: 'exact' } };
  const [base, id, name] = segments;
  if (segments.length === 3 && base && name && idLike(id) && /^[A-Za-z]+$/.test(base) && /^[A-Za-z]+$/.test(name))
    return { kind: 'relation', relation: { base, id: id as string, name } };
  return undefined;
}

/**
 * What a relation link leads to, in catalog methods. `field` is the value the record holds under
 * the link's name (`deal.stage` for `links.stage`), read only for such links:
 * a to-one relation with an id there opens that record (`Get a deal stage`); a polymorphic one
 * (`owner: {type: "deal", id: "5"}`) the record it names; `null` means there is nothing to open;
 * a to-many relation opens the related list filtered by the parent when the catalog has one
 * (`/dealGroups/1/stages` → "List deal stages" with `filters[d_groupid]=1`); otherwise the
 * record the link belongs to (its answer carries the relation's ids or sideloads).
 */
export function resolveRelation(index: ResourceIndex, relation: Relation, field: unknown): LinkTarget | undefined {
  const { base, id, name } = relation;
  if (field === null) return undefined;
  const target = relatedCollection(index, name, base, field);
  const ref = idLike(field) ?? (isRecordRef(field) ? idLike(field.id) : undefined);
  if (ref !== undefined) {
    const get = target ? index.itemGet.get(target) : undefined;
    return get ? { methodId: get.methodId, params: { [get.param]: ref }, how: 'related' } : parentGet(index, relation);
  }
  const list = target ? index.listOf.get(target) : undefined;
  const filter = list?.params.find((p) => resolveName(index, p, target) === base);
  if (list && filter) return { methodId: list.methodId, params: { [filter]: id }, how: 'list' };
  return parentGet(index, relation);
}

function parentGet(index: ResourceIndex, { base, id }: Relation): LinkTarget | undefined {
  const get = index.itemGet.get(base);
  return get ? { methodId: get.methodId, params: { [get.param]: id }, how: 'parent' } : undefined;
}

function isRecordRef(v: unknown): v is { type: string; id: unknown } {
  return typeof v === 'object' && v !== null && typeof (v as { type?: unknown }).type === 'string' && 'id' in v;
}

/** The collection a relation's name points into: itself (`contactTags`), its singular (`stage`), or a polymorphic `type`. */
function relatedCollection(index: ResourceIndex, name: string, base: string, field: unknown): string | undefined {
  if (isRecordRef(field)) return resolveName(index, field.type, base);
  if (index.collections.has(name)) return name;
  return resolveName(index, name, base) ?? resolveName(index, singularOf(name), base);
}
