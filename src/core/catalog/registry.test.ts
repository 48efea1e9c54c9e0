import { describe, expect, it } from 'vitest';
import { catalog } from './registry';

describe('catalog registry', () => {
  it('has unique ids and unique summaries (summaries are accessible names)', () => {
    const dup = (xs: string[]) => xs.filter((x, i) => xs.indexOf(x) !== i);
    expect(dup(catalog.map((m) => m.id))).toEqual([]);
    expect(dup(catalog.map((m) => m.summary))).toEqual([]);
  });

  it('declares every {param} of a path template, and nothing else, as a path parameter', () => {
    for (const m of catalog) {
      if (m.api !== 'v3') continue;
      const inPath = [...m.path.matchAll(/\{([^}]+)\}/g)].map((x) => x[1]).sort();
      const declared = m.params
        .filter((p) => p.in === 'path')
        .map((p) => p.name)
        .sort();
      expect(declared, m.id).toEqual(inPath);
      expect(
        m.params.filter((p) => p.in === 'path').every((p) => p.required),
        m.id,
      ).toBe(true);
      expect(m.path, m.id).toMatch(/^\/api\/3\//);
    }
  });

  it('keeps v1 parameters in the query (GET) or the form body (POST), never the envelope', () => {
    for (const m of catalog) {
      if (m.api !== 'v1') continue;
      for (const p of m.params) {
        expect(['api_action', 'api_key', 'api_output'], m.id).not.toContain(p.name);
        expect(p.in, `${m.id} ${p.name}`).not.toBe('path');
      }
    }
  });

  it('documents at least one success for every method, first among its responses', () => {
    for (const m of catalog) {
      const first = m.responses[0];
      expect(first && first.status >= 200 && first.status < 300, m.id).toBe(true);
      expect(m.summary.length, m.id).toBeGreaterThan(3);
      expect(m.description.length, m.id).toBeGreaterThan(15);
    }
  });
});
