import { decodePairs } from '../../../core/request/encode';
import type { SandboxRequest, SandboxResponse } from '../http-types';
import { dbOf } from '../engine/db';
import type { SandboxStore } from '../store';
import { accountActions } from './account-actions';
import type { Action, V1Call } from './call';
import { contactActions } from './contact-actions';
import type { V1Output } from '../../../core/request/types';
import { v1Answer } from './envelope';
import { serveV1 } from './engine';
import { listActions } from './list-actions';

/** Every `api_action` the sandbox implements. */
const v1Actions: Readonly<Record<string, Action>> = { ...contactActions, ...listActions, ...accountActions };

/** `/admin/api.php`: the caller has been authenticated; dispatches on `api_action`. */
export function handleV1(store: SandboxStore, req: SandboxRequest): SandboxResponse {
  // Without api_output the real v1 answers XML; only `json` switches to JSON (the explorer always asks for it).
  const output: V1Output = req.query.get('api_output') === 'json' ? 'json' : 'xml';
  const action = req.query.get('api_action') ?? '';
  const form = req.method === 'POST' ? decodePairs(req.body) : [];
  const pairs = [...req.query.entries(), ...form];
  const formMap = new Map(form);
  // Like the real v1, parameters are read from the query or the form body.
  const call: V1Call = {
    store,
    db: dbOf(store),
    output,
    pairs,
    param: (name) => req.query.get(name) ?? formMap.get(name),
  };
  const handler = Object.hasOwn(v1Actions, action) ? v1Actions[action] : undefined;
  if (!handler) {
    const served = serveV1(action, call);
    if (served) return served;
    return v1Answer(output, {}, false, `The sandbox does not implement api_action=${action || '(none)'}.`);
  }
  return handler(call);
}
