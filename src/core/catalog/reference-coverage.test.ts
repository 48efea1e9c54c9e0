import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { catalog } from './registry';
import type { Schema, V3Method } from './types';

/**
 * Compares the v3 catalog with the two third-party OpenAPI descriptions in
 * ../shared/reference (read here only, never shipped). Skipped with a
 * printed reason when the folder is absent.
 */
const referenceDir = path.resolve(import.meta.dirname, '../../../../shared/reference');
const files = ['activecampaign-v3.evangelist.openapi.json', 'activecampaign-v3.konfig.openapi.yaml'];
const present = files.every((f) => fs.existsSync(path.join(referenceDir, f)));
if (!present) console.log(`reference coverage skipped: ${referenceDir} does not hold ${files.join(' and ')}`);

const HTTP = ['get', 'post', 'put', 'patch', 'delete'];

interface RefOp {
  key: string;
  queryNames: Set<string>;
  pathCount: number;
}

/** `GET /api/3/contacts/{}`: method plus path with parameter names erased and the /api/3 prefix added. */
function opKey(method: string, p: string): string {
  const full = p.startsWith('/api/3') ? p : `/api/3${p}`;
  return `${method.toUpperCase()} ${full.replace(/\{[^}]+\}/g, '{}').replace(/\/+$/, '')}`;
}

type OpenApi = {
  paths: Record<string, Record<string, { parameters?: { in?: string; name?: string; $ref?: string }[] }>>;
};

function readOps(doc: OpenApi): Map<string, RefOp> {
  const ops = new Map<string, RefOp>();
  for (const [p, item] of Object.entries(doc.paths)) {
    // Doc artefacts such as "/groupMembers/{groupID} (COPY)" are not real paths.
    if (/\s/.test(p)) continue;
    for (const method of HTTP) {
      const op = item[method];
      if (!op) continue;
      const params = op.parameters ?? [];
      const key = opKey(method, p);
      const prior = ops.get(key);
      const queryNames = prior?.queryNames ?? new Set<string>();
      for (const q of params) if (q.in === 'query' && q.name && !/^api_key$/i.test(q.name)) queryNames.add(q.name);
      ops.set(key, { key, queryNames, pathCount: (p.match(/\{/g) ?? []).length });
    }
  }
  return ops;
}

/**
 * Whether the catalog covers a reference parameter name. Besides exact
 * names, it accepts the corrections we made on purpose: typos fixed
 * (`Fitlers[`, `[]ids`, `exclude=email`), templated names
 * (`filters[name][<operator>]`) expanded into concrete ones, and dotted
 * names that are really body fields (`groupDefinition.label`).
 */
function covers(method: V3Method, queryNames: Set<string>, name: string): boolean {
  const corrected = name
    .replace(/^Fitlers\[/, 'filters[')
    .replace(/^\[\]ids$/, 'ids[]')
    .replace(/=.*$/, '');
  if (queryNames.has(name) || queryNames.has(corrected)) return true;
  const template = /^(.*?)\[<[^>]+>\]/.exec(corrected)?.[1];
  const prefix = `${template ?? corrected}[`;
  if ([...queryNames].some((q) => q.startsWith(prefix) || q === template)) return true;
  if (corrected.includes('.') && method.body) {
    let schema: Schema | undefined = method.body;
    for (const part of corrected.split('.')) schema = schema?.type === 'object' ? schema.properties[part] : undefined;
    return schema !== undefined;
  }
  return false;
}

/** Reads both descriptions and merges their operations; called only when they are present. */
function readReference(): Map<string, RefOp> {
  const evangelist = JSON.parse(fs.readFileSync(path.join(referenceDir, files[0] ?? ''), 'utf8')) as OpenApi;
  const konfig = parseYaml(fs.readFileSync(path.join(referenceDir, files[1] ?? ''), 'utf8')) as OpenApi;
  const reference = readOps(evangelist);
  for (const [key, op] of readOps(konfig)) {
    const prior = reference.get(key);
    if (prior) for (const n of op.queryNames) prior.queryNames.add(n);
    else reference.set(key, op);
  }
  return reference;
}

// Chosen at module load so a clone without ../shared never reads the files (a skipIf body still runs).
const describeWithReference = present ? describe : describe.skip;

describeWithReference('catalog coverage of the reference descriptions', () => {
  it('covers every reference operation and names ≥ 98% of their query parameters exactly', () => {
    const reference = readReference();
    const ours = new Map(
      catalog.filter((m): m is V3Method => m.api === 'v3').map((m) => [opKey(m.http, m.path), m] as const),
    );
    const missing = [...reference.keys()].filter((k) => !ours.has(k));
    let names = 0;
    let matched = 0;
    const unmatched: string[] = [];
    for (const op of reference.values()) {
      const method = ours.get(op.key);
      const have = new Set(method?.params.filter((p) => p.in === 'query').map((p) => p.name));
      for (const n of op.queryNames) {
        names++;
        if (method && covers(method, have, n)) matched++;
        else unmatched.push(`${op.key} ${n}`);
      }
    }
    const extra = [...ours.keys()].filter((k) => !reference.has(k));
    console.log(
      `reference coverage: ${reference.size - missing.length}/${reference.size} operations, ` +
        `${matched}/${names} query parameter names (${((100 * matched) / names).toFixed(1)}%); ` +
        `catalog-only operations: ${extra.join(', ') || 'none'}`,
    );
    if (unmatched.length) console.log(`unmatched parameter names: ${unmatched.join('; ')}`);
    expect(missing).toEqual([]);
    expect(matched / names).toBeGreaterThanOrEqual(0.98);
  });
});
