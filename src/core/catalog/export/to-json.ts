import type { MethodDef, Schema } from '../types';

/** Every method, v3 and v1, flattened for scripts and coverage checks. */
export function toCatalogJson(methods: readonly MethodDef[]) {
  return methods.map((m) => ({
    id: m.id,
    api: m.api,
    http: m.http,
    ...(m.api === 'v3' ? { path: m.path } : { action: m.action }),
    summary: m.summary,
    group: m.group,
    params: [
      ...m.params.map((p) => ({
        name: p.name,
        in: p.in,
        type: typeName(p.schema),
        required: p.required ?? false,
        ...(enumOf(p.schema) ? { enum: enumOf(p.schema) } : {}),
      })),
      ...(m.api === 'v3' && m.body ? bodyParams(m.body) : []),
    ],
  }));
}

function typeName(schema: Schema): string {
  if (schema.type === 'array') return `array<${typeName(schema.items)}>`;
  if (schema.type === 'map') return `map<${typeName(schema.value)}>`;
  return schema.type === 'string' && schema.format ? `string(${schema.format})` : schema.type;
}

function enumOf(schema: Schema): readonly (string | number)[] | undefined {
  return schema.type === 'string' || schema.type === 'integer' || schema.type === 'number' ? schema.enum : undefined;
}

/** Body fields as dotted `body` parameters (`contact.email`), so the listing shows what a body takes. */
function bodyParams(
  schema: Schema,
  prefix = '',
  required = true,
): { name: string; in: 'body'; type: string; required: boolean }[] {
  if (schema.type === 'object') {
    const req = new Set(schema.required ?? []);
    return Object.entries(schema.properties).flatMap(([k, s]) =>
      bodyParams(s, prefix ? `${prefix}.${k}` : k, required && req.has(k)),
    );
  }
  if (schema.type === 'array' && schema.items.type === 'object') {
    return [
      { name: prefix || '[]', in: 'body', type: 'array<object>', required },
      ...bodyParams(schema.items, `${prefix}[]`, false),
    ];
  }
  return [{ name: prefix, in: 'body', type: typeName(schema), required }];
}
