import type { HttpMethod, MethodDef, Schema } from './types';

/**
 * What the sidebar and search need about a method, small enough to ship in
 * the first load; the full `MethodDef` (params, bodies, examples) is loaded
 * lazily from its group's chunk.
 */
export interface MethodSummary {
  id: string;
  api: 'v3' | 'v1';
  group: string;
  summary: string;
  http: HttpMethod;
  /** Path template (v3) or `api_action` (v1). */
  where: string;
  paramNames: readonly string[];
  /** The catalog source file the method lives in, e.g. `v3/contacts`. */
  chunk: string;
}

/** Summarises a method for the index. */
export function summarize(method: MethodDef, chunk: string): MethodSummary {
  return {
    id: method.id,
    api: method.api,
    group: method.group,
    summary: method.summary,
    http: method.http,
    where: method.api === 'v3' ? method.path : method.action,
    paramNames: [
      ...method.params.map((p) => p.name),
      ...(method.api === 'v3' && method.body ? bodyNames(rootProperties(method.body)) : []),
    ],
    chunk,
  };
}

function bodyNames(properties: Readonly<Record<string, Schema>>, depth = 0): string[] {
  return Object.entries(properties).flatMap(([name, schema]) => {
    const nested = schema.type === 'object' && depth < 2 ? bodyNames(schema.properties, depth + 1) : [];
    const items =
      schema.type === 'array' && schema.items.type === 'object' && depth < 2
        ? bodyNames(schema.items.properties, depth + 1)
        : [];
    return [name, ...nested, ...items];
  });
}

/** The properties at the top of a body: an array body's item properties (bulk calls). */
function rootProperties(body: Schema): Readonly<Record<string, Schema>> {
  if (body.type === 'object') return body.properties;
  if (body.type === 'array' && body.items.type === 'object') return body.items.properties;
  return {};
}
