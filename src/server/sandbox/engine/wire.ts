/** Wire details shared by the engine: documented URLs moved to this sandbox, and ActiveCampaign's 404. */
import { json, notFound, type SandboxResponse } from '../http-types';
import type { Op } from './resource';

const DOC_ORIGIN = /^https?:\/\/[^/\s]+(\/api\/3\/[^\s"]*)$/;

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

/** The 404 for a missing record: the method's documented 404 wording with this id, else AC's usual sentence. */
export function missing(op: Op, entity: string, id: string): SandboxResponse {
  const documented = op.method.responses.find((r) => r.status === 404)?.example;
  if (
    documented &&
    typeof documented === 'object' &&
    typeof (documented as { message?: unknown }).message === 'string'
  ) {
    // The documented wording with this id where the documented one names an id ("… with id 1", "[id=422]").
    const text = (documented as { message: string }).message
      .replace(/with id \S+/, `with id ${id}`)
      .replace(/\[id=[^\]]*\]/, `[id=${id}]`);
    return json(404, { ...(documented as object), message: text });
  }
  return notFound(entity, id);
}
