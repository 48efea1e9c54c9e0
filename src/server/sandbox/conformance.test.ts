import { describe, expect, it } from 'vitest';
import { catalog } from '../../core/catalog/registry';
import type { V3Method } from '../../core/catalog/types';
import { checkContract } from '../../core/contract/check-contract';
import { conformanceCases } from './conformance-cases';
import { ops } from './engine/model';
import { createSandbox } from './sandbox';

const KEY = 'conformance-key';
const GONE = '99999';
const v3 = catalog.filter((m): m is V3Method => m.api === 'v3');
const sig = (method: string, path: string) => `${method} ${path}`;

function call(method: string, path: string, body?: unknown, key: string | undefined = KEY) {
  const sb = createSandbox({ apiKey: KEY, baseUrl: 'http://127.0.0.1:1', now: () => new Date('2026-02-01T12:00:00Z') });
  const url = new URL(path, 'http://x');
  return sb.handle({
    method,
    path: url.pathname,
    query: url.searchParams,
    headers: { 'api-token': key, 'content-type': 'application/json' },
    body: body === undefined ? '' : JSON.stringify(body),
  });
}

function methodFor(id: string): V3Method {
  const m = v3.find((x) => x.id === id);
  if (!m) throw new Error(`No catalog method ${id}`);
  return m;
}

describe('v3 conformance with the catalog', () => {
  it('declares every v3 catalog method in exactly one resource, and nothing else', () => {
    const declared = ops.map((op) => op.method.id);
    expect(declared.filter((id, i) => declared.indexOf(id) !== i)).toEqual([]);
    expect(v3.map((m) => m.id).filter((id) => !declared.includes(id))).toEqual([]);
    const paths = new Set(v3.map((m) => sig(m.http, m.path)));
    expect(ops.filter((op) => !paths.has(sig(op.method.http, op.method.path))).map((op) => op.method.id)).toEqual([]);
  });

  it('has a success case for every resource that can be written', () => {
    const succeeded = new Set(conformanceCases.filter((c) => c.status < 300).map((c) => c.id));
    const writable = ops.filter((op) => ['create', 'update', 'delete', 'upsert'].includes(op.spec.kind));
    const resources = new Set(writable.map((op) => op.resource.name));
    const covered = new Set(writable.filter((op) => succeeded.has(op.method.id)).map((op) => op.resource.name));
    expect([...resources].filter((r) => !covered.has(r))).toEqual([]);
  });

  it.each(
    ops
      .filter((op) => ['get', 'update', 'delete'].includes(op.spec.kind) && /\{\w+\}$/.test(op.method.path))
      .map((op) => [op.method.id, op] as const),
  )("%s answers an unknown id with AC's 404", (_id, op) => {
    const m = op.method;
    const res = call(m.http, m.path.replace(/\{\w+\}/g, GONE), {});
    if (op.resource.name === 'campaigns' && m.http === 'DELETE') {
      // The documented soft failure: 200 with succeeded 0.
      expect([res.status, JSON.parse(res.body)]).toEqual([200, expect.objectContaining({ succeeded: 0 })]);
      return;
    }
    expect(res.status, res.body).toBe(404);
    const { message } = JSON.parse(res.body) as { message?: string };
    const documented = m.responses.find((r) => r.status === 404)?.example as { message?: unknown } | undefined;
    if (typeof documented?.message === 'string' && !/with id /.test(documented.message)) {
      // The method documents its own wording (custom objects, exclusions): that wording, with this id if it names one.
      expect(message).toBe(documented.message.replace(/\[id=[^\]]*\]/, `[id=${GONE}]`));
    } else {
      expect(message).toMatch(new RegExp(`^No (Result|result) found for \\S+ with id ${GONE}$`));
    }
  });

  it.each(conformanceCases.map((c) => [`${c.id} ${c.path} → ${c.status}`, c] as const))('%s', (_name, c) => {
    const m = methodFor(c.id);
    const res = call(m.http, c.path, c.body);
    expect(res.status, res.body).toBe(c.status);
    const diffs = checkContract(m, res.status, res.body);
    if (c.undocumentedStatus) {
      // The catalog lists no such status for this method; the shape is still the real API's.
      expect(diffs.map((d) => d.kind)).toEqual(['status']);
      expect(JSON.parse(res.body)).toSatisfy(
        (b: Record<string, unknown>) => typeof b.message === 'string' || Array.isArray(b.errors),
      );
    } else {
      expect(diffs).toEqual([]);
    }
  });

  it.each(v3.map((m) => [m.id, m] as const))('%s refuses a wrong key with 403', (_id, m) => {
    const res = call(m.http, m.path.replace(/\{\w+\}/g, '1'), undefined, 'wrong-key');
    expect(res.status).toBe(403);
    const diffs = checkContract(m, 403, res.body);
    if (!m.responses.some((r) => r.status === 403)) {
      // No 403 documented for this method: the key check is the account's, the same for every call.
      expect(diffs.map((d) => d.kind)).toEqual(['status']);
    } else if (diffs.length > 0) {
      // A few methods document only the "no permission" 403 of a valid key; a bad key is not that case.
      const documented = JSON.stringify(m.responses.filter((r) => r.status === 403).map((r) => r.example));
      expect(documented).toContain('do not have permission');
    }
  });
});
