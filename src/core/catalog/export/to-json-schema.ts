import type { Schema } from '../types';

export type JsonSchemaObject = Record<string, unknown>;

/** Converts a catalog schema to JSON Schema 2020-12 (the dialect of OpenAPI 3.1). */
export function toJsonSchema(schema: Schema): JsonSchemaObject {
  const out: JsonSchemaObject = {};
  if (schema.description) out.description = schema.description;
  if (schema.example !== undefined) out.examples = [schema.example];
  switch (schema.type) {
    case 'string':
    case 'integer':
    case 'number':
    case 'boolean': {
      out.type = schema.type;
      const extra: Record<string, unknown> = { ...schema };
      for (const key of ['format', 'enum', 'default', 'minLength', 'maxLength', 'minimum', 'maximum']) {
        if (extra[key] !== undefined) out[key] = extra[key];
      }
      // 'password' is our UI hint for masking; OpenAPI knows it too.
      return out;
    }
    case 'array':
      return { ...out, type: 'array', items: toJsonSchema(schema.items) };
    case 'object': {
      const properties = Object.fromEntries(Object.entries(schema.properties).map(([k, s]) => [k, toJsonSchema(s)]));
      return {
        ...out,
        type: 'object',
        properties,
        ...(schema.required?.length ? { required: [...schema.required] } : {}),
      };
    }
    case 'map':
      return {
        ...out,
        type: 'object',
        ...(schema.keyEnum ? { propertyNames: { enum: [...schema.keyEnum] } } : {}),
        additionalProperties: toJsonSchema(schema.value),
      };
    case 'json':
      return out;
  }
}
