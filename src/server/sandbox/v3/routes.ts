import { json, type SandboxRequest, type SandboxResponse } from '../http-types';
import type { SandboxStore } from '../store';
import { createContact, getContact, listContacts } from './contacts';
import { userJson } from './serialize';

type Handler = (store: SandboxStore, req: SandboxRequest, params: Record<string, string>) => SandboxResponse;

interface Route {
  method: string;
  pattern: RegExp;
  keys: string[];
  handler: Handler;
}

function route(method: string, template: string, handler: Handler): Route {
  const keys: string[] = [];
  const source = template.replace(/\{(\w+)\}/g, (_m, key: string) => {
    keys.push(key);
    return '([^/]+)';
  });
  return { method, pattern: new RegExp(`^${source}/?$`), keys, handler };
}

/** Every v3 route the sandbox implements; anything else is a 404 naming the route. */
export const v3Routes: readonly Route[] = [
  route('GET', '/api/3/users/me', (store) => {
    const me = store.users.get(1);
    return me ? json(200, { user: userJson(store, me) }) : json(404, { message: 'No Result found for User with id 1' });
  }),
  route('GET', '/api/3/contacts', (store, req) => listContacts(store, req)),
  route('POST', '/api/3/contacts', (store, req) => createContact(store, req)),
  route('GET', '/api/3/contacts/{id}', (store, _req, p) => getContact(store, p.id ?? '')),
];

/** Dispatches a v3 request to its handler. */
export function handleV3(store: SandboxStore, req: SandboxRequest): SandboxResponse {
  for (const r of v3Routes) {
    if (r.method !== req.method) continue;
    const match = r.pattern.exec(req.path);
    if (!match) continue;
    const params: Record<string, string> = {};
    r.keys.forEach((k, i) => (params[k] = safeDecode(match[i + 1] ?? '')));
    return r.handler(store, req, params);
  }
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
