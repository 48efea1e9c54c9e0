/**
 * v3 dispatch: every declared catalog method by its path template, then the
 * record links every answer carries (`/api/3/<base>/<id>/<name>`), each of
 * which answers 200 — the record it names, or the records pointing back.
 */
import { json, type SandboxRequest, type SandboxResponse } from '../http-types';
import type { SandboxStore } from '../store';
import { dbOf } from './db';
import { serve } from './handle';
import { bases, referrers, resourceByName, routes } from './model';
import type { Db, Resource } from './resource';

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** `GET /api/3/<base>/<id>/<name>`: what a record's `links.<name>` points at. */
function followLink(db: Db, resource: Resource, id: string, name: string): SandboxResponse {
  const row = db.find(resource.name, id);
  if (!row) return json(404, { message: `No Result found for ${resource.entity} with id ${id}` });
  const relation = resource.relations?.find((r) => (r.link ?? r.field) === name);
  if (relation) {
    const target = db.find(relation.to, row[relation.field]);
    return json(200, { [name]: target ? db.wire(relation.to, target) : null });
  }
  const children = resourceByName.get(name);
  const back = children && (referrers.get(resource.name) ?? []).find((x) => x.resource === children);
  if (children && back) {
    const rows = db.children(name, back.relation.field, row.id);
    return json(200, { [name]: rows.slice(0, 100).map((r) => db.wire(name, r)), meta: { total: String(rows.length) } });
  }
  // A documented link to something the sandbox does not model (plusAppend, trackingLogs of a list…): empty.
  return json(200, { [name]: [], meta: { total: '0' } });
}

/** Serves a v3 request (already authenticated); a path nothing matches is a 404 naming it. */
export function handleV3(store: SandboxStore, req: SandboxRequest): SandboxResponse {
  const db = dbOf(store);
  for (const r of routes) {
    if (r.op.method.http !== req.method) continue;
    const m = r.pattern.exec(req.path);
    if (!m) continue;
    const params: Record<string, string> = {};
    r.keys.forEach((k, i) => (params[k] = decode(m[i + 1] ?? '')));
    return serve({ db, store, req, params, op: r.op });
  }
  if (req.method === 'GET') {
    const rest = req.path.replace(/^\/api\/3\//, '');
    for (const [base, resource] of bases) {
      const m = rest.startsWith(`${base}/`) ? /^([^/]+)\/([^/]+)\/?$/.exec(rest.slice(base.length + 1)) : null;
      if (m) return followLink(db, resource, decode(m[1] ?? ''), m[2] ?? '');
    }
  }
  return json(404, {
    message: `The sandbox does not serve ${req.method} ${req.path}: it is not a method of the ActiveCampaign API the explorer knows.`,
  });
}
