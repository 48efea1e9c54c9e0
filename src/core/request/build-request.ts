import type { MethodDef, ParamDef, V1Method, V3Method } from '../catalog/types';
import { encodePairs } from './encode';
import type { Connection, Header, MethodValues, PreparedRequest, V1Output } from './types';

/**
 * The ONE place that decides what reaches the wire. The proxy call, the
 * preview, history, HAR, snippets and the support bundle all start from the
 * `PreparedRequest` this returns, so they cannot drift apart.
 */
export function buildRequest(
  method: MethodDef,
  values: MethodValues,
  connection: Connection,
  options: { v1Output?: V1Output } = {},
): PreparedRequest {
  const origin = connection.apiUrl.replace(/\/+$/, '');
  const secrets = collectSecrets(method, values, connection);
  return method.api === 'v3'
    ? buildV3(method, values, origin, connection.apiKey, secrets)
    : buildV1(method, values, origin, connection.apiKey, options.v1Output ?? 'json', secrets);
}

function buildV3(
  method: V3Method,
  values: MethodValues,
  origin: string,
  apiKey: string,
  secrets: string[],
): PreparedRequest {
  const path = method.path.replace(/\{([^}]+)\}/g, (whole, name: string) => {
    const v = values.params[name];
    return isPresent(v) ? encodeURIComponent(scalarText(v)) : whole;
  });
  const query = encodePairs(paramPairs(method.params, 'query', values));
  const headers: Header[] = [{ name: 'Accept', value: 'application/json' }];
  if (apiKey !== '') headers.push({ name: 'Api-Token', value: apiKey });
  const request: PreparedRequest = {
    method: method.http,
    url: `${origin}${path}${query ? `?${query}` : ''}`,
    headers,
    secrets,
  };
  if (values.body !== undefined && method.http !== 'GET') {
    headers.push({ name: 'Content-Type', value: 'application/json' });
    return { ...request, body: JSON.stringify(values.body) };
  }
  return request;
}

function buildV1(
  method: V1Method,
  values: MethodValues,
  origin: string,
  apiKey: string,
  output: V1Output,
  secrets: string[],
): PreparedRequest {
  const envelope: [string, string][] = [
    ['api_action', method.action],
    ['api_key', apiKey],
    ['api_output', output],
  ];
  const query = encodePairs([...envelope, ...paramPairs(method.params, 'query', values)]);
  const url = `${origin}/admin/api.php?${query}`;
  if (method.http === 'GET') return { method: 'GET', url, headers: [], secrets };
  return {
    method: method.http,
    url,
    headers: [{ name: 'Content-Type', value: 'application/x-www-form-urlencoded' }],
    body: encodePairs(paramPairs(method.params, 'form', values)),
    secrets,
  };
}

/** Flattens one location's values into wire pairs: maps become `name[key]`, arrays repeat the name. */
function paramPairs(params: readonly ParamDef[], location: ParamDef['in'], values: MethodValues): [string, string][] {
  const pairs: [string, string][] = [];
  for (const param of params) {
    if (param.in !== location) continue;
    const value = values.params[param.name];
    if (!isPresent(value)) continue;
    if (param.schema.type === 'map' && typeof value === 'object' && !Array.isArray(value)) {
      for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
        if (isPresent(v)) pairs.push([`${param.name}[${key}]`, scalarText(v)]);
      }
    } else if (Array.isArray(value)) {
      for (const v of value) if (isPresent(v)) pairs.push([param.name, scalarText(v)]);
    } else {
      pairs.push([param.name, scalarText(value)]);
    }
  }
  return pairs;
}

function collectSecrets(method: MethodDef, values: MethodValues, connection: Connection): string[] {
  const secrets = connection.apiKey ? [connection.apiKey] : [];
  for (const p of method.params) {
    const v = values.params[p.name];
    if (p.secret && isPresent(v)) secrets.push(scalarText(v));
  }
  return secrets;
}

function isPresent(v: unknown): boolean {
  return v !== undefined && v !== null && v !== '';
}

function scalarText(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'object' ? JSON.stringify(v) : String(v);
}
