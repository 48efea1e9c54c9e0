import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { catalog } from '../catalog/registry';
import type { V3Method } from '../catalog/types';
import { checkContract } from './check-contract';

/**
 * Runs the contract check over every response example in the two third-party
 * OpenAPI descriptions in ../shared/reference (read here only, never shipped):
 * a valid example the check flags is a false alarm. Whether the folder is there
 * is decided once, at module load; without it the suite is skipped and no file
 * is read.
 */
const referenceDir = path.resolve(import.meta.dirname, '../../../../shared/reference');
const files = ['activecampaign-v3.evangelist.openapi.json', 'activecampaign-v3.konfig.openapi.yaml'];
const present = files.every((f) => fs.existsSync(path.join(referenceDir, f)));
if (!present) console.log(`reference sweep skipped: ${referenceDir} does not hold ${files.join(' and ')}`);

interface RefExample {
  source: string;
  key: string;
  status: number;
  body: string;
}

type Content = Record<string, { examples?: Record<string, { value?: unknown }>; example?: unknown }>;
type OpenApi = { paths: Record<string, Record<string, { responses?: Record<string, { content?: Content }> }>> };

const HTTP = ['get', 'post', 'put', 'patch', 'delete'];

/** `GET /api/3/contacts/{}`: method plus path with parameter names erased. */
function opKey(method: string, p: string): string {
  const full = p.startsWith('/api/3') ? p : `/api/3${p}`;
  return `${method.toUpperCase()} ${full.replace(/\{[^}]+\}/g, '{}').replace(/\/+$/, '')}`;
}

function readExamples(source: string, doc: OpenApi): RefExample[] {
  const out: RefExample[] = [];
  for (const [p, item] of Object.entries(doc.paths)) {
    if (/\s/.test(p)) continue; // doc artefacts such as "/groupMembers/{groupID} (COPY)"
    for (const method of HTTP) {
      for (const [code, res] of Object.entries(item[method]?.responses ?? {})) {
        const status = Number(code);
        if (!Number.isInteger(status)) continue;
        for (const [type, media] of Object.entries(res.content ?? {})) {
          if (!/json/i.test(type)) continue;
          const values = [
            ...(media.example !== undefined ? [media.example] : []),
            ...Object.values(media.examples ?? {}).map((e) => e.value),
          ];
          for (const v of values) {
            if (v === undefined) continue;
            const body = typeof v === 'string' ? v : JSON.stringify(v);
            out.push({ source, key: opKey(method, p), status, body });
          }
        }
      }
    }
  }
  return out;
}

const examples: RefExample[] = present
  ? [
      ...readExamples(
        files[0] ?? '',
        JSON.parse(fs.readFileSync(path.join(referenceDir, files[0] ?? ''), 'utf8')) as OpenApi,
      ),
      ...readExamples(
        files[1] ?? '',
        parseYaml(fs.readFileSync(path.join(referenceDir, files[1] ?? ''), 'utf8')) as OpenApi,
      ),
    ]
  : [];

(present ? describe : describe.skip)('contract check over the reference examples', () => {
  const ours = new Map(
    catalog.filter((m): m is V3Method => m.api === 'v3').map((m) => [opKey(m.http, m.path), m] as const),
  );

  it('flags none of the valid examples', () => {
    const flagged: string[] = [];
    const ops = new Set<string>();
    const flaggedOps = new Set<string>();
    let checked = 0;
    for (const ex of examples) {
      const method = ours.get(ex.key);
      if (!method) continue;
      // Examples that are not JSON at all (HTML pages, "..." placeholders) say nothing about the shape.
      try {
        JSON.parse(ex.body);
      } catch {
        continue;
      }
      checked++;
      ops.add(ex.key);
      // Both references label the success of GET /dealTasks and GET /dealTasks/{id} 201; a read answers 200, and
      // the body is the documented 200 body, so that is what it is checked as.
      const status = ex.status === 201 && ex.key.startsWith('GET /api/3/dealTasks') ? 200 : ex.status;
      const diffs = checkContract(method, status, ex.body);
      if (diffs.length) {
        flaggedOps.add(ex.key);
        flagged.push(`${method.id} ${ex.status} (${ex.source}): ${diffs.map((d) => d.message).join(' | ')}`);
      }
    }
    console.log(
      `reference sweep: ${checked} examples over ${ops.size} operations; flagged ${flagged.length} in ${flaggedOps.size} operations`,
    );
    expect(flagged).toEqual([]);
  });
});
