/** Wire details shared by the engine: links, timestamps and ActiveCampaign's error bodies. */
import { isoWithOffset, utcColumn } from '../clock';
import { json, type SandboxResponse } from '../http-types';
import type { Operation } from './operations';
import { baseOfTable } from './operations';
import { entityOf } from './names';

const DOC_ORIGIN = /^https?:\/\/[^/\s]+(\/api\/3\/[^\s"]*)$/;

/** Points a record's `links` at this sandbox: `<origin>/api/3/<base>/<id>/<name>`, each of which answers 200. */
export function withLinks(row: Record<string, unknown>, table: string, origin: string): Record<string, unknown> {
  const links = row.links;
  if (typeof links !== 'object' || links === null || Array.isArray(links)) return row;
  const base = `${origin}/api/3/${baseOfTable.get(table) ?? table}/${String(row.id)}`;
  return { ...row, links: Object.fromEntries(Object.keys(links).map((k) => [k, `${base}/${k}`])) };
}

/** Rewrites documented example URLs (`https://<account>.api-us1.com/api/3/…`) to this sandbox's origin. */
export function localiseUrls(value: unknown, origin: string): unknown {
  if (typeof value === 'string') {
    const m = DOC_ORIGIN.exec(value);
    return m ? `${origin}${m[1] ?? ''}` : value;
  }
  if (Array.isArray(value)) return value.map((v) => localiseUrls(v, origin));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, localiseUrls(v, origin)]));
  }
  return value;
}

const CREATED = /^(cdate|adate|created_?(timestamp|at|date|utc_timestamp)|createdAt|createdTimestamp)$/;
const UPDATED = /^(udate|mdate|updated_?(timestamp|at|date|utc_timestamp)|updatedAt|updatedTimestamp)$/;

/** A timestamp in the format the documented value uses (ISO with offset, or the UTC column format). */
function stamp(documented: unknown, at: Date): unknown {
  if (typeof documented !== 'string') return documented;
  if (/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(documented)) return utcColumn(at);
  if (/^\d{4}-\d\d-\d\dT/.test(documented)) return documented.endsWith('Z') ? at.toISOString() : isoWithOffset(at);
  return documented;
}

/** Sets the created (on create) and updated timestamps a record documents, in their documented formats. */
export function touch(row: Record<string, unknown>, at: Date, created: boolean): void {
  for (const k of Object.keys(row)) {
    if ((created && CREATED.test(k)) || UPDATED.test(k)) row[k] = stamp(row[k], at);
  }
}

/** The 404 for a missing record: the method's documented 404 wording with this id, else AC's usual sentence. */
export function missing(op: Operation, entitySingular: string, id: string): SandboxResponse {
  const documented = op.method.responses.find((r) => r.status === 404)?.example;
  if (
    documented &&
    typeof documented === 'object' &&
    typeof (documented as { message?: unknown }).message === 'string'
  ) {
    const text = (documented as { message: string }).message.replace(/with id \S+/, `with id ${id}`);
    return json(404, { ...(documented as object), message: text });
  }
  return json(404, { message: `No Result found for ${entityOf(entitySingular)} with id ${id}` });
}
