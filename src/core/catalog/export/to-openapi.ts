import { exampleOf } from '../../form-model/raw-values';
import type { ParamDef, ResponseDoc, V3Method } from '../types';
import { toJsonSchema, type JsonSchemaObject } from './to-json-schema';

/**
 * The v3 catalog as an OpenAPI 3.1 document, importable into Postman or
 * Insomnia. Paths keep their `/api/3` prefix; the server is the account's
 * API URL from Settings > Developer.
 */
export function toOpenApi(methods: readonly V3Method[], version: string): JsonSchemaObject {
  const paths: Record<string, Record<string, unknown>> = {};
  const tags = new Set<string>();
  for (const m of methods) {
    const item = (paths[m.path] ??= {});
    const verb = m.http.toLowerCase();
    if (item[verb]) throw new Error(`Two catalog methods share ${m.http} ${m.path}`);
    tags.add(m.group);
    item[verb] = operation(m);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'ActiveCampaign API v3 (API Explorer catalog)',
      version,
      description:
        'Generated from the ActiveCampaign API Explorer catalog. Authenticate with the Api-Token header; use the API URL from Settings > Developer as the server.',
    },
    servers: [
      {
        url: 'https://{account}.api-us1.com',
        description: 'Your API URL from Settings > Developer',
        variables: { account: { default: 'youraccount' } },
      },
    ],
    security: [{ ApiToken: [] }],
    tags: [...tags].map((name) => ({ name })),
    paths,
    components: { securitySchemes: { ApiToken: { type: 'apiKey', in: 'header', name: 'Api-Token' } } },
  };
}

function operation(m: V3Method): JsonSchemaObject {
  const op: JsonSchemaObject = {
    operationId: m.id,
    summary: m.summary,
    description: m.description,
    tags: [m.group],
    parameters: m.params.map(parameter),
    responses: Object.fromEntries(groupByStatus(m.responses).map(([status, docs]) => [String(status), response(docs)])),
  };
  if (m.body) {
    const example = exampleOf(m.body);
    op.requestBody = {
      required: m.bodyRequired ?? false,
      content: {
        'application/json': { schema: toJsonSchema(m.body), ...(example !== undefined ? { example } : {}) },
      },
    };
  }
  return op;
}

function parameter(p: ParamDef): JsonSchemaObject {
  const out: JsonSchemaObject = {
    name: p.name,
    in: p.in === 'path' ? 'path' : 'query',
    required: p.in === 'path' ? true : (p.required ?? false),
    schema: toJsonSchema(p.schema),
  };
  if (p.description) out.description = p.description;
  // Bracketed maps (`orders[email]=ASC`) are OpenAPI's deepObject style.
  if (p.schema.type === 'map') Object.assign(out, { style: 'deepObject', explode: true });
  return out;
}

function groupByStatus(responses: readonly ResponseDoc[]): [number, ResponseDoc[]][] {
  const map = new Map<number, ResponseDoc[]>();
  for (const r of responses) map.set(r.status, [...(map.get(r.status) ?? []), r]);
  return [...map];
}

function response(docs: readonly ResponseDoc[]): JsonSchemaObject {
  const description = docs.map((d) => d.description).join(' Or: ');
  const withExamples = docs.filter((d) => d.example !== undefined);
  if (withExamples.length === 0) return { description };
  const [first] = withExamples;
  const content =
    withExamples.length === 1 && first
      ? { example: first.example }
      : {
          examples: Object.fromEntries(
            withExamples.map((d, i) => [`example${i + 1}`, { summary: d.description, value: d.example }]),
          ),
        };
  return { description, content: { 'application/json': content } };
}
