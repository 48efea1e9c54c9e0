import { json, type SandboxRequest, type SandboxResponse } from '../http-types';
import { engineRoutes, handleWithEngine } from '../engine/routes';
import type { SandboxStore } from '../store';
import { accountRoutes } from './accounts';
import type { Route } from './common';
import { contactRelatedRoutes } from './contact-related';
import { contactRoutes } from './contacts';
import { dealRoutes } from './deals';
import { fieldRoutes } from './fields';
import { listRoutes } from './lists';
import { noteRoutes } from './notes';
import { pipelineRoutes } from './pipelines';
import { readOnlyRoutes } from './read-only';
import { tagRoutes } from './tags';
import { webhookRoutes } from './webhooks';

/** Every v3 route the sandbox implements; anything else is a 404 naming the route. */
export const v3Routes: readonly Route[] = [
  ...readOnlyRoutes,
  ...contactRoutes,
  ...contactRelatedRoutes,
  ...listRoutes,
  ...tagRoutes,
  ...fieldRoutes,
  ...dealRoutes,
  ...pipelineRoutes,
  ...accountRoutes,
  ...noteRoutes,
  ...webhookRoutes,
];

/** Every other catalog operation, served by the declarative engine from the documented shapes. */
const engine = engineRoutes(new Set(v3Routes.map((r) => `${r.method} ${r.template}`)));

/** Dispatches a v3 request to its hand-tuned handler, else to the engine. */
export function handleV3(store: SandboxStore, req: SandboxRequest): SandboxResponse {
  for (const r of v3Routes) {
    if (r.method !== req.method) continue;
    const match = r.pattern.exec(req.path);
    if (!match) continue;
    const params: Record<string, string> = {};
    r.keys.forEach((k, i) => (params[k] = safeDecode(match[i + 1] ?? '')));
    return r.handler({ store, req, params });
  }
  const served = handleWithEngine(engine, store, req);
  if (served) return served;
  return json(404, {
    message: `The sandbox does not implement ${req.method} ${req.path}. It answers only the methods listed under "Sandbox" in the README.`,
  });
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
