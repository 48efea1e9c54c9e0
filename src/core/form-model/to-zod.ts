import { z } from 'zod';
import type { MethodDef, ObjectSchema, Schema } from '../catalog/types';
import type { MethodValues } from '../request/types';
import { convertScalar } from './convert-scalar';
import { paramKey, type RawForm } from './raw-values';
import { conditionalKeys, missingMessage, requiredKeys } from './required-keys';

/**
 * `strict` validates (the form's resolver); `lenient` never fails and keeps
 * what it cannot convert, so the live request preview can show half-typed values.
 */
export type Mode = 'strict' | 'lenient';

// Zod compiles each object schema with `new Function` on its first parse: tens of ms per method here,
// paid on the render that first shows a form, for a gain too small to see at one parse per keystroke.
z.config({ jitless: true });

/**
 * Built once per method and mode: zod compiles a parser on a schema's first
 * use (tens of ms for a large method), and the preview parses on every keystroke.
 */
const cache = new WeakMap<MethodDef, Partial<Record<Mode, z.ZodType<MethodValues, RawForm>>>>();

/** The zod schema that validates a method's raw form and outputs wire values. */
export function methodFormSchema(method: MethodDef, mode: Mode = 'strict'): z.ZodType<MethodValues, RawForm> {
  const forMethod = cache.get(method) ?? {};
  const cached = forMethod[mode];
  if (cached) return cached;
  const built = buildFormSchema(method, mode);
  cache.set(method, { ...forMethod, [mode]: built });
  return built;
}

function buildFormSchema(method: MethodDef, mode: Mode): z.ZodType<MethodValues, RawForm> {
  const paramShape: Record<string, z.ZodType> = {};
  method.params.forEach((p, i) => {
    paramShape[paramKey(i)] = valueSchema(p.schema, p.name, p.required ?? false, mode);
  });
  const body = method.api === 'v3' && method.body ? method.body : undefined;
  return z
    .object({
      params: z.object(paramShape),
      body: body ? valueSchema(body, 'body', (method.api === 'v3' && method.bodyRequired) || false, mode) : z.unknown(),
    })
    .transform(({ params, body: bodyValue }) => {
      const wire: Record<string, unknown> = {};
      method.params.forEach((p, i) => {
        const v = params[paramKey(i)];
        if (v !== undefined) wire[p.name] = v;
      });
      return body && bodyValue !== undefined ? { params: wire, body: bodyValue } : { params: wire };
    }) as unknown as z.ZodType<MethodValues, RawForm>;
}

function valueSchema(schema: Schema, label: string, required: boolean, mode: Mode): z.ZodType {
  const strict = mode === 'strict';
  switch (schema.type) {
    case 'object':
      return objectSchema(schema, label, required, mode);
    case 'array': {
      const item = schema.items;
      const itemSchema =
        item.type === 'object'
          ? objectSchema(item, label, true, mode)
          : z.object({ value: valueSchema(item, label, false, mode) }).transform((r) => r.value);
      return z
        .array(itemSchema)
        .optional()
        .transform((rows, ctx) => {
          const kept = (rows ?? []).filter((r) => r !== undefined);
          if (kept.length === 0) {
            if (required && strict) ctx.addIssue({ code: 'custom', message: `${label} needs at least one item.` });
            return undefined;
          }
          return kept;
        });
    }
    case 'map': {
      const valueType = schema.value;
      return z
        .array(z.object({ key: z.string().optional(), value: z.string().optional() }))
        .optional()
        .transform((rows, ctx) => {
          const out: Record<string, unknown> = {};
          (rows ?? []).forEach((row, i) => {
            const key = (row.key ?? '').trim();
            if (key === '') {
              if ((row.value ?? '') !== '' && strict) {
                ctx.addIssue({ code: 'custom', message: `${schema.keyLabel} is required.`, path: [i, 'key'] });
              }
              return;
            }
            const c = convertScalar(valueType, row.value, `${label}[${key}]`, true);
            if (c.error && strict) ctx.addIssue({ code: 'custom', message: c.error, path: [i, 'value'] });
            out[key] = c.value ?? '';
          });
          if (Object.keys(out).length === 0) {
            if (required && strict) ctx.addIssue({ code: 'custom', message: `${label} needs at least one entry.` });
            return undefined;
          }
          return out;
        });
    }
    default:
      return z
        .string()
        .optional()
        .transform((raw, ctx) => {
          const c = convertScalar(schema, raw, label, required && strict);
          if (c.error && strict) ctx.addIssue({ code: 'custom', message: c.error });
          return c.value;
        });
  }
}

function objectSchema(schema: ObjectSchema, label: string, required: boolean, mode: Mode): z.ZodType {
  const inner = schema.waivers?.length ? waivedObject(schema, required, mode) : plainObject(schema, required, mode);
  // An optional object left entirely blank is left out, without complaining about its required children.
  return z.preprocess((raw) => (!required && isBlank(raw) ? undefined : (raw ?? {})), inner.optional());
}

/** The object's fields converted, with `requiredNow` deciding which are required (default: `required`). */
function plainObject(schema: ObjectSchema, required: boolean, mode: Mode, flags?: Record<string, boolean>): z.ZodType {
  const req = flags ? requiredKeys(schema, flags) : new Set(schema.required ?? []);
  const conditional = conditionalKeys(schema);
  const shape: Record<string, z.ZodType> = {};
  for (const [name, child] of Object.entries(schema.properties)) {
    if (flags && conditional.has(name) && req.has(name) && mode === 'strict') {
      // Required only under these flags: the message says which flag excuses it or made it required.
      const message = missingMessage(schema, name, flags);
      shape[name] = valueSchema(child, name, false, mode).transform((v, ctx) => {
        if (v === undefined) ctx.addIssue({ code: 'custom', message });
        return v;
      });
    } else {
      shape[name] = valueSchema(child, name, req.has(name), mode);
    }
  }
  return z.object(shape).transform((obj) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(obj)) if (v !== undefined) out[k] = v;
    return Object.keys(out).length > 0 || required ? out : undefined;
  });
}

/**
 * An object with `waivers` (phone-only contacts): one converter per combination of its waiver flags,
 * picked by the flags the user set, so each field knows whether it is required while siblings are checked too.
 */
function waivedObject(schema: ObjectSchema, required: boolean, mode: Mode): z.ZodType {
  const flagNames = [...new Set((schema.waivers ?? []).map((w) => w.when))];
  const variants = new Map<string, z.ZodType>();
  const flagsOf = (raw: unknown) => {
    const obj = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
    return Object.fromEntries(flagNames.map((f) => [f, obj[f] === 'true' || obj[f] === true]));
  };
  const variant = (flags: Record<string, boolean>) => {
    const key = flagNames.map((f) => (flags[f] ? 1 : 0)).join('');
    let built = variants.get(key);
    if (!built) variants.set(key, (built = plainObject(schema, required, mode, flags)));
    return built;
  };
  return z.unknown().transform((raw, ctx) => {
    const result = variant(flagsOf(raw)).safeParse(raw);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    }
    return z.NEVER;
  });
}

/** True when a raw value holds nothing the user typed. */
export function isBlank(raw: unknown): boolean {
  if (raw === undefined || raw === null) return true;
  if (typeof raw === 'string') return raw.trim() === '';
  if (Array.isArray(raw)) return raw.every(isBlank);
  if (typeof raw === 'object') return Object.values(raw).every(isBlank);
  return false;
}

/** Converts a raw form to wire values without failing, for the live preview. */
export function previewValues(method: MethodDef, raw: RawForm): MethodValues {
  const result = methodFormSchema(method, 'lenient').safeParse(raw);
  return result.success ? result.data : { params: {} };
}
